package dev.starcoach.discord;

import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.Conversation;
import java.util.ArrayList;
import java.util.List;

/** Keeps the engine's replies so the adapter can decide where they go before posting them. */
public final class ReplyBuffer implements Conversation {
  private final List<CoachReply> replies = new ArrayList<>();

  @Override
  public void send(CoachReply reply) {
    replies.add(reply);
  }

  /** The replies, in order. */
  public List<CoachReply> replies() {
    return List.copyOf(replies);
  }

  /** True when the replies opened a practice or a quiz. */
  public boolean startedSession() {
    return replies.stream()
        .anyMatch(
            r ->
                r instanceof CoachReply.PracticeStarted
                    || (r instanceof CoachReply.QuizQuestion q && q.number() == 1));
  }

  /** True when the engine refused with this code. */
  public boolean refused(CoachReply.ErrorCode code) {
    return replies.stream()
        .anyMatch(r -> r instanceof CoachReply.ErrorNotice e && e.code() == code);
  }
}
