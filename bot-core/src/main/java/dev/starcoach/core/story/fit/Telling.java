package dev.starcoach.core.story.fit;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.story.fit.Evidence.Signal;
import java.util.Optional;

/**
 * How well a story is told, from the scorer's step scores, as a ceiling on any principle's
 * strength: evidence in a story whose Action is vague would not survive a probe, and a story whose
 * Result is vague is at most usable until it says what changed.
 *
 * @param action the Action step's score, 0 when not written
 * @param result the Result step's score, 0 when not written
 * @param mean the mean score of the five steps, unwritten ones as 0
 */
record Telling(int action, int result, int mean) {
  /** Below this Action score the story is too vague to carry any principle. */
  static final int POOR_ACTION = 25;

  /** Below this mean step score the story is too thin to carry any principle. */
  static final int POOR_MEAN = 30;

  /** Below this Action score a story is at most usable. */
  static final int FAIR_ACTION = 45;

  /** Below this Result score a story is at most usable. */
  static final int FAIR_RESULT = 35;

  static Telling of(StoryReading r) {
    int sum = 0;
    for (Step s : Step.values()) {
      sum += r.score(s);
    }
    return new Telling(
        r.score(Step.ACTION), r.score(Step.RESULT), Math.round(sum / (float) Step.values().length));
  }

  /** The strongest a principle can be for this telling. */
  FitStrength ceiling() {
    if (action < POOR_ACTION || mean < POOR_MEAN) {
      return FitStrength.WEAK;
    }
    if (action < FAIR_ACTION || result < FAIR_RESULT) {
      return FitStrength.USABLE;
    }
    return FitStrength.STRONG;
  }

  /** Why the ceiling is where it is, when it is below strong. */
  Optional<Signal> why() {
    if (action < POOR_ACTION || mean < POOR_MEAN) {
      String where =
          action < POOR_ACTION
              ? "the Action is vague (" + action + "/100)"
              : "the story is" + " thin overall (" + mean + "/100 across the steps)";
      return Optional.of(
          new Signal(where + ": as told it would not survive a follow-up question", 0, false));
    }
    if (action < FAIR_ACTION) {
      return Optional.of(
          new Signal(
              "the Action is not concrete enough yet (" + action + "/100): at most usable",
              0,
              false));
    }
    if (result < FAIR_RESULT) {
      return Optional.of(
          new Signal(
              "the Result is vague ("
                  + result
                  + "/100): at most usable until it says what"
                  + " changed",
              0,
              false));
    }
    return Optional.empty();
  }
}
