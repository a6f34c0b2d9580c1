package dev.starcoach.core.story.fit;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.scoring.rules.RuleScorer;
import dev.starcoach.core.scoring.rules.ScoringRules;
import dev.starcoach.core.scoring.rules.TextAnalysis;
import dev.starcoach.core.story.MappingDecision;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Estimates which principles a story can serve, with reasons, from explainable rules: per principle
 * a few named signals read with the scorer's text analysis and the estimator's own phrase lists
 * ({@link Cue}), capped by how well the story is told (the scorer's step scores). Principle names
 * in the text ("I took ownership") are masked before reading, so naming a principle never counts as
 * evidence of it. Pure, deterministic and thread-safe.
 */
public final class PrincipleFit {
  private final Scorer scorer;
  private final TextAnalysis analysis;

  /**
   * An estimator over the scorer the engine uses and the rules whose phrase lists it reads (the
   * same rules the scorer was built from).
   */
  public PrincipleFit(Scorer scorer, ScoringRules rules) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.analysis = new TextAnalysis(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * An estimator over any scorer (what {@code CoachEngine} holds), reading the text with the phrase
   * lists of the rules bundled in the jar.
   */
  public PrincipleFit(Scorer scorer) {
    this(scorer, ScoringRules.loadDefault());
  }

  /** An estimator over a rule scorer and its own rules. */
  public PrincipleFit(RuleScorer scorer) {
    this(scorer, scorer.rules());
  }

  /** An estimator with the scorer and rules bundled in the jar. */
  public PrincipleFit() {
    this(RuleScorer.withDefaults());
  }

  /** Estimates a story's fit from its step texts and the person's decisions. */
  public StoryFit estimate(Map<Step, String> steps, Map<Principle, MappingDecision> decisions) {
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(decisions, "decisions");
    StoryReading reading = new StoryReading(steps, analysis, scorer);
    Telling telling = Telling.of(reading);
    Map<Principle, FitCell> cells = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      cells.put(
          p,
          FitJudge.cell(p, Rules.read(p, reading), telling, Optional.ofNullable(decisions.get(p))));
    }
    return new StoryFit(cells);
  }
}
