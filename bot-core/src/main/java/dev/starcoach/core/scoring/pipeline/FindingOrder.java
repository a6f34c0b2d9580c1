package dev.starcoach.core.scoring.pipeline;

import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingKind;
import java.util.Comparator;

/** The order of findings: issues by cost (the main flaw first), then strengths by gain. */
final class FindingOrder {
  private FindingOrder() {}

  static final Comparator<Finding> BY_COST =
      Comparator.comparing((Finding f) -> f.kind() == FindingKind.ISSUE ? 0 : 1)
          .thenComparingInt(f -> f.kind() == FindingKind.ISSUE ? f.points() : -f.points());
}
