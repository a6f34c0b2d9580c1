package dev.starcoach.core.story.fit;

import static dev.starcoach.core.content.Step.ACTION;
import static dev.starcoach.core.content.Step.REFLECTION;
import static dev.starcoach.core.content.Step.RESULT;
import static dev.starcoach.core.content.Step.SITUATION;
import static dev.starcoach.core.content.Step.TASK;
import static dev.starcoach.core.story.fit.Rules.or;

import dev.starcoach.core.scoring.rules.Lexicon;

/**
 * Principles read mostly from how people were treated: Hire and Develop the Best, Earth's Best
 * Employer, Earn Trust, Have Backbone and Broad Responsibility.
 */
final class PeopleRules {
  private PeopleRules() {}

  /** Someone coached, mentored or hired, and shown to have grown. */
  static Evidence hireAndDevelop(StoryReading r) {
    Evidence e = new Evidence();
    String develop = r.cue(Cue.DEVELOP, TASK, ACTION);
    String hire = r.cue(Cue.HIRING, SITUATION, TASK, ACTION);
    e.substance(
        develop,
        "you developed someone",
        "no one you coached, mentored or gave a stretch of their own");
    e.substance(hire, "you hired", "");
    String grew = r.cue(Cue.GREW, RESULT, ACTION);
    if (develop.isEmpty() && hire.isEmpty()) {
      e.support(grew, "someone grew");
    } else {
      e.substance(
          grew, "they grew", "no sign that the person grew (a promotion, a new role, a skill)");
    }
    return e;
  }

  /** The team's wellbeing, workload, safety or inclusion, their voice, and what changed. */
  static Evidence bestEmployer(StoryReading r) {
    Evidence e = new Evidence();
    String wellbeing = r.cue(Cue.WELLBEING, SITUATION, TASK, ACTION);
    String inclusion = r.cue(Cue.INCLUSION, SITUATION, TASK, ACTION);
    e.substance(
        wellbeing,
        "the team's wellbeing",
        "nothing about the people's workload, wellbeing or safety");
    e.substance(inclusion, "inclusion", "");
    String outcome = r.cue(Cue.TEAM_OUTCOME, RESULT);
    if (wellbeing.isEmpty() && inclusion.isEmpty()) {
      e.support(outcome, "what changed for the team");
    } else {
      e.substance(
          outcome,
          "what changed for the team",
          "no outcome for the team in the Result (overtime, turnover, absence)");
    }
    e.support(r.cue(Cue.TEAM_VOICE, ACTION, TASK), "you asked the people doing the work");
    return e;
  }

  /** A mistake owned, candour, listening, promises kept; blame counts against. */
  static Evidence earnTrust(StoryReading r) {
    Evidence e = new Evidence();
    e.substance(
        or(
            r.cue(Cue.ADMITTED, ACTION, SITUATION, TASK, RESULT),
            r.lexicon(Lexicon.OWN_MISTAKE, SITUATION, TASK, ACTION)),
        "you owned a mistake",
        "no mistake you owned up to");
    e.substance(
        r.cue(Cue.CANDOUR, ACTION, RESULT),
        "you were candid",
        "no moment of candour, such as bad news you told plainly");
    e.support(r.cue(Cue.LISTENED, ACTION), "you listened");
    e.support(r.cue(Cue.KEPT_PROMISES, ACTION, RESULT), "promises kept");
    e.support(r.cue(Cue.RELATIONSHIP, SITUATION, TASK, RESULT), "the relationship at stake");
    e.against(
        r.lexicon(Lexicon.BLAME, SITUATION, TASK, ACTION, RESULT, REFLECTION),
        "blame on others",
        2);
    return e;
  }

  /** A disagreement, with evidence, and a commitment once it was decided. */
  static Evidence haveBackbone(StoryReading r) {
    Evidence e = new Evidence();
    String disagreed = r.cue(Cue.DISAGREED, TASK, ACTION);
    e.substance(disagreed, "you disagreed", "no moment where you pushed back or disagreed");
    if (!disagreed.isEmpty()) {
      e.substance(
          r.cue(Cue.COMMITTED, ACTION, RESULT),
          "and committed once it was decided",
          "say what you did once the decision was made: did you commit to it?");
      e.support(r.lexicon(Lexicon.DATA_EVIDENCE, ACTION), "with evidence");
    }
    return e;
  }

  /** Effects beyond the team or company, second-order effects, and a lasting change. */
  static Evidence broadResponsibility(StoryReading r) {
    Evidence e = new Evidence();
    e.substance(
        r.cue(Cue.BEYOND_COMPANY, SITUATION, TASK, ACTION),
        "effects beyond the team",
        "no one outside the team affected (users' privacy, safety, the community, the"
            + " environment)");
    e.substance(
        r.cue(Cue.SECOND_ORDER_EFFECT, SITUATION, TASK, ACTION, RESULT, REFLECTION),
        "you thought about who else it touched",
        "no second-order effects: who else did this touch?");
    e.support(r.cue(Cue.CHANGE_FOR_GOOD, RESULT), "a lasting change");
    return e;
  }
}
