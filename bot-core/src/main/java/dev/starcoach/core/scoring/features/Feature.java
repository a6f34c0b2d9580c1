package dev.starcoach.core.scoring.features;

import dev.starcoach.core.scoring.FindingCategory;
import java.util.Optional;

/**
 * The named features the fitted model weighs. Each has a direction (does more of it make an answer
 * better or worse), the category a finding takes when the feature raises a score (strengths) and
 * the category it takes when it lowers one (issues: the feature fired, or a strength is missing).
 * Values are in 0..1; counting features saturate, so repeating yourself buys nothing. Keys are the
 * names used in the rules file under {@code model}.
 */
public enum Feature {
  // actors
  I_SHARE(Family.ACTORS, +1, FindingCategory.I_STATEMENTS, FindingCategory.WE_LANGUAGE),
  WE_UNCLEAR(Family.ACTORS, -1, null, FindingCategory.WE_LANGUAGE),
  OTHERS_RESOLVE(Family.ACTORS, -1, null, FindingCategory.HANDOFF),
  PASSIVE(Family.ACTORS, -1, null, FindingCategory.PASSIVE_VOICE),
  // verbs
  CONCRETE_ACTIONS(
      Family.VERBS, +1, FindingCategory.CONCRETE_ACTIONS, FindingCategory.VAGUE_OUTCOME),
  VAGUE_ACTIONS(Family.VERBS, -1, null, FindingCategory.VAGUE_OUTCOME),
  // specificity
  NUMBERS(Family.SPECIFICITY, +1, FindingCategory.DATA_EVIDENCE, FindingCategory.NO_METRIC),
  METRIC_DELTA(Family.SPECIFICITY, +1, FindingCategory.METRIC_DELTA, FindingCategory.NO_BASELINE),
  RELATIVE_CHANGE(
      Family.SPECIFICITY, +1, FindingCategory.METRIC_DELTA, FindingCategory.NO_BASELINE),
  DURATIONS(Family.SPECIFICITY, +1, FindingCategory.DATA_EVIDENCE, FindingCategory.NO_METRIC),
  ARTEFACTS(Family.SPECIFICITY, +1, FindingCategory.DATA_EVIDENCE, FindingCategory.VAGUE_OUTCOME),
  DATA_EVIDENCE(Family.SPECIFICITY, +1, FindingCategory.DATA_EVIDENCE, FindingCategory.NO_METRIC),
  // reasons
  REASONS(Family.REASONS, +1, FindingCategory.REASONS, FindingCategory.VAGUE_OUTCOME),
  // claims
  STOCK_SHARE(Family.CLAIMS, -1, null, FindingCategory.VAGUE_OUTCOME),
  UNSUPPORTED_CLAIM(Family.CLAIMS, -1, null, FindingCategory.UNSUPPORTED_CLAIM),
  SCOPE_BOUNDARY(
      Family.CLAIMS, +1, FindingCategory.SCOPE_BOUNDARY, FindingCategory.NO_SCOPE_BOUNDARY),
  SELF_INITIATED(
      Family.CLAIMS, +1, FindingCategory.SELF_INITIATED, FindingCategory.NO_SCOPE_BOUNDARY),
  GOAL(Family.CLAIMS, +1, FindingCategory.METRIC_DELTA, FindingCategory.VAGUE_OUTCOME),
  // outcome
  IMPACT(Family.OUTCOME, +1, FindingCategory.BUSINESS_IMPACT, FindingCategory.NO_BUSINESS_IMPACT),
  SECOND_ORDER(Family.OUTCOME, +1, FindingCategory.SECOND_ORDER, FindingCategory.NO_SECOND_ORDER),
  VAGUE_OUTCOME(Family.OUTCOME, -1, null, FindingCategory.VAGUE_OUTCOME),
  ARCHITECTURE(Family.OUTCOME, -1, null, FindingCategory.ARCHITECTURE_TOUR),
  // ownership
  HANDOFF(Family.OWNERSHIP, -1, null, FindingCategory.HANDOFF),
  ROUTING(Family.OWNERSHIP, -1, null, FindingCategory.HANDOFF),
  NO_FOLLOW_THROUGH(Family.OWNERSHIP, -1, null, FindingCategory.NO_FOLLOW_THROUGH),
  FOLLOW_THROUGH(
      Family.OWNERSHIP, +1, FindingCategory.BROUGHT_SOLUTION, FindingCategory.NO_FOLLOW_THROUGH),
  BROUGHT_SOLUTION(Family.OWNERSHIP, +1, FindingCategory.BROUGHT_SOLUTION, FindingCategory.HANDOFF),
  ASSIGNED(Family.OWNERSHIP, -1, null, FindingCategory.ASSIGNED),
  HEDGING(Family.OWNERSHIP, -1, null, FindingCategory.HEDGING),
  BLAME(Family.OWNERSHIP, -1, null, FindingCategory.BLAME),
  // reflection
  GENERIC(Family.REFLECTION, -1, null, FindingCategory.GENERIC_REFLECTION),
  HABIT_CHANGE(
      Family.REFLECTION, +1, FindingCategory.SPECIFIC_INSIGHT, FindingCategory.GENERIC_REFLECTION),
  STORY_TIED(
      Family.REFLECTION, +1, FindingCategory.SPECIFIC_INSIGHT, FindingCategory.GENERIC_REFLECTION),
  MECHANISM(
      Family.REFLECTION, +1, FindingCategory.SPECIFIC_INSIGHT, FindingCategory.GENERIC_REFLECTION),
  SYSTEMIC(
      Family.REFLECTION, +1, FindingCategory.SYSTEMIC_INSIGHT, FindingCategory.GENERIC_REFLECTION),
  // probe
  OFF_TOPIC(Family.PROBE, -1, null, FindingCategory.OFF_TOPIC),
  WHY_WITHOUT_REASON(Family.PROBE, -1, null, FindingCategory.OFF_TOPIC),
  MEASURE_WITHOUT_NUMBER(Family.PROBE, -1, null, FindingCategory.NO_METRIC),
  // length
  TOO_SHORT(Family.LENGTH, -1, null, FindingCategory.TOO_SHORT),
  TOO_LONG(Family.LENGTH, -1, null, FindingCategory.TOO_LONG),
  // principle-aware (0 without a principle)
  BOUNDARY_EXPECTED(Family.PRINCIPLE, -1, null, FindingCategory.NO_SCOPE_BOUNDARY),
  ASSIGNED_WHERE_INITIATIVE(Family.PRINCIPLE, -1, null, FindingCategory.ASSIGNED),
  GOAL_WHERE_RESULTS(
      Family.PRINCIPLE, +1, FindingCategory.METRIC_DELTA, FindingCategory.VAGUE_OUTCOME),
  OWNS_MISTAKE_WHERE_TRUST(
      Family.PRINCIPLE, +1, FindingCategory.SELF_INITIATED, FindingCategory.BLAME);

  /** The family of a feature: the class that computes it. */
  public enum Family {
    ACTORS,
    VERBS,
    SPECIFICITY,
    REASONS,
    CLAIMS,
    OUTCOME,
    OWNERSHIP,
    REFLECTION,
    PROBE,
    LENGTH,
    PRINCIPLE
  }

  private final Family family;
  private final int direction;
  private final FindingCategory strength;
  private final FindingCategory issue;

  Feature(Family family, int direction, FindingCategory strength, FindingCategory issue) {
    this.family = family;
    this.direction = direction;
    this.strength = strength;
    this.issue = issue;
  }

  /** The key in the rules file ({@code metric_delta}). */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The family that computes it. */
  public Family family() {
    return family;
  }

  /** +1 when more of it makes an answer better, -1 when worse; fitted weights keep this sign. */
  public int direction() {
    return direction;
  }

  /** The category of a finding when this feature raises the score, if it ever does. */
  public Optional<FindingCategory> strength() {
    return Optional.ofNullable(strength);
  }

  /** The category of a finding when this feature lowers the score. */
  public FindingCategory issue() {
    return issue;
  }

  /** Looks a feature up by its key. */
  public static Optional<Feature> byKey(String key) {
    for (Feature f : values()) {
      if (f.key().equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
