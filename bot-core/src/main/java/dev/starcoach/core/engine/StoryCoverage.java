package dev.starcoach.core.engine;

import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.fit.CoverageMap;
import dev.starcoach.core.story.fit.PrincipleFit;
import java.util.List;

/** A person's coverage map, from their stories and the fit estimate (their decisions honoured). */
final class StoryCoverage {
  private StoryCoverage() {}

  static CoverageMap of(List<Story> stories, PrincipleFit fit) {
    return new CoverageMap(
        stories.stream()
            .map(
                s ->
                    new CoverageMap.Column(
                        s.number(), s.title(), fit.estimate(s.steps(), s.decisions())))
            .toList());
  }
}
