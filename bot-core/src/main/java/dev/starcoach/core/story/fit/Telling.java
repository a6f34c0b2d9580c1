package dev.starcoach.core.story.fit;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.story.fit.Evidence.Signal;
import java.util.Optional;

/**
 * How well a story is told, from the scorer's step scores, as a ceiling on any principle's
 * strength: evidence in a story that is thin overall would not survive a probe, and a story whose
 * Action or Result is vague is at most usable until it says what was done and what changed.
 *
 * @param action the Action step's score, 0 when not written
 * @param result the Result step's score, 0 when not written
 * @param mean the mean score of the five steps, unwritten ones as 0
 */
record Telling(int action, int result, int mean) {
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
    if (mean < POOR_MEAN) {
      return FitStrength.WEAK;
    }
    if (action < FAIR_ACTION || result < FAIR_RESULT) {
      return FitStrength.USABLE;
    }
    return FitStrength.STRONG;
  }

  /** Why the ceiling is where it is, when it is below strong. */
  Optional<Signal> why() {
    String why = "";
    if (mean < POOR_MEAN) {
      why =
          "the story is thin overall ("
              + mean
              + "/100 across the steps): as told it would not survive a follow-up question";
    } else if (action < FAIR_ACTION) {
      why = "the Action is not concrete enough yet (" + action + "/100): at most usable";
    } else if (result < FAIR_RESULT) {
      why = "the Result is vague (" + result + "/100): at most usable until it says what changed";
    }
    return why.isEmpty() ? Optional.empty() : Optional.of(new Signal(why, 0, false));
  }
}
