package dev.starcoach.core.scoring;

import dev.starcoach.core.content.Level;

/**
 * An answer to score.
 *
 * @param kind what the answer answers
 * @param text what the person typed, unchanged
 * @param level the level to judge at
 * @param probeQuestion the follow-up question, for {@link AnswerKind#PROBE}, or null
 * @param targetSeconds the spoken target to judge length against; 0 means the default for the kind
 *     (the step's default target, or the level's budget for a full answer)
 */
public record ScoreRequest(
    AnswerKind kind, String text, Level level, String probeQuestion, int targetSeconds) {
  public ScoreRequest {
    text = text == null ? "" : text;
    level = level == null ? Level.SDE2 : level;
  }

  /** A request with the default target for its kind. */
  public static ScoreRequest of(AnswerKind kind, String text, Level level) {
    return new ScoreRequest(kind, text, level, null, 0);
  }
}
