package dev.starcoach.core.scoring.pipeline;

import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.rules.ScoringRules;
import dev.starcoach.core.scoring.rules.TextFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * The disqualifiers of a full answer (rules file {@code caps}): a hand-off, or actions told with
 * "we" only, cap the score and the verdict. The points a cap takes go to its finding, so the
 * explanation still adds up.
 */
final class FullAnswerCaps {
  private FullAnswerCaps() {}

  /**
   * A capped result.
   *
   * @param score the score after caps
   * @param best the best verdict allowed
   * @param findings the findings, the capping one charged with the points it took
   * @param reasons the caps' reasons, first
   */
  record Capped(int score, Verdict best, List<Finding> findings, List<String> reasons) {}

  static Capped apply(int score, List<Finding> findings, TextFacts whole, ScoringRules.Caps caps) {
    List<Finding> out = new ArrayList<>(findings);
    List<String> reasons = new ArrayList<>();
    Verdict best = Verdict.STRONG_HIRE;
    if (whole.handoff() && score > caps.fullHandoffScore()) {
      charge(out, FindingCategory.HANDOFF, score - caps.fullHandoffScore(), whole);
      score = caps.fullHandoffScore();
      best = best.atMost(caps.fullHandoff());
      reasons.add("Disqualifying hand-off: routing a problem to others is not ownership.");
    }
    if (whole.weActions() > 0 && whole.iActions() == 0 && score > caps.weOnlyActionScore()) {
      charge(out, FindingCategory.WE_LANGUAGE, score - caps.weOnlyActionScore(), whole);
      score = caps.weOnlyActionScore();
      best = best.atMost(caps.weOnlyAction());
      reasons.add("The actions are told with 'we' only: the interviewer cannot tell what you did.");
    }
    out.sort(FindingOrder.BY_COST);
    return new Capped(score, best, out, reasons);
  }

  private static void charge(List<Finding> out, FindingCategory c, int points, TextFacts whole) {
    for (int i = 0; i < out.size(); i++) {
      Finding f = out.get(i);
      if (f.category() == c) {
        out.set(i, new Finding(c, f.message(), f.evidence(), f.points() - points));
        return;
      }
    }
    String message =
        c == FindingCategory.HANDOFF
            ? "Hand-off: the problem was routed to others and they fixed it. That disqualifies the"
                + " story; tell what you did yourself."
            : "'We' only: the interviewer cannot tell what you did. Use 'I' for your actions.";
    String evidence =
        c == FindingCategory.HANDOFF
            ? whole.evidence(TextFacts.Evidence.HANDOFF)
            : whole.evidence(TextFacts.Evidence.WE);
    out.add(new Finding(c, message, evidence, -points));
  }
}
