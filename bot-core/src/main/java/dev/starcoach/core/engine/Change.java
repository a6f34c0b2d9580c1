package dev.starcoach.core.engine;

import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.store.QuizAttempt;
import dev.starcoach.core.store.ScoredAnswer;
import java.util.List;
import java.util.Optional;

/**
 * What a mode decided for one event: the new session state, the history rows and quiz attempts to
 * store with it, and the replies to send once it is stored; or a refusal that changes nothing.
 */
record Change(
    PracticeSession next,
    List<ScoredAnswer> scored,
    List<QuizAttempt> attempts,
    List<CoachReply> replies,
    Optional<ErrorNotice> refusal) {
  Change {
    scored = List.copyOf(scored);
    attempts = List.copyOf(attempts);
    replies = List.copyOf(replies);
  }

  static Change to(PracticeSession next, List<ScoredAnswer> scored, List<CoachReply> replies) {
    return new Change(next, scored, List.of(), replies, Optional.empty());
  }

  static Change refused(PracticeSession unchanged, ErrorNotice why) {
    return new Change(unchanged, List.of(), List.of(), List.of(), Optional.of(why));
  }

  /** The text of the answer this change would have stored, for giving it back on a conflict. */
  String echo() {
    return scored.isEmpty()
        ? ""
        : " Your text, to send again if you still want to: " + scored.get(0).text();
  }
}
