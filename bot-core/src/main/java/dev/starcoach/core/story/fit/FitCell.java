package dev.starcoach.core.story.fit;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.story.MappingDecision;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story against one principle: the estimate, why, and the person's decision if any.
 *
 * @param principle the principle
 * @param estimated what the story's signals say
 * @param reasons why, in the person's terms ("a metric moved from 18% to 4%"), best first
 * @param decision the person's confirmation or rejection, if any
 */
public record FitCell(
    Principle principle,
    FitStrength estimated,
    List<String> reasons,
    Optional<MappingDecision> decision) {
  public FitCell {
    Objects.requireNonNull(principle, "principle");
    Objects.requireNonNull(estimated, "estimated");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(decision, "decision");
  }

  /**
   * What counts in the map: a rejection is absent, a confirmation at least usable, otherwise the
   * estimate.
   */
  public FitStrength counted() {
    if (decision.isEmpty()) {
      return estimated;
    }
    return switch (decision.get()) {
      case REJECTED -> FitStrength.ABSENT;
      case CONFIRMED -> estimated == FitStrength.STRONG ? FitStrength.STRONG : FitStrength.USABLE;
    };
  }
}
