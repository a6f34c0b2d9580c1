package dev.starcoach.core.content;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One behavioural question of the bank. Every question has its principle, tags and follow-up
 * probes; a full walkthrough adds the sample story and coaching for each step.
 *
 * @param id a stable id, unique across all loaded packs
 * @param source the file the question was loaded from, for error messages
 */
public record Question(
    String id,
    Principle principle,
    String text,
    List<String> tags,
    List<Probe> probes,
    Walkthrough walkthrough,
    String source) {
  public Question {
    tags = List.copyOf(tags);
    probes = List.copyOf(probes);
  }

  /** The full walkthrough, when this question has one. */
  public Optional<Walkthrough> fullWalkthrough() {
    return Optional.ofNullable(walkthrough);
  }

  /** True when the question is a complete walkthrough. */
  public boolean isWalkthrough() {
    return walkthrough != null;
  }

  /**
   * The step's share of the budget as content wrote it (the walkthrough's own target, else the
   * default); {@link #targetSeconds(Step, Level)} is the spoken target at a level.
   */
  public int targetSeconds(Step step) {
    if (walkthrough != null && walkthrough.step(step) != null) {
      return walkthrough.step(step).targetSeconds();
    }
    return step.defaultTargetSeconds();
  }

  /** The spoken target of a step at a level: the level's budget split in content's proportions. */
  public int targetSeconds(Step step, Level level) {
    return budget(level).target(step);
  }

  /** The whole budget at a level, with step targets that add up to it. */
  public TimeBudget budget(Level level) {
    Map<Step, Integer> shares = new EnumMap<>(Step.class);
    for (Step step : Step.values()) {
      shares.put(step, targetSeconds(step));
    }
    return TimeBudget.scaled(totalBudgetSeconds(level), shares);
  }

  /** The spoken budget for a whole answer at a level. */
  public int totalBudgetSeconds(Level level) {
    if (walkthrough != null) {
      LevelCalibration own = walkthrough.calibration().get(level);
      if (own != null && own.totalSeconds() > 0) {
        return own.totalSeconds();
      }
    }
    return level.totalBudgetSeconds();
  }
}
