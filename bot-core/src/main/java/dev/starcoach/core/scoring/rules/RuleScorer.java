package dev.starcoach.core.scoring.rules;

import static dev.starcoach.core.scoring.rules.Weight.*;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.scoring.Segment;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The built-in, explainable scorer. Story-agnostic rules judge how an answer is told (scope
 * boundary, "I" actions, hand-offs, metric with baseline, specific lessons, follow-through, spoken
 * length); full answers are segmented into STAR parts, each part is scored and the parts are
 * combined into a verdict with reasons. Thread-safe; never throws on any text.
 *
 * <pre>{@code
 * Scorer scorer = new RuleScorer(ScoringRules.loadDefault());
 * Assessment a = scorer.assess(ScoreRequest.of(AnswerKind.TASK, "Nobody asked me to...", Level.SDE2));
 * }</pre>
 */
public final class RuleScorer implements Scorer {
  private static final Step[] STEPS = Step.values();

  private final ScoringRules rules;
  private final CompiledRules compiled;
  private final Analyzer analyzer;
  private final StepRules steps;
  private final Segmenter segmenter;
  private final dev.starcoach.core.scoring.pipeline.FittedScorer fitted;

  /**
   * A scorer for validated rules (see {@link ScoringRules#load} / {@link
   * ScoringRules#loadDefault}).
   */
  public RuleScorer(ScoringRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.compiled = new CompiledRules(rules);
    this.analyzer = new Analyzer(compiled);
    this.steps = new StepRules(compiled);
    this.segmenter = new Segmenter(compiled);
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

  // ------------------------------------------------------------------ single steps and probes

  private Assessment single(ScoreRequest request, int target) {
    AnalyzedText t = analyzer.analyze(request.text());
    double spoken = spokenSeconds(t.spokenWords);
    if (t.n == 0) {
      return empty(spoken, target);
    }
    Signals s = new Signals(t, 0, t.n).withReflection();
    Tally tally;
    Weight tooShort;
    Weight tooLong;
    switch (request.kind()) {
      case SITUATION -> {
        tally = steps.situation(s);
        tooShort = SITUATION_TOO_SHORT;
        tooLong = SITUATION_TOO_LONG;
      }
      case TASK -> {
        tally = steps.task(s);
        tooShort = TASK_TOO_SHORT;
        tooLong = TASK_TOO_LONG;
      }
      case ACTION -> {
        tally = steps.action(s);
        tooShort = ACTION_TOO_SHORT;
        tooLong = ACTION_TOO_LONG;
      }
      case RESULT -> {
        tally = steps.result(s);
        tooShort = RESULT_TOO_SHORT;
        tooLong = RESULT_TOO_LONG;
      }
      case REFLECTION -> {
        tally = steps.reflection(s, request.level());
        tooShort = REFLECTION_TOO_SHORT;
        tooLong = REFLECTION_TOO_LONG;
      }
      default -> {
        Signals q = null;
        if (request.probeQuestion() != null && !request.probeQuestion().isBlank()) {
          AnalyzedText qt = analyzer.analyze(request.probeQuestion());
          q = new Signals(qt, 0, qt.n);
        }
        tally = steps.probe(s, q, request.level());
        tooShort = PROBE_TOO_SHORT;
        tooLong = PROBE_TOO_LONG;
      }
    }
    steps.length(tally, request.kind(), spoken, target, tooShort, tooLong);
    int score = tally.score();
    Verdict verdict = rules.verdictBands().verdictFor(score);
    return new Assessment(
        score, verdict, spoken, target, tally.findings(), List.of(), reasons(tally, 3, 2));
  }

  private Assessment empty(double spoken, int target) {
    Finding f =
        new Finding(
            FindingCategory.TOO_SHORT,
            "Nothing to score yet: answer in a few full sentences, out loud if you can.",
            "");
    return new Assessment(
        0, Verdict.NO_HIRE, spoken, target, List.of(f), List.of(), List.of("No answer given."));
  }

  private static List<String> reasons(Tally tally, int issues, int strengths) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int s = 0;
    for (Tally.Entry e : tally.ordered()) {
      boolean issue = e.category().kind() == FindingKind.ISSUE;
      if (issue && i < issues) {
        out.add(firstSentence(e.message()));
        i++;
      } else if (!issue && s < strengths) {
        out.add(firstSentence(e.message()));
        s++;
      }
    }
    return out;
  }

  private static String firstSentence(String message) {
    int dot = message.indexOf(". ");
    return dot > 0 ? message.substring(0, dot + 1) : message;
  }

  // ------------------------------------------------------------------ full answers

