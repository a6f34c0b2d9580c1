package dev.starcoach.core.scoring.pipeline;

import static dev.starcoach.core.scoring.FindingCategory.TOO_LONG;
import static dev.starcoach.core.scoring.FindingCategory.TOO_SHORT;

import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.features.AnswerContext;
import dev.starcoach.core.scoring.features.Feature;
import dev.starcoach.core.scoring.findings.FindingWriter;
import dev.starcoach.core.scoring.model.Explanation;
import dev.starcoach.core.scoring.model.ScoringModel;
import dev.starcoach.core.scoring.rules.ScoringRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores one answer through the pipeline: text analysis and features ({@link FeaturePipeline}), the
 * fitted model ({@link ScoringModel}) and findings ({@link FindingWriter}). A full answer is also
 * cut into its STAR parts for the segments. Thread-safe.
 */
public final class FittedScorer {
  private final ScoringRules rules;
  private final FeaturePipeline pipeline;
  private final ScoringModel model;

  /** A scorer over validated rules and the model fitted into them. */
  public FittedScorer(ScoringRules rules, ScoringModel model) {
    this.rules = rules;
    this.pipeline = new FeaturePipeline(rules);
    this.model = model;
  }

  /** The stages before the model. */
  public FeaturePipeline pipeline() {
    return pipeline;
  }

  /** Scores a request. */
  public Assessment assess(ScoreRequest request) {
    FeaturePipeline.Prepared p = pipeline.prepare(request);
    int target = p.context().targetSeconds();
    if (p.context().facts().words() == 0) {
      Finding f =
          new Finding(
              FindingCategory.TOO_SHORT,
              "Nothing to score yet: answer in a few full sentences, out loud if you can.",
              "");
      return new Assessment(
          0, Verdict.NO_HIRE, 0, target, List.of(f), List.of(), List.of("No answer given."));
    }
    Explanation e = model.step(request.kind()).explain(p.x());
    List<Finding> findings = FindingWriter.findings(request.kind(), e, p.x(), p.context().facts());
    findings = withLengthNotes(findings, p.x(), p.context());
    int score = e.score();
    List<String> reasons = new ArrayList<>();
    Verdict best = Verdict.STRONG_HIRE;
    if (request.kind() == AnswerKind.FULL) {
      FullAnswerCaps.Capped capped =
          FullAnswerCaps.apply(score, findings, p.context().facts(), rules.caps());
      score = capped.score();
      findings = capped.findings();
      best = capped.best();
      reasons.addAll(capped.reasons());
    }
    reasons.addAll(reasons(score, e.base(), findings));
    Verdict verdict = rules.verdictBands().verdictFor(score).atMost(best);
    return new Assessment(
        score, verdict, p.context().spokenSeconds(), target, findings, p.segments(), reasons);
  }

  /**
   * A spoken length far off the target is always named, as a note of 0 points when the fitted
   * weights do not charge it (the data had too few such answers to price it).
   */
  private static List<Finding> withLengthNotes(
      List<Finding> findings, double[] x, AnswerContext ctx) {
    List<Finding> out = new ArrayList<>(findings);
    if (x[Feature.TOO_LONG.ordinal()] > 0
        && out.stream().noneMatch(f -> f.category() == TOO_LONG)) {
      out.add(
          new Finding(
              TOO_LONG,
              String.format(
                  Locale.ROOT,
                  "About %.0f s spoken against a %d s target: cut to the few facts that carry it.",
                  ctx.spokenSeconds(),
                  ctx.targetSeconds()),
              "",
              0));
    }
    if (x[Feature.TOO_SHORT.ordinal()] > 0
        && out.stream().noneMatch(f -> f.category() == TOO_SHORT)) {
      out.add(
          new Finding(
              TOO_SHORT,
              String.format(
                  Locale.ROOT,
                  "About %.0f s spoken against a %d s target: too thin to show what you did.",
                  ctx.spokenSeconds(),
                  ctx.targetSeconds()),
              "",
              0));
    }
    out.sort(FindingOrder.BY_COST);
    return out;
  }

  private static List<String> reasons(int score, int base, List<Finding> findings) {
    List<String> out = new ArrayList<>();
    out.add("Score " + score + " = " + base + " for a typical strong answer" + sum(findings));
    int issues = 0;
    int strengths = 0;
    for (Finding f : findings) {
      boolean issue = f.kind() == FindingKind.ISSUE;
      if ((issue && issues < 3) || (!issue && strengths < 2)) {
        out.add(signed(f.points()) + " " + f.category().id() + ": " + firstSentence(f.message()));
        if (issue) {
          issues++;
        } else {
          strengths++;
        }
      }
    }
    return out;
  }

  private static String sum(List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append(' ').append(f.points() < 0 ? "- " : "+ ").append(Math.abs(f.points()));
      sb.append(' ').append(f.category().id());
    }
    return sb.append('.').toString();
  }

  private static String signed(int p) {
    return p > 0 ? "+" + p : Integer.toString(p);
  }

  private static String firstSentence(String message) {
    int dot = message.indexOf(". ");
    return dot > 0 ? message.substring(0, dot + 1) : message;
  }
}
