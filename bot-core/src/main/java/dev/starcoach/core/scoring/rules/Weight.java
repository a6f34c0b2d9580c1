package dev.starcoach.core.scoring.rules;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Every weight of the rules file, by section and key under {@code weights:}, with its range. */
public enum Weight {
  SITUATION_BASE("situation", "base"),
  SITUATION_IMPACT("situation", "impact"),
  SITUATION_SPECIFIC_PROBLEM("situation", "specific_problem"),
  SITUATION_OWNERSHIP_SIGNAL("situation", "ownership_signal"),
  SITUATION_ARCHITECTURE_TOUR("situation", "architecture_tour"),
  SITUATION_ASSIGNED("situation", "assigned"),
  SITUATION_HEDGING("situation", "hedging"),
  SITUATION_VAGUE("situation", "vague"),
  SITUATION_STOCK_PHRASES("situation", "stock_phrases"),
  SITUATION_TOO_SHORT("situation", "too_short"),
  SITUATION_TOO_LONG("situation", "too_long"),
  SITUATION_ARCHITECTURE_MIN_TERMS("situation", "architecture_min_terms", 1, 100),
  SITUATION_ARCHITECTURE_MIN_DENSITY("situation", "architecture_min_density", 0, 1),

  TASK_BASE("task", "base"),
  TASK_SCOPE_BOUNDARY("task", "scope_boundary"),
  TASK_SELF_INITIATED("task", "self_initiated"),
  TASK_GOAL("task", "goal"),
  TASK_IMPACT("task", "impact"),
  TASK_ASSIGNED("task", "assigned"),
  TASK_WE_LANGUAGE("task", "we_language"),
  TASK_HEDGING("task", "hedging"),
  TASK_NO_SCOPE_BOUNDARY("task", "no_scope_boundary"),
  TASK_STOCK_PHRASES("task", "stock_phrases"),
  TASK_TOO_SHORT("task", "too_short"),
  TASK_TOO_LONG("task", "too_long"),

  ACTION_BASE("action", "base"),
  ACTION_OWNERSHIP_RATIO("action", "ownership_ratio"),
  ACTION_PER_I_ACTION("action", "per_i_action"),
  ACTION_I_ACTION_CAP("action", "i_action_cap", 1, 50),
  ACTION_DATA_EVIDENCE("action", "data_evidence"),
  ACTION_FOLLOW_THROUGH("action", "follow_through"),
  ACTION_HANDOFF("action", "handoff"),
  ACTION_WE_LANGUAGE("action", "we_language"),
  ACTION_PASSIVE_VOICE("action", "passive_voice"),
  ACTION_NO_FOLLOW_THROUGH("action", "no_follow_through"),
  ACTION_ASSIGNED("action", "assigned"),
  ACTION_HEDGING("action", "hedging"),
  ACTION_STOCK_PHRASES("action", "stock_phrases"),
  ACTION_TOO_SHORT("action", "too_short"),
  ACTION_TOO_LONG("action", "too_long"),

  RESULT_BASE("result", "base"),
  RESULT_METRIC_DELTA("result", "metric_delta"),
  RESULT_METRIC_ONLY("result", "metric_only"),
  RESULT_BUSINESS_IMPACT("result", "business_impact"),
  RESULT_SECOND_ORDER("result", "second_order"),
  RESULT_VAGUE_OUTCOME("result", "vague_outcome"),
  RESULT_HEDGING("result", "hedging"),
  RESULT_TOO_SHORT("result", "too_short"),
  RESULT_TOO_LONG("result", "too_long"),

  REFLECTION_BASE("reflection", "base"),
  REFLECTION_SPECIFIC_INSIGHT("reflection", "specific_insight"),
  REFLECTION_SYSTEMIC_INSIGHT("reflection", "systemic_insight"),
  REFLECTION_MECHANISM("reflection", "mechanism"),
  REFLECTION_GENERIC_REFLECTION("reflection", "generic_reflection"),
  REFLECTION_SENIOR_TECHNICAL_ONLY("reflection", "senior_technical_only"),
  REFLECTION_HEDGING("reflection", "hedging"),
  REFLECTION_TOO_SHORT("reflection", "too_short"),
  REFLECTION_TOO_LONG("reflection", "too_long"),
  REFLECTION_MIN_STORY_WORDS("reflection", "min_story_words", 1, 50),

