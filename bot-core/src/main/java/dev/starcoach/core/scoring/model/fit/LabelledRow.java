package dev.starcoach.core.scoring.model.fit;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.scoring.ScoreRequest;
import java.util.List;
import java.util.Optional;

/**
 * One labelled answer for fitting.
 *
 * @param id the row's id
 * @param group the cross-validation group (the story); rows of a group are never split
 * @param crossValidated whether the row is held out in turn (rows of other sets always train)
 * @param request the answer as the scorer sees it, without a principle
 * @param principle the principle of its question, when the set says
 * @param label strong, mixed or weak
 * @param flaws the labelled flaws, main flaw first
 */
public record LabelledRow(
    String id,
    String group,
    boolean crossValidated,
    ScoreRequest request,
    Optional<Principle> principle,
    String label,
    List<String> flaws) {
  public LabelledRow {
    flaws = List.copyOf(flaws);
  }

  /** The fitting target: 1 strong, 0.5 mixed, 0 weak. */
  public double target() {
    return switch (label) {
      case "strong" -> 1.0;
      case "weak" -> 0.0;
      default -> 0.5;
    };
  }
}
