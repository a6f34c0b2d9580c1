package dev.starcoach.core.engine;

import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects what one event does while the engine applies it; becomes an {@link Outcome}. */
final class Turn {
  private final List<CoachReply> replies = new ArrayList<>();
  private boolean started;
  private boolean openKnown;
  private Optional<OpenPractice> open = Optional.empty();
  private Optional<ErrorCode> refusal = Optional.empty();

  void say(CoachReply reply) {
    if (reply instanceof ErrorNotice notice && refusal.isEmpty()) {
      refusal = Optional.of(notice.code());
    }
    replies.add(reply);
  }

  void sayAll(List<CoachReply> more) {
    more.forEach(this::say);
  }

  void started() {
    started = true;
  }

  /** Records what is open after the event (empty: nothing). */
  void open(Optional<OpenPractice> now) {
    openKnown = true;
    open = now;
  }

  boolean openKnown() {
    return openKnown;
  }

  Outcome outcome() {
    return new Outcome(replies, started, open, refusal);
  }
}