  private Assessment full(ScoreRequest request, int target) {
    AnalyzedText t = analyzer.analyze(request.text());
    double spoken = spokenSeconds(t.spokenWords);
    if (t.n == 0) {
      return empty(spoken, target);
    }
    List<Segmenter.Part> parts = segmenter.segment(t);
    Map<Step, Integer> partScores = new EnumMap<>(Step.class);
    Map<Step, Signals> partSignals = new EnumMap<>(Step.class);
    Tally merged = new Tally(0);
    List<Segment> segments = new ArrayList<>();
    Signals whole = new Signals(t, 0, t.n);
    for (Segmenter.Part p : parts) {
      Signals s = new Signals(t, p.from(), p.to());
      s.inheritScopeExpansion(whole);
      if (p.step() == Step.REFLECTION) {
        s.withReflection();
      }
      Tally part =
          switch (p.step()) {
            case SITUATION -> steps.situation(s);
            case TASK -> steps.task(s);
            case ACTION -> steps.action(s);
            case RESULT -> steps.result(s);
            case REFLECTION -> steps.reflection(s, request.level());
          };
      partScores.put(p.step(), part.score());
      partSignals.put(p.step(), s);
      merged.merge(part, p.step().label() + ": ");
      segments.add(new Segment(p.step(), segmentText(t, p)));
    }
    double[] shares = {
      compiled.w(FULL_SITUATION_SHARE),
      compiled.w(FULL_TASK_SHARE),
      compiled.w(FULL_ACTION_SHARE),
      compiled.w(FULL_RESULT_SHARE),
      compiled.w(FULL_REFLECTION_SHARE)
    };
    double sum = 0;
    double total = 0;
    for (Step step : STEPS) {
      sum += shares[step.ordinal()];
      total += shares[step.ordinal()] * partScores.getOrDefault(step, 0);
    }
    double combined = sum == 0 ? 0 : total / sum;
    Tally tally = new Tally(combined);
    tally.merge(merged, "");
    List<String> capReasons = new ArrayList<>();
    Verdict cap = Verdict.STRONG_HIRE;
    ScoringRules.Caps caps = rules.caps();
    if (whole.handoff) {
      if (!tally.has(FindingCategory.HANDOFF)) {
        tally.flag(
            FindingCategory.HANDOFF,
            50,
            "Hand-off: you routed the problem and others fixed it. That is escalation, not "
                + "ownership. Tell what you did yourself.",
            whole.handoffEvidence);
      }
      tally.capAt(caps.fullHandoffScore());
      cap = cap.atMost(caps.fullHandoff());
      capReasons.add(
          "Disqualifying hand-off (\""
              + Tally.clip(whole.handoffEvidence)
              + "\"): routing a problem to others is not ownership.");
    }
    Signals action = partSignals.get(Step.ACTION);
    Signals actionScope = action != null ? action : whole;
    if (actionScope.weActions > 0 && actionScope.iActions == 0) {
      tally.capAt(caps.weOnlyActionScore());
      cap = cap.atMost(caps.weOnlyAction());
      capReasons.add(
          "The actions are told with 'we' only: the interviewer cannot tell what you did.");
      if (!tally.has(FindingCategory.WE_LANGUAGE)) {
        tally.flag(
            FindingCategory.WE_LANGUAGE,
            30,
            "'We' makes you invisible. Use 'I' for every action that was yours.",
            t.clauseQuote(actionScope.firstWe));
      }
    }
    if (whole.assignedIssue()
        && !whole.has(Lexicon.SCOPE_BOUNDARY)
        && !tally.has(FindingCategory.ASSIGNED)) {
      tally.issue(
          FindingCategory.ASSIGNED,
          compiled.w(FULL_ASSIGNED),
          "The story says the work was given to you. Pick a story where you chose to act, or say "
              + "plainly what made it yours beyond the assignment.",
          whole.ev(Lexicon.ASSIGNED));
    }
    if (!partScores.containsKey(Step.TASK)
        && !whole.has(Lexicon.SCOPE_BOUNDARY)
        && !whole.hasNegated(Lexicon.ASSIGNED)) {
      tally.flag(
          FindingCategory.NO_SCOPE_BOUNDARY,
          12,
          "No Task: say what was yours to do and that nobody assigned it.");
    }
    if (!partScores.containsKey(Step.RESULT) && !whole.anyMetric()) {
      tally.flag(
          FindingCategory.NO_METRIC,
          25,
          "No Result with a number: end with what changed, from what to what, and what it was "
              + "worth.");
    }
    if (whole.hedges >= 3) {
      tally.issue(
          FindingCategory.HEDGING,
          compiled.w(FULL_HEDGING),
          "Hedged wording throughout makes you sound unsure of your own story. Say what happened "
              + "plainly.",
          whole.ev(Lexicon.HEDGES));
    }
    steps.length(tally, AnswerKind.FULL, spoken, target, FULL_TOO_SHORT, FULL_TOO_LONG);
    int score = tally.score();
    Verdict verdict = rules.verdictBands().verdictFor(score).atMost(cap);
    List<String> reasons = new ArrayList<>(capReasons);
    StringBuilder partLine = new StringBuilder("Parts: ");
    List<String> missing = new ArrayList<>();
    for (Step step : STEPS) {
      Integer ps = partScores.get(step);
      if (ps == null) {
        missing.add(step.label());
      } else {
        partLine.append(step.label()).append(' ').append(ps).append(", ");
      }
    }
    if (!partScores.isEmpty()) {
      reasons.add(partLine.substring(0, partLine.length() - 2) + ".");
    }
    if (!missing.isEmpty()) {
      reasons.add("Missing: " + String.join(", ", missing) + ".");
    }
    reasons.addAll(reasons(tally, 2, 2));
    return new Assessment(score, verdict, spoken, target, tally.findings(), segments, reasons);
  }

  private static String segmentText(AnalyzedText t, Segmenter.Part p) {
    int a = t.start[p.from()];
    int b = p.to() < t.n ? t.start[p.to()] : t.text.length();
    return t.text.substring(a, Math.max(a, b)).replace('\n', ' ').strip();
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
}
