package dev.starcoach.core.scoring;

import dev.starcoach.core.content.Level;
import java.util.List;

/**
 * Scores answers with explainable rules. Implementations are story-agnostic: they judge how a story
 * is told, never whether it matches a sample. They must be thread-safe and never throw on any text.
 */
public interface Scorer {

  /** Scores one answer. For {@link AnswerKind#FULL} the assessment carries its segments. */
  Assessment assess(ScoreRequest request);

  /**
   * The Bar Raiser's closing verdict on a mock interview: the full answer and the answers to the
   * follow-up probes.
   */
  BarRaiserVerdict conclude(Assessment fullAnswer, List<Assessment> probeAnswers, Level level);
}
