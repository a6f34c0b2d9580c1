package dev.starcoach.core.content;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one spoken time budget of a whole answer at a level, split into step targets that add up to
 * it exactly. Hints, step prompts, feedback and the docs all take their numbers from here: SDE1
 * about 2 minutes, SDE2 about 2.5, Senior 2.5 to 3 (170 s by default).
 *
 * @param totalSeconds the whole answer's budget
 * @param targets the spoken target of each step; their sum is {@code totalSeconds}
 */
public record TimeBudget(int totalSeconds, Map<Step, Integer> targets) {
  /** The shortest whole-answer budget at Senior, in seconds. */
  public static final int SENIOR_MIN_SECONDS = 150;

  /** The longest whole-answer budget at Senior, in seconds. */
  public static final int SENIOR_MAX_SECONDS = 180;

  public TimeBudget {
    targets = Collections.unmodifiableMap(new EnumMap<>(targets));
    int sum = targets.values().stream().mapToInt(Integer::intValue).sum();
    if (targets.size() != Step.values().length || sum != totalSeconds) {
      throw new IllegalArgumentException(
          "step targets " + targets + " add up to " + sum + ", not " + totalSeconds);
    }
  }

  /** The default budget of a level, with the default step shares. */
  public static TimeBudget of(Level level) {
    return scaled(level.totalBudgetSeconds(), defaultShares());
  }

  /**
   * A budget of {@code totalSeconds} split in proportion to {@code shares} (a walkthrough's own
   * step targets, or the defaults); rounding is settled on the Action, the longest step, so the
   * targets always add up to the total.
   */
  public static TimeBudget scaled(int totalSeconds, Map<Step, Integer> shares) {
    int weight = 0;
    for (Step step : Step.values()) {
      weight += Math.max(1, shares.getOrDefault(step, step.defaultTargetSeconds()));
    }
    Map<Step, Integer> targets = new EnumMap<>(Step.class);
    int used = 0;
    for (Step step : Step.values()) {
      if (step == Step.ACTION) {
        continue;
      }
      int share = Math.max(1, shares.getOrDefault(step, step.defaultTargetSeconds()));
      int seconds = (int) Math.round((double) share * totalSeconds / weight / 5.0) * 5;
      seconds = Math.max(5, seconds);
      targets.put(step, seconds);
      used += seconds;
    }
    targets.put(Step.ACTION, totalSeconds - used);
    return new TimeBudget(totalSeconds, targets);
  }

  /** The default step shares (the step targets when content is silent). */
  public static Map<Step, Integer> defaultShares() {
    Map<Step, Integer> shares = new EnumMap<>(Step.class);
    for (Step step : Step.values()) {
      shares.put(step, step.defaultTargetSeconds());
    }
    return shares;
  }

  /** The spoken target of one step. */
  public int target(Step step) {
    return targets.get(step);
  }

  /** One line for hints: "about 120 seconds: Situation 20 s, Task 15 s, ...". */
  public String describe() {
    StringBuilder line = new StringBuilder("about ").append(totalSeconds).append(" seconds: ");
    for (Step step : Step.values()) {
      if (step.ordinal() > 0) {
        line.append(", ");
      }
      line.append(step.label()).append(' ').append(target(step)).append(" s");
    }
    return line.toString();
  }
}
