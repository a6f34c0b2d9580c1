package dev.starcoach.core.scoring.findings;

import dev.starcoach.core.scoring.FindingCategory;

/** The coaching message of each finding category: what was seen and what to do instead. */
final class Coaching {
  private Coaching() {}

  /** {@code no_metric} for an answer that has numbers, just fewer than answers like it. */
  static String fewNumbers() {
    return "Few numbers for an answer like this: give the size of the problem and of the change,"
        + " with units (%, minutes, £), where you have them.";
  }

  /** {@code we_language} for an answer with no "we" in it, just too little said with "I". */
  static String fewOwnActions() {
    return "Too little of this says what you did yourself: say with 'I' the steps you took.";
  }

  static String message(FindingCategory c) {
    return switch (c) {
      case WE_LANGUAGE ->
          "'We' hides your part. Credit the team, then say with 'I' what you yourself did.";
      case HANDOFF ->
          "Hand-off: the problem was routed to others and they fixed it. Tell what you did"
              + " yourself: the analysis, the fix you brought, how you got it in.";
      case ASSIGNED ->
          "The work reads as given to you. Say what made it yours beyond the assignment, or pick"
              + " a story where you chose to act.";
      case NO_SCOPE_BOUNDARY ->
          "Say where your remit ended and why you went past it: whose it was, that nobody asked.";
      case NO_METRIC ->
          "No number: say how big it was or how much it changed, with a unit (%, minutes, £).";
      case NO_BASELINE ->
          "A number without its baseline: say from what to what, or against what it compares.";
      case NO_BUSINESS_IMPACT ->
          "Say why it mattered: who was hurt, what it cost, what was at risk.";
      case NO_SECOND_ORDER ->
          "Say what followed beyond the fix: adopted elsewhere, made the standard, prevented"
              + " a repeat.";
      case VAGUE_OUTCOME ->
          "Vague: this says effort or claims, not what was done or what changed. Name the"
              + " concrete steps, things and numbers.";
      case GENERIC_REFLECTION ->
          "Generic lesson. Tie it to this story's facts or name the habit or mechanism you"
              + " changed because of it.";
      case TOO_LONG -> "Too long for this step: cut to the few facts that carry it.";
      case TOO_SHORT -> "Too thin to show what you did: add the specifics the step asks for.";
      case ARCHITECTURE_TOUR ->
          "An architecture tour: lead with the problem and why it mattered, not the system map.";
      case HEDGING -> "Hedging ('I think', 'kind of', 'maybe') undercuts you. Say it plainly.";
      case PASSIVE_VOICE ->
          "Passive voice ('it was fixed') hides who acted. Say who did what, with 'I'.";
      case NO_FOLLOW_THROUGH ->
          "No follow-through: waiting, assuming or moving on. Say how you made sure it landed.";
      case OFF_TOPIC ->
          "This does not answer the question asked. Take up its words and answer it directly.";
      case UNSUPPORTED_CLAIM ->
          "A claim with nothing behind it ('nobody asked me', 'I took ownership'). Show it with"
              + " what you did, what you used and the numbers; the claim alone earns nothing.";
      case BLAME ->
          "This blames others. Say what you did about it and what you would do differently.";
      case I_STATEMENTS -> "Your own part is clear: 'I' does the actions.";
      case SCOPE_BOUNDARY -> "A clear scope boundary, backed by what you did.";
      case SELF_INITIATED -> "You chose to act, and the answer shows how.";
      case METRIC_DELTA -> "A measurable change with its baseline or a concrete goal.";
      case BUSINESS_IMPACT -> "Says why it mattered.";
      case SECOND_ORDER -> "Shows what followed beyond the fix.";
      case SPECIFIC_INSIGHT -> "A specific lesson: tied to the story or a habit that changed.";
      case SYSTEMIC_INSIGHT -> "Names the organisational cause, not only the technical one.";
      case BROUGHT_SOLUTION -> "You brought a solution and followed it through.";
      case DATA_EVIDENCE -> "Specifics: numbers, durations, named things you made or used.";
      case REASONS -> "Gives reasons and trade-offs: why this and not something else.";
      case CONCRETE_ACTIONS -> "Concrete actions: what you did, with real verbs.";
    };
  }
}
