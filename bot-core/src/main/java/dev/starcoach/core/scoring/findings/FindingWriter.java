package dev.starcoach.core.scoring.findings;

import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.scoring.features.Feature;
import dev.starcoach.core.scoring.model.Explanation;
import dev.starcoach.core.scoring.rules.Lexicon;
import dev.starcoach.core.scoring.rules.TextFacts;
import dev.starcoach.core.scoring.rules.TextFacts.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an explained score into findings: each feature's points go to a category (a strength when
 * they raise the score, an issue when they lower it), features of the same category are added up,
 * and findings are ordered by cost: the costliest issue first (the main flaw to fix), then
 * strengths by what they bought. The points of the findings add up to score minus base.
 */
public final class FindingWriter {
  private FindingWriter() {}

  /** The findings of one explained answer. */
  public static List<Finding> findings(
      AnswerKind kind, Explanation e, double[] x, TextFacts facts) {
    Map<FindingCategory, int[]> points = new EnumMap<>(FindingCategory.class);
    Map<FindingCategory, Feature> lead = new EnumMap<>(FindingCategory.class);
    Map<FindingCategory, Double> leadSize = new EnumMap<>(FindingCategory.class);
    for (Feature f : Feature.values()) {
      double exact = e.exact(f);
      int p = e.points(f);
      if (p == 0 && Math.abs(exact) < 1e-9) {
        continue;
      }
      FindingCategory c = category(kind, f, exact, facts);
      points.computeIfAbsent(c, k -> new int[1])[0] += p;
      if (Math.abs(exact) > leadSize.getOrDefault(c, -1.0)) {
        leadSize.put(c, Math.abs(exact));
        lead.put(c, f);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<FindingCategory, int[]> en : points.entrySet()) {
      FindingCategory c = en.getKey();
      int p = en.getValue()[0];
      if (p == 0) {
        continue;
      }
      if (c == FindingCategory.NO_METRIC && (facts.numbers() > 0 || facts.metricDelta())) {
        // The answer has numbers, just fewer than answers like it: say that, not "no number",
        // and quote nothing (a quoted number under "no number" reads as a contradiction).
        out.add(new Finding(c, Coaching.fewNumbers(), "", p));
        continue;
      }
      Feature leading = lead.get(c);
      String evidence;
      if (c.kind() == FindingKind.ISSUE && leading != null && leading.direction() > 0) {
        // Too little of a good thing: quoting the good thing under an issue reads as a
        // contradiction, so quote the issue's own words when the text has them, else nothing.
        evidence = ownEvidence(c, facts);
      } else {
        evidence = c.kind() == FindingKind.ISSUE || p > 0 ? evidence(leading, facts) : "";
      }
      String message =
          c == FindingCategory.WE_LANGUAGE && facts.evidence(Evidence.WE).isEmpty()
              ? Coaching.fewOwnActions()
              : Coaching.message(c);
      out.add(new Finding(c, message, evidence, p));
    }
    out.sort(
        Comparator.comparing((Finding f) -> f.kind() == FindingKind.ISSUE ? 0 : 1)
            .thenComparingInt(f -> f.kind() == FindingKind.ISSUE ? f.points() : -f.points()));
    return out;
  }

  /** The category a feature's contribution takes. */
  static FindingCategory category(AnswerKind kind, Feature f, double exact, TextFacts facts) {
    if (exact > 0 && f.strength().isPresent()) {
      return f.strength().get();
    }
    boolean lesson = kind == AnswerKind.REFLECTION || kind == AnswerKind.FULL;
    if ((f == Feature.STORY_TIED || f == Feature.MECHANISM) && !lesson) {
      return FindingCategory.VAGUE_OUTCOME;
    }
    if (f == Feature.BROUGHT_SOLUTION && !facts.handoff()) {
      return FindingCategory.NO_FOLLOW_THROUGH;
    }
    if ((f == Feature.METRIC_DELTA || f == Feature.RELATIVE_CHANGE)
        && facts.numbers() == 0
        && !facts.metricDelta()) {
      return FindingCategory.NO_METRIC;
    }
    return f.issue();
  }

  private static String evidence(Feature f, TextFacts t) {
    if (f == null) {
      return "";
    }
    return switch (f) {
      case I_SHARE, CONCRETE_ACTIONS -> t.evidence(Evidence.CONCRETE_ACTION);
      case WE_UNCLEAR -> t.evidence(Evidence.WE);
      case PASSIVE -> t.evidence(Evidence.PASSIVE);
      case VAGUE_ACTIONS -> t.evidence(Evidence.VAGUE_ACTION);
      case NUMBERS, DURATIONS -> t.evidence(Evidence.NUMBER);
      case METRIC_DELTA, RELATIVE_CHANGE -> {
        String d = t.evidence(Evidence.METRIC_DELTA);
        yield d.isEmpty() ? t.evidence(Evidence.NUMBER) : d;
      }
      case DATA_EVIDENCE -> t.evidence(Lexicon.DATA_EVIDENCE);
      case REASONS -> t.evidence(Lexicon.REASONING);
      case STOCK_SHARE -> t.evidence(Evidence.STOCK);
      case UNSUPPORTED_CLAIM -> claim(t);
      case SCOPE_BOUNDARY, BOUNDARY_EXPECTED -> t.evidence(Lexicon.SCOPE_BOUNDARY);
      case SELF_INITIATED -> t.evidence(Lexicon.SELF_INITIATED);
      case GOAL, GOAL_WHERE_RESULTS -> t.evidence(Lexicon.GOAL);
      case IMPACT -> t.evidence(Lexicon.IMPACT);
      case SECOND_ORDER -> t.evidence(Lexicon.SECOND_ORDER);
      case VAGUE_OUTCOME -> t.evidence(Lexicon.VAGUE_OUTCOME);
      case ARCHITECTURE -> t.evidence(Lexicon.ARCHITECTURE);
      case HANDOFF -> t.evidence(Evidence.HANDOFF);
      case ROUTING -> t.evidence(Evidence.ROUTING);
      case OTHERS_RESOLVE -> t.evidence(Evidence.OTHER_RESOLVED);
      case NO_FOLLOW_THROUGH, FOLLOW_THROUGH -> t.evidence(Lexicon.NO_FOLLOW_THROUGH);
      case BROUGHT_SOLUTION -> t.evidence(Lexicon.BROUGHT_SOLUTION);
      case ASSIGNED, ASSIGNED_WHERE_INITIATIVE -> t.evidence(Lexicon.ASSIGNED);
      case HEDGING -> t.evidence(Lexicon.HEDGES);
      case BLAME -> t.evidence(Lexicon.BLAME);
      case GENERIC -> t.evidence(Evidence.GENERIC);
      case HABIT_CHANGE -> t.evidence(Lexicon.HABIT_CHANGE);
      case SYSTEMIC -> t.evidence(Lexicon.SYSTEMIC);
      case OWNS_MISTAKE_WHERE_TRUST -> t.evidence(Lexicon.OWN_MISTAKE);
      case ARTEFACTS,
          STORY_TIED,
          MECHANISM,
          OFF_TOPIC,
          WHY_WITHOUT_REASON,
          MEASURE_WITHOUT_NUMBER,
          TOO_SHORT,
          TOO_LONG ->
          "";
    };
  }

  /** The quote of an issue itself (the "we" clause, the vague phrase, the stock lesson), if any. */
  private static String ownEvidence(FindingCategory c, TextFacts t) {
    return switch (c) {
      case WE_LANGUAGE -> t.evidence(Evidence.WE);
      case VAGUE_OUTCOME -> {
        String vague = t.evidence(Evidence.VAGUE_ACTION);
        yield vague.isEmpty() ? t.evidence(Lexicon.VAGUE_OUTCOME) : vague;
      }
      case GENERIC_REFLECTION -> t.evidence(Evidence.GENERIC);
      case PASSIVE_VOICE -> t.evidence(Evidence.PASSIVE);
      default -> "";
    };
  }

  private static String claim(TextFacts t) {
    String stock = t.evidence(Evidence.STOCK);
    if (!stock.isEmpty()) {
      return stock;
    }
    String boundary = t.evidence(Lexicon.SCOPE_BOUNDARY);
    if (!boundary.isEmpty()) {
      return boundary;
    }
    String self = t.evidence(Lexicon.SELF_INITIATED);
    return self.isEmpty() ? t.evidence(Lexicon.ASSIGNED) : self;
  }
}
