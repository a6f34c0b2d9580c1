package dev.starcoach.core.content;

import java.util.List;
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

  /** The spoken target of a step for this question. */
  public int targetSeconds(Step step) {
    if (walkthrough != null && walkthrough.step(step) != null) {
      return walkthrough.step(step).targetSeconds();
    }
    return step.defaultTargetSeconds();
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
