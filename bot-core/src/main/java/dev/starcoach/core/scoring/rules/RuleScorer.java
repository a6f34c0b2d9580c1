package dev.starcoach.core.scoring.rules;

import static dev.starcoach.core.scoring.rules.Weight.*;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Scorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The built-in, explainable scorer. {@link #assess} runs the fitted pipeline ({@link
 * dev.starcoach.core.scoring.pipeline.FittedScorer}: text analysis, named features, per-step
 * logistic model, findings whose points add up; docs/scoring.md). {@link #conclude} gives the Bar
 * Raiser verdict over a mock from the full answer and the probe answers. Thread-safe; never throws
 * on any text.
 *
 * <pre>{@code
 * Scorer scorer = new RuleScorer(ScoringRules.loadDefault());
 * Assessment a = scorer.assess(ScoreRequest.of(AnswerKind.TASK, "Nobody asked me to...", Level.SDE2));
 * }</pre>
 */
public final class RuleScorer implements Scorer {
  private final ScoringRules rules;
  private final dev.starcoach.core.scoring.pipeline.FittedScorer fitted;

  /**
   * A scorer for validated rules (see {@link ScoringRules#load} / {@link
   * ScoringRules#loadDefault}).
   */
  public RuleScorer(ScoringRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.fitted =
        new dev.starcoach.core.scoring.pipeline.FittedScorer(
            rules, dev.starcoach.core.scoring.model.ScoringModel.from(rules, "rules file"));
  }

  /** A scorer with the rules bundled in the jar. */
  public static RuleScorer withDefaults() {
    return new RuleScorer(ScoringRules.loadDefault());
  }

  /** The rules this scorer uses. */
  public ScoringRules rules() {
    return rules;
  }

  @Override
  public Assessment assess(ScoreRequest request) {
    int target = targetFor(request);
    try {
      return fitted.assess(request);
    } catch (RuntimeException | StackOverflowError e) {
      double spoken = spokenSeconds(Analyzer.countWords(request.text()));
      return new Assessment(
          0,
          Verdict.NO_HIRE,
          spoken,
          target,
          List.of(),
          List.of(),
          List.of("This answer could not be scored (" + e.getClass().getSimpleName() + ")."));
    }
  }

  /** The target a request is judged against. */
  int targetFor(ScoreRequest request) {
    if (request.targetSeconds() > 0) {
      return request.targetSeconds();
    }
    return switch (request.kind()) {
      case FULL -> request.level().totalBudgetSeconds();
      case PROBE -> rules.speech().probeTargetSeconds();
      default -> request.kind().step().map(Step::defaultTargetSeconds).orElse(30);
    };
  }

  private double spokenSeconds(int words) {
    double s = words * 60.0 / rules.speech().wordsPerMinute();
    return Math.round(s * 10) / 10.0;
  }

  // ------------------------------------------------------------------ mock verdict

  @Override
  public BarRaiserVerdict conclude(
      Assessment fullAnswer, List<Assessment> probeAnswers, Level level) {
    List<Assessment> probes = probeAnswers == null ? List.of() : probeAnswers;
    List<String> reasons = new ArrayList<>();
    Verdict cap = Verdict.STRONG_HIRE;
    double probeAvg = 0;
    for (Assessment p : probes) {
      probeAvg += p.score();
    }
    probeAvg = probes.isEmpty() ? 0 : probeAvg / probes.size();
    double score;
    if (fullAnswer == null && probes.isEmpty()) {
      return new BarRaiserVerdict(Verdict.NO_HIRE, 0, List.of("No answer was given."));
    } else if (fullAnswer == null) {
      score = probeAvg;
    } else if (probes.isEmpty()) {
      score = fullAnswer.score();
    } else {
      score = 0.6 * fullAnswer.score() + 0.4 * probeAvg;
    }
    if (fullAnswer != null) {
      cap = cap.atMost(fullAnswer.verdict().isHire() ? Verdict.STRONG_HIRE : fullAnswer.verdict());
    }
    long handoffs = probes.stream().filter(p -> p.has(FindingCategory.HANDOFF)).count();
    if (handoffs > 0) {
      cap = cap.atMost(rules.caps().probeHandoff());
      score = Math.min(score, rules.verdictBands().leaningNoHire() - 1.0);
      String ev =
          probes.stream()
              .flatMap(p -> p.findings().stream())
              .filter(f -> f.category() == FindingCategory.HANDOFF)
              .map(Finding::evidence)
              .findFirst()
              .orElse("");
      reasons.add(
          "A follow-up answer handed the problem off"
              + (ev.isEmpty() ? "" : " (\"" + ev + "\")")
              + ": it confirms the candidate routed rather than owned, so the opening story is "
              + "reread the same way.");
    }
    if (fullAnswer != null && fullAnswer.has(FindingCategory.HANDOFF)) {
      reasons.add("The story itself routes the problem to others instead of owning it.");
    }
    long weakProbes =
        probes.stream().filter(p -> p.score() < rules.verdictBands().leaningNoHire()).count();
    if (!probes.isEmpty() && weakProbes * 2 > probes.size()) {
      cap = cap.atMost(Verdict.LEANING_NO_HIRE);
      reasons.add(
          String.format(
              Locale.ROOT,
              "%d of %d follow-up answers fell below the bar: the story did not hold up under "
                  + "probing.",
              weakProbes,
              probes.size()));
    }
    int finalScore = (int) Math.round(Math.max(0, Math.min(100, score)));
    Verdict verdict = rules.verdictBands().verdictFor(finalScore).atMost(cap);
    if (fullAnswer != null) {
      reasons.add(
          "Full answer: " + fullAnswer.score() + " (" + fullAnswer.verdict().label() + ").");
      fullAnswer.findings(FindingKind.ISSUE).stream()
          .limit(2)
          .forEach(f -> reasons.add(firstSentence(f.message())));
    }
    if (!probes.isEmpty()) {
      reasons.add(
          String.format(
              Locale.ROOT,
              "Follow-up probes: average %.0f over %d answer%s.",
              probeAvg,
              probes.size(),
              probes.size() == 1 ? "" : "s"));
    }
    if (level == Level.SENIOR
        && fullAnswer != null
        && !fullAnswer.has(FindingCategory.SYSTEMIC_INSIGHT)) {
      reasons.add("At Senior level the Bar Raiser also wants the organisational root cause.");
    }
    if (verdict.isHire() && fullAnswer != null) {
      fullAnswer.findings(FindingKind.STRENGTH).stream()
          .limit(2)
          .forEach(f -> reasons.add(firstSentence(f.message())));
    }
    return new BarRaiserVerdict(verdict, finalScore, reasons);
  }

  private static String firstSentence(String message) {
    int dot = message.indexOf(". ");
    return dot > 0 ? message.substring(0, dot + 1) : message;
  }
}
