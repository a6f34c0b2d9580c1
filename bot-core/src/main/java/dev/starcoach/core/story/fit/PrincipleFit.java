package dev.starcoach.core.story.fit;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.story.MappingDecision;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Estimates which principles a story can serve, with reasons, from the scorer's text signals and
 * each principle's lens. Pure and thread-safe.
 *
 * <p>TODO(story-fit): the estimator. This placeholder says ABSENT everywhere.
 */
public final class PrincipleFit {

  /** Estimates a story's fit from its step texts and the person's decisions. */
  public StoryFit estimate(Map<Step, String> steps, Map<Principle, MappingDecision> decisions) {
    Map<Principle, FitCell> cells = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      cells.put(
          p, new FitCell(p, FitStrength.ABSENT, List.of(), Optional.ofNullable(decisions.get(p))));
    }
    return new StoryFit(cells);
  }
}
