package dev.starcoach.core.story.fit;

import static dev.starcoach.core.content.Step.ACTION;
import static dev.starcoach.core.content.Step.REFLECTION;
import static dev.starcoach.core.content.Step.RESULT;
import static dev.starcoach.core.content.Step.SITUATION;
import static dev.starcoach.core.content.Step.TASK;
import static dev.starcoach.core.story.fit.Rules.both;
import static dev.starcoach.core.story.fit.Rules.or;

import dev.starcoach.core.scoring.rules.Lexicon;
import dev.starcoach.core.scoring.rules.TextFacts;

/**
 * Principles read mostly from what was done and what came of it: Customer Obsession, Ownership,
 * Deliver Results, Bias for Action and Frugality.
 */
final class OutcomeRules {
  private OutcomeRules() {}

  /** A named customer or user, their problem, going to them, and what changed for them. */
  static Evidence customerObsession(StoryReading r) {
    Evidence e = new Evidence().needs(2);
    e.substance(
        r.near(Cue.CUSTOMER, Cue.CUSTOMER_PAIN, 12, SITUATION, TASK, ACTION),
        "the customer's problem",
        "no customer or user with a problem of their own: name who it was for and what it cost"
            + " them");
    e.substance(
        or(
            r.near(Cue.CUSTOMER_CONTACT, Cue.CUSTOMER, 8, ACTION, TASK, SITUATION),
            r.count(Cue.CUSTOMER, SITUATION, TASK, ACTION) > 0
                ? r.cue(Cue.CONTACT_PERSON, ACTION)
                : ""),
        "you went to the people it was for",
        "no moment where you talked to, asked or watched the customers themselves");
    String outcome = r.cue(Cue.CUSTOMER_OUTCOME, RESULT);
    if (outcome.isEmpty() && r.count(Cue.CUSTOMER, RESULT) > 0 && !r.number(RESULT).isEmpty()) {
      outcome = r.cue(Cue.CUSTOMER, RESULT);
    }
    e.substance(outcome, "what changed for them", "no outcome for the customer in the Result");
    e.support(r.cue(Cue.CUSTOMER, SITUATION, TASK, ACTION), "names who it was for");
    return e;
  }

  /** Beyond one's remit, self-started, one's own actions, seen through; not handed off. */
  static Evidence ownership(StoryReading r) {
    Evidence e = new Evidence();
    String boundary =
        or(
            or(
                r.cue(Cue.BEYOND_REMIT, SITUATION, TASK, ACTION),
                r.lexicon(Lexicon.SCOPE_BOUNDARY, SITUATION, TASK, ACTION)),
            r.negatedLexicon(Lexicon.ASSIGNED, SITUATION, TASK, ACTION));
    e.substance(
        boundary,
        "it was not yours to fix",
        "no point where you went beyond your own remit: say whose it was and that nobody asked"
            + " you");
    String started = or(r.cue(Cue.INITIATIVE, TASK, ACTION), r.scopeExpansion(TASK, ACTION));
    e.substance(
        started, "you started it yourself", "no moment where you acted before anyone asked");
    TextFacts a = r.facts(ACTION);
    if (a.concreteIActions() >= 2 && a.iActions() >= a.weActions()) {
      e.support(a.evidence(TextFacts.Evidence.CONCRETE_ACTION), "your own actions");
    }
    e.support(
        or(r.lexicon(Lexicon.FOLLOW_THROUGH, ACTION, RESULT), r.cue(Cue.CHANGE_FOR_GOOD, RESULT)),
        "you saw it through");
    if (a.handoff()) {
      e.against(or(a.evidence(TextFacts.Evidence.HANDOFF), "a hand-off"), "you handed it on", 2);
    }
    if (boundary.isEmpty() && (r.facts(TASK).assigned() || r.facts(ACTION).assigned())) {
      e.against(r.lexicon(Lexicon.ASSIGNED, TASK, ACTION), "the work was given to you", 1);
    }
    e.against(
        r.lexicon(Lexicon.BLAME, SITUATION, TASK, ACTION, RESULT, REFLECTION),
        "blame on others",
        2);
    if (a.weActions() > a.iActions() && a.concreteIActions() < 2) {
      e.against(
          or(a.evidence(TextFacts.Evidence.WE), "we"), "the actions are the team's, not yours", 1);
    }
    return e;
  }

  /** A metric with its baseline, a commitment met, a setback overcome. */
  static Evidence deliverResults(StoryReading r) {
    Evidence e = new Evidence().needs(2);
    String delta = r.metricDelta(RESULT);
    if (delta.isEmpty() && r.facts(SITUATION).numbers() > 0 && !r.number(RESULT).isEmpty()) {
      // the baseline told in the Situation, the change told in words in the Result
      delta = r.cue(Cue.MEASURED_CHANGE, RESULT);
    }
    e.substance(
        delta, "a metric moved", "no before-and-after number in the Result: say from what to what");
    String met = or(r.cue(Cue.MET, RESULT, ACTION), or(delta, r.number(RESULT)));
    e.substance(
        both(r.cue(Cue.COMMITMENT, TASK, SITUATION), met),
        "a commitment kept",
        "no commitment (a date or a target) that you then met");
    e.substance(
        both(r.cue(Cue.SETBACK, ACTION, SITUATION, TASK), met),
        "a setback you got past",
        "no setback on the way: what went wrong, and how did you still get there?");
    TextFacts result = r.facts(RESULT);
    if (delta.isEmpty() ? result.numbers() >= 1 : result.numbers() >= 3) {
      e.support(r.number(RESULT), "numbers in the Result");
    }
    return e;
  }

  /** Speed, and a calculated risk taken before all the facts were in. */
  static Evidence biasForAction(StoryReading r) {
    Evidence e = new Evidence();
    e.substance(
        r.cue(Cue.SPEED, ACTION, TASK),
        "you moved fast",
        "no sign of speed: say how quickly you acted and what waiting would have cost");
    e.substance(
        r.cue(Cue.CALCULATED_RISK, ACTION, TASK),
        "a calculated risk",
        "no decision taken before all the facts were in, with how you kept the risk small");
    if (r.count(Cue.SPEED, ACTION, TASK) >= 2) {
      e.support(r.second(Cue.SPEED, ACTION, TASK), "and again");
    }
    TextFacts a = r.facts(ACTION);
    if (a.noFollowThrough()) {
      e.against("waited", "you waited or moved on", 1);
    }
    return e;
  }

  /** A constraint on money, people or time, what was done without, and what it saved. */
  static Evidence frugality(StoryReading r) {
    Evidence e = new Evidence();
    e.substance(
        r.cue(Cue.CONSTRAINT, SITUATION, TASK, ACTION),
        "a tight constraint",
        "no constraint on money, people or time that shaped what you did");
    e.substance(
        r.cue(Cue.DID_WITHOUT, ACTION),
        "you made do with what you had",
        "nothing you reused or did without instead of buying or hiring");
    String saved = r.cue(Cue.SAVED, RESULT);
    if (saved.isEmpty() && r.facts(RESULT).money()) {
      saved = r.number(RESULT);
    }
    e.support(saved, "what it saved");
    return e;
  }
}
