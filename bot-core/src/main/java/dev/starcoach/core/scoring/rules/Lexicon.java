package dev.starcoach.core.scoring.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * The phrase lists of the rules file, by key under {@code phrases:}. A list is either matched as
 * phrases (spans with evidence) or used as a set of single words.
 */
public enum Lexicon {
  NEGATORS(false),
  CLAUSE_BREAKS(false),
  SKIP_WORDS(false),
  NON_ACTION_VERBS(false),
  PASSIVE_AUX(false),
  IRREGULAR_PARTICIPLES(false),
  FUNCTION_WORDS(false),
  WE_SUBJECTS(true),
  OTHER_SUBJECTS(true),
  HEDGES(true),
  POST_NEGATORS(true),
  COORDINATION(true),
  ROUTING(true),
  HANDOFF_DIRECT(true),
  RESOLUTION_VERBS(true),
  BROUGHT_SOLUTION(true),
  DATA_EVIDENCE(true),
  FOLLOW_THROUGH(true),
  NO_FOLLOW_THROUGH(true),
  ASSIGNED(true),
  SCOPE_BOUNDARY(true),
  SCOPE_EXPANSION(true),
  ASSIGNMENT_LIMITS(true),
  SELF_INITIATED(true),
  GOAL(true),
  IMPACT(true),
  SITUATION_CUES(true),
  ARCHITECTURE(true),
  CHANGE_VERBS(true),
  RELATIVE_CHANGE(true),
  BUSINESS(true),
  SECOND_ORDER(true),
  VAGUE_OUTCOME(true),
  REFLECTION_CUES(true),
  GENERIC_REFLECTION(true),
  GENERIC_TOPICS(false),
  GENERIC_VALUES(false),
  GENERIC_VOCAB(false),
  MECHANISM(true),
  REASONING(true),
  SYSTEMIC(true),
  RESULT_CUES(true),
  PROBE_INFLUENCE(true),
  PROBE_MOTIVATION(true),
  PROBE_MEASUREMENT(true),
  PROBE_RETROSPECTIVE(true),
  PROBE_DEPTH(true),
  PROBE_VERIFICATION(true),
  STOCK_PHRASES(true),
  VAGUE_VERBS(true),
  BLAME(true),
  HABIT_CHANGE(true),
  OWN_MISTAKE(true),
  ARTEFACTS(false);

  private final boolean spans;

  Lexicon(boolean spans) {
    this.spans = spans;
  }

  /** The key under {@code phrases:} in the rules file. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when matches are recorded as spans; false for single-word sets. */
  public boolean spans() {
    return spans;
  }

  /** Looks a list up by its key. */
  public static Optional<Lexicon> byKey(String key) {
    for (Lexicon l : values()) {
      if (l.key().equals(key)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
