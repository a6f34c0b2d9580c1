package dev.starcoach.core.scoring.features;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.scoring.rules.Lexicon;
import dev.starcoach.core.scoring.rules.TextFacts;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The principle-aware rubric: which signals a principle adds to the general ones. The scope
 * boundary and self-initiation matter for Ownership and initiative questions; a concrete goal is
 * enough where being assigned the work is normal (Deliver Results, Insist on the Highest
 * Standards); owning one's own mistake is ownership for Earn Trust. Without a principle every
 * feature here is 0.
 */
public final class PrincipleFeatures {
  /** Principles whose questions ask for initiative beyond one's remit. */
  public static final Set<Principle> INITIATIVE =
      EnumSet.of(Principle.OWNERSHIP, Principle.BIAS_FOR_ACTION);

  /** Principles where being assigned the work is normal and the goal is what counts. */
  public static final Set<Principle> RESULTS =
      EnumSet.of(Principle.DELIVER_RESULTS, Principle.INSIST_ON_THE_HIGHEST_STANDARDS);

  private PrincipleFeatures() {}

  static void compute(TextFacts f, Optional<Principle> principle, double[] x) {
    if (principle.isEmpty()) {
      return;
    }
    Principle p = principle.get();
    if (INITIATIVE.contains(p)) {
      x[Feature.BOUNDARY_EXPECTED.ordinal()] = Saturation.flag(!ClaimFeatures.initiativeClaimed(f));
      x[Feature.ASSIGNED_WHERE_INITIATIVE.ordinal()] = Saturation.flag(f.assigned());
    }
    if (RESULTS.contains(p) && f.has(Lexicon.GOAL)) {
      x[Feature.GOAL_WHERE_RESULTS.ordinal()] = f.numbers() + f.durations() > 0 ? 1 : 0.5;
    }
    if (p == Principle.EARN_TRUST) {
      x[Feature.OWNS_MISTAKE_WHERE_TRUST.ordinal()] =
          Saturation.flag(f.has(Lexicon.OWN_MISTAKE) && f.count(Lexicon.BLAME) == 0);
    }
  }
}
