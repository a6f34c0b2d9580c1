package dev.starcoach.core.story.fit;

import static dev.starcoach.core.content.Step.ACTION;
import static dev.starcoach.core.content.Step.RESULT;
import static dev.starcoach.core.content.Step.SITUATION;
import static dev.starcoach.core.content.Step.TASK;
import static dev.starcoach.core.story.fit.Rules.or;

import dev.starcoach.core.scoring.rules.Lexicon;
import dev.starcoach.core.scoring.rules.TextFacts;

/**
 * Principles read mostly from how the work was thought through: Invent and Simplify, Are Right A
 * Lot, Learn and Be Curious, Insist on the Highest Standards, Think Big and Dive Deep.
 */
final class JudgementRules {
  private JudgementRules() {}

  /**
   * A new way, something removed or made simpler, automation, and its before and after. Two kinds
   * are asked for, except where one kind is already the whole idea: one thing put in the place of
   * several, or parts of the work taken away for good.
   */
  static Evidence inventAndSimplify(StoryReading r) {
    String oneForMany = r.near(Cue.REPLACED, Cue.ONE_IN_PLACE, 6, ACTION, RESULT);
    String takenAway = r.cue(Cue.TAKEN_AWAY, ACTION, RESULT);
    String automated = r.cue(Cue.AUTOMATED, ACTION);
    String whole = or(oneForMany, takenAway);
    Evidence e = new Evidence().needs(whole.isEmpty() ? 2 : 1);
    e.substance(
        r.cue(Cue.NEW_WAY, ACTION),
        "a new way of doing it",
        "no new way of doing the work: say what you invented or redesigned");
    e.substance(
        or(r.cue(Cue.SIMPLIFIED, ACTION, RESULT), or(oneForMany, takenAway)),
        "something made simpler",
        "nothing removed or made simpler: which steps went away?");
    e.substance(automated, "work automated", "");
    String delta = r.metricDelta(RESULT);
    e.support(delta, "before and after");
    if (delta.isEmpty() && !whole.isEmpty()) {
      e.support(r.number(RESULT), "what it changed");
    }
    return e;
  }

  /** A judgement call, views against one's own sought out, and shown right later. */
  static Evidence areRightALot(StoryReading r) {
    Evidence e = new Evidence();
    String call = r.cue(Cue.JUDGEMENT, TASK, ACTION, SITUATION);
    e.substance(
        call,
        "a judgement call",
        "no decision that was yours to make: say what the options were and which you chose");
    String against = r.cue(Cue.OPPOSING_VIEWS, ACTION, TASK);
    String shown = r.cue(Cue.PROVED_RIGHT, RESULT, ACTION);
    if (call.isEmpty()) {
      e.support(against, "views against your own");
      e.support(shown, "shown right later");
    } else {
      e.substance(
          against,
          "you looked for views against your own",
          "no sign you sought out people who disagreed with you");
      e.substance(shown, "shown right later", "nothing showing afterwards that the call was right");
    }
    if (r.facts(ACTION).count(Lexicon.REASONING) >= 2) {
      e.support(r.lexicon(Lexicon.REASONING, ACTION), "your reasons");
    }
    return e;
  }

  /** Something new learned, then applied. Lessons in the Reflection do not count. */
  static Evidence learnAndBeCurious(StoryReading r) {
    Evidence e = new Evidence();
    String learned = r.cue(Cue.LEARNED, SITUATION, TASK, ACTION, RESULT);
    e.substance(
        learned,
        "you learned something new",
        "nothing new you set out to learn in the story itself (a lesson in the Reflection is"
            + " not enough)");
    if (!learned.isEmpty()) {
      String applied = r.cue(Cue.APPLIED, ACTION, RESULT);
      TextFacts a = r.facts(ACTION);
      if (applied.isEmpty() && r.count(Cue.LEARNED, SITUATION, TASK, ACTION) > 0) {
        applied = a.concreteIActions() >= 2 ? a.evidence(TextFacts.Evidence.CONCRETE_ACTION) : "";
      }
      e.substance(applied, "and put it to use", "not shown how you used what you learned");
    }
    return e;
  }

  /**
   * Refusing to accept less, a mechanism that keeps the bar, and a measured improvement. Two kinds
   * are asked for, except when work below the bar was stopped outright (would not release it, sent
   * it back), which is one on its own.
   */
  static Evidence highestStandards(StoryReading r) {
    Evidence e = new Evidence().needs(r.cue(Cue.STOPPED_BELOW_BAR, ACTION, TASK).isEmpty() ? 2 : 1);
    e.substance(
        r.cue(Cue.REFUSED, ACTION, TASK),
        "you refused to accept less",
        "no moment where you refused to accept or ship something below the bar");
    e.substance(
        r.cue(Cue.QUALITY_MECHANISM, ACTION, RESULT),
        "a mechanism that keeps the bar",
        "no mechanism (a check, a review, a rule) that keeps the standard without you");
    e.substance(
        r.cue(Cue.QUALITY, SITUATION, TASK, ACTION),
        "the bar named",
        "no quality bar named: what was not good enough, and by how much?");
    e.support(r.metricDelta(RESULT), "a measured improvement");
    return e;
  }

  /** A bold aim at scale, a long horizon, and backing won for it. */
  static Evidence thinkBig(StoryReading r) {
    Evidence e = new Evidence();
    e.substance(
        r.cue(Cue.BOLD, TASK, ACTION, SITUATION),
        "a bold aim",
        "no aim bigger than the task in front of you");
    e.substance(
        r.cue(Cue.LONG_HORIZON, TASK, ACTION, RESULT),
        "a long horizon",
        "no horizon beyond the next quarter: where should this be in three years?");
    e.support(r.cue(Cue.BUY_IN, ACTION), "you won backing for it");
    return e;
  }

  /**
   * Data or records gone through, the root cause, and the source seen first hand. Two kinds are
   * asked for ("found that" turns up in any story), except after a verb of investigating (traced,
   * ruled out, went through every record, reproduced), which is one on its own.
   */
  static Evidence diveDeep(StoryReading r) {
    String investigated = r.cue(Cue.INVESTIGATED, ACTION);
    Evidence e = new Evidence().needs(investigated.isEmpty() ? 2 : 1);
    String went = r.cue(Cue.WENT_THROUGH, ACTION);
    String cause = r.cue(Cue.ROOT_CAUSE, ACTION, RESULT);
    String source = r.cue(Cue.WENT_TO_SOURCE, ACTION);
    if (went.isEmpty() && cause.isEmpty() && source.isEmpty()) {
      went = investigated;
    }
    e.substance(
        went, "you went through the data yourself", "no data or records you went through yourself");
    e.substance(
        cause, "you found the cause", "no root cause: say what you found was really behind it");
    e.substance(source, "you went to the source", "");
    TextFacts s = r.facts(SITUATION);
    TextFacts a = r.facts(ACTION);
    if (s.numbers() + a.numbers() >= 3) {
      e.support(r.number(ACTION, SITUATION), "specifics");
    }
    return e;
  }
}
