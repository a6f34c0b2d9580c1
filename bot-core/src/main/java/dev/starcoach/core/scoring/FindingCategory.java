package dev.starcoach.core.scoring;

import java.util.Optional;

/** The stable categories of findings. Their ids appear in output and in stats and never change. */
public enum FindingCategory {
  WE_LANGUAGE("we_language", FindingKind.ISSUE),
  HANDOFF("handoff", FindingKind.ISSUE),
  ASSIGNED("assigned", FindingKind.ISSUE),
  NO_SCOPE_BOUNDARY("no_scope_boundary", FindingKind.ISSUE),
  NO_METRIC("no_metric", FindingKind.ISSUE),
  NO_BASELINE("no_baseline", FindingKind.ISSUE),
  NO_BUSINESS_IMPACT("no_business_impact", FindingKind.ISSUE),
  NO_SECOND_ORDER("no_second_order", FindingKind.ISSUE),
  VAGUE_OUTCOME("vague_outcome", FindingKind.ISSUE),
  GENERIC_REFLECTION("generic_reflection", FindingKind.ISSUE),
  TOO_LONG("too_long", FindingKind.ISSUE),
  TOO_SHORT("too_short", FindingKind.ISSUE),
  ARCHITECTURE_TOUR("architecture_tour", FindingKind.ISSUE),
  HEDGING("hedging", FindingKind.ISSUE),
  PASSIVE_VOICE("passive_voice", FindingKind.ISSUE),
  NO_FOLLOW_THROUGH("no_follow_through", FindingKind.ISSUE),
  OFF_TOPIC("off_topic", FindingKind.ISSUE),
  UNSUPPORTED_CLAIM("unsupported_claim", FindingKind.ISSUE),
  BLAME("blame", FindingKind.ISSUE),
  I_STATEMENTS("i_statements", FindingKind.STRENGTH),
  SCOPE_BOUNDARY("scope_boundary", FindingKind.STRENGTH),
  SELF_INITIATED("self_initiated", FindingKind.STRENGTH),
  METRIC_DELTA("metric_delta", FindingKind.STRENGTH),
  BUSINESS_IMPACT("business_impact", FindingKind.STRENGTH),
  SECOND_ORDER("second_order", FindingKind.STRENGTH),
  SPECIFIC_INSIGHT("specific_insight", FindingKind.STRENGTH),
  SYSTEMIC_INSIGHT("systemic_insight", FindingKind.STRENGTH),
  BROUGHT_SOLUTION("brought_solution", FindingKind.STRENGTH),
  DATA_EVIDENCE("data_evidence", FindingKind.STRENGTH),
  REASONS("reasons", FindingKind.STRENGTH),
  CONCRETE_ACTIONS("concrete_actions", FindingKind.STRENGTH);

  private final String id;
  private final FindingKind kind;

  FindingCategory(String id, FindingKind kind) {
    this.id = id;
    this.kind = kind;
  }

  /** The stable id ({@code we_language}). */
  public String id() {
    return id;
  }

  /** Whether findings of this category are strengths or issues. */
  public FindingKind kind() {
    return kind;
  }

  /** Looks a category up by its stable id. */
  public static Optional<FindingCategory> byId(String id) {
    for (FindingCategory c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
