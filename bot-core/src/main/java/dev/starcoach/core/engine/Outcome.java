package dev.starcoach.core.engine;

import dev.starcoach.core.engine.CoachReply.ErrorCode;
import java.util.List;
import java.util.Optional;

/**
 * What one event did: the replies to show, in order, and the facts an adapter needs without reading
 * the replies or the store (did a practice start, what is open now, was it refused).
 *
 * @param replies what to show the person, in order
 * @param started true when this event started a practice or quiz
 * @param open the practice open after the event, if any
 * @param refusal the code of the first error reply, when the event was refused
 */
public record Outcome(
    List<CoachReply> replies,
    boolean started,
    Optional<OpenPractice> open,
    Optional<ErrorCode> refusal) {
  public Outcome {
    replies = List.copyOf(replies);
  }

  /** True when a practice is open after the event. */
  public boolean practiceOpen() {
    return open.isPresent();
  }

  /** Sends every reply, in order. */
  public void sendTo(Conversation to) {
    replies.forEach(to::send);
  }
}
