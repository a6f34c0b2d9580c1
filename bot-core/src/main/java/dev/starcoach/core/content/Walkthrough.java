package dev.starcoach.core.content;

import java.util.List;
import java.util.Map;

/**
 * Everything a full walkthrough holds beyond the question itself: the sample story, the five steps,
 * reflections by level, the weak answer, quiz, lenses and level calibration.
 */
public record Walkthrough(
    String scenario,
    String summary,
    Map<Step, StepGuide> steps,
    Map<Level, String> reflections,
    WeakAnswer weakAnswer,
    List<QuizItem> quiz,
    List<Lens> lenses,
    Map<Level, LevelCalibration> calibration) {
  public Walkthrough {
    steps = Map.copyOf(steps);
    reflections = Map.copyOf(reflections);
    quiz = List.copyOf(quiz);
    lenses = List.copyOf(lenses);
    calibration = Map.copyOf(calibration);
  }

  /** The guide for a step (every walkthrough has all five). */
  public StepGuide step(Step step) {
    return steps.get(step);
  }

  /**
   * The sample reflection for a level: the level's own when written, else SDE2's for juniors and
   * Senior's for seniors.
   */
  public String reflectionFor(Level level) {
    String own = reflections.get(level);
    if (own != null) {
      return own;
    }
    return level == Level.SENIOR
        ? reflections.getOrDefault(Level.SENIOR, reflections.get(Level.SDE2))
        : reflections.getOrDefault(Level.SDE2, reflections.get(Level.SENIOR));
  }
}
