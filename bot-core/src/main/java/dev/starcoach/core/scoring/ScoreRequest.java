package dev.starcoach.core.scoring;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import java.util.Optional;

/**
 * An answer to score.
 *
 * @param kind what the answer answers
 * @param text what the person typed, unchanged
 * @param level the level to judge at
 * @param probeQuestion the follow-up question, for {@link AnswerKind#PROBE}, or null
 * @param targetSeconds the spoken target to judge length against; 0 means the default for the kind
 *     (the step's default target, or the level's budget for a full answer)
 * @param principle the leadership principle the question tests; when present, principle-specific
 *     signals apply (the scope boundary for Ownership, a goal for Deliver Results ...); when empty
 *     the answer is judged on the general signals only
 */
public record ScoreRequest(
    AnswerKind kind,
    String text,
    Level level,
    String probeQuestion,
    int targetSeconds,
    Optional<Principle> principle) {
  public ScoreRequest {
    text = text == null ? "" : text;
    level = level == null ? Level.SDE2 : level;
    principle = principle == null ? Optional.empty() : principle;
  }

  /** A request judged without principle-specific signals. */
  public ScoreRequest(
      AnswerKind kind, String text, Level level, String probeQuestion, int targetSeconds) {
    this(kind, text, level, probeQuestion, targetSeconds, Optional.empty());
  }

  /** A request with the default target for its kind. */
  public static ScoreRequest of(AnswerKind kind, String text, Level level) {
    return new ScoreRequest(kind, text, level, null, 0);
  }

  /** A request with the default target for its kind, judged for a principle. */
  public static ScoreRequest of(AnswerKind kind, String text, Level level, Principle principle) {
    return new ScoreRequest(kind, text, level, null, 0, Optional.of(principle));
  }

  /** This request judged for a principle. */
  public ScoreRequest withPrinciple(Principle p) {
    return new ScoreRequest(kind, text, level, probeQuestion, targetSeconds, Optional.of(p));
  }
}