  PROBE_BASE("probe", "base"),
  PROBE_BROUGHT_SOLUTION("probe", "brought_solution"),
  PROBE_DATA_EVIDENCE("probe", "data_evidence"),
  PROBE_FOLLOW_THROUGH("probe", "follow_through"),
  PROBE_SELF_INITIATED("probe", "self_initiated"),
  PROBE_IMPACT_REASON("probe", "impact_reason"),
  PROBE_METRIC("probe", "metric"),
  PROBE_METRIC_DELTA("probe", "metric_delta"),
  PROBE_I_STATEMENTS("probe", "i_statements"),
  PROBE_SPECIFIC_INSIGHT("probe", "specific_insight"),
  PROBE_HANDOFF("probe", "handoff"),
  PROBE_NO_FOLLOW_THROUGH("probe", "no_follow_through"),
  PROBE_ASSIGNED("probe", "assigned"),
  PROBE_OFF_TOPIC("probe", "off_topic"),
  PROBE_GENERIC_REFLECTION("probe", "generic_reflection"),
  PROBE_NO_METRIC("probe", "no_metric"),
  PROBE_HEDGING("probe", "hedging"),
  PROBE_WE_LANGUAGE("probe", "we_language"),
  PROBE_STOCK_PHRASES("probe", "stock_phrases"),
  PROBE_TOO_SHORT("probe", "too_short"),
  PROBE_TOO_LONG("probe", "too_long"),

  FULL_SITUATION_SHARE("full", "situation_share", 0, 1),
  FULL_TASK_SHARE("full", "task_share", 0, 1),
  FULL_ACTION_SHARE("full", "action_share", 0, 1),
  FULL_RESULT_SHARE("full", "result_share", 0, 1),
  FULL_REFLECTION_SHARE("full", "reflection_share", 0, 1),
  FULL_TOO_SHORT("full", "too_short"),
  FULL_TOO_LONG("full", "too_long"),
  FULL_HEDGING("full", "hedging"),
  FULL_ASSIGNED("full", "assigned"),

  SEG_LABEL("segmenter", "label", 0, 50),
  SEG_SITUATION_CUE("segmenter", "situation_cue", 0, 20),
  SEG_IMPACT("segmenter", "impact", 0, 20),
  SEG_FIRST_SENTENCE("segmenter", "first_sentence", 0, 20),
  SEG_SCOPE_BOUNDARY("segmenter", "scope_boundary", 0, 20),
  SEG_SELF_INITIATED("segmenter", "self_initiated", 0, 20),
  SEG_GOAL("segmenter", "goal", 0, 20),
  SEG_ASSIGNED("segmenter", "assigned", 0, 20),
  SEG_I_ACTION("segmenter", "i_action", 0, 20),
  SEG_OTHER_ACTION("segmenter", "other_action", 0, 20),
  SEG_ROUTING("segmenter", "routing", 0, 20),
  SEG_METRIC_DELTA("segmenter", "metric_delta", 0, 20),
  SEG_RESULT_CUE("segmenter", "result_cue", 0, 20),
  SEG_BUSINESS("segmenter", "business", 0, 20),
  SEG_SECOND_ORDER("segmenter", "second_order", 0, 20),
  SEG_VAGUE_OUTCOME("segmenter", "vague_outcome", 0, 20),
  SEG_REFLECTION_CUE("segmenter", "reflection_cue", 0, 20),
  SEG_GENERIC_REFLECTION("segmenter", "generic_reflection", 0, 20),
  SEG_SYSTEMIC("segmenter", "systemic", 0, 20),
  SEG_POSITION("segmenter", "position", 0, 20),
  SEG_SKIP_PART("segmenter", "skip_part", 0, 20);

  private final String section;
  private final String key;
  private final double min;
  private final double max;

  Weight(String section, String key) {
    this(section, key, 0, 100);
  }

  Weight(String section, String key, double min, double max) {
    this.section = section;
    this.key = key;
    this.min = min;
    this.max = max;
  }

  /** The section under {@code weights:} ({@code action}). */
  public String section() {
    return section;
  }

  /** The key inside the section ({@code handoff}). */
  public String key() {
    return key;
  }

  /** The dotted path in the rules file ({@code weights.action.handoff}). */
  public String path() {
    return "weights." + section + "." + key;
  }

  /** Smallest allowed value. */
  public double min() {
    return min;
  }

  /** Largest allowed value. */
  public double max() {
    return max;
  }

  /** The sections, in file order. */
  public static Set<String> sections() {
    Set<String> sections = new LinkedHashSet<>();
    for (Weight w : values()) {
      sections.add(w.section);
    }
    return sections;
  }

  /** Looks a weight up by section and key. */
  public static Optional<Weight> of(String section, String key) {
    String s = section.toLowerCase(Locale.ROOT);
    for (Weight w : values()) {
      if (w.section.equals(s) && w.key.equals(key)) {
        return Optional.of(w);
      }
    }
    return Optional.empty();
  }
}
