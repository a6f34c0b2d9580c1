package dev.starcoach.core.loop;

import dev.starcoach.core.content.Verdict;
import java.time.Instant;
import java.util.Objects;

/**
 * How one interview of a loop ended.
 *
 * @param answered false when the person stopped before giving the full answer (then the verdict is
 *     No Hire and the score 0, and the debrief leaves the round out)
 * @param verdict the Bar Raiser verdict of the round's mock
 * @param score the verdict's overall score, 0 to 100
 * @param at when the round ended
 */
public record InterviewResult(boolean answered, Verdict verdict, int score, Instant at) {
  public InterviewResult {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(at, "at");
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("a round's score is 0 to 100, not " + score);
    }
  }

  /** A round the person stopped before answering. */
  public static InterviewResult unanswered(Instant at) {
    return new InterviewResult(false, Verdict.NO_HIRE, 0, at);
  }
}
