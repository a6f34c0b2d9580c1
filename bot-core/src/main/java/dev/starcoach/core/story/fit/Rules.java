package dev.starcoach.core.story.fit;

import dev.starcoach.core.content.Principle;

/** Which rule reads which principle. */
final class Rules {
  private Rules() {}

  /** What the story shows for one principle. */
  static Evidence read(Principle p, StoryReading r) {
    return switch (p) {
      case CUSTOMER_OBSESSION -> OutcomeRules.customerObsession(r);
      case OWNERSHIP -> OutcomeRules.ownership(r);
      case DELIVER_RESULTS -> OutcomeRules.deliverResults(r);
      case BIAS_FOR_ACTION -> OutcomeRules.biasForAction(r);
      case FRUGALITY -> OutcomeRules.frugality(r);
      case INVENT_AND_SIMPLIFY -> JudgementRules.inventAndSimplify(r);
      case ARE_RIGHT_A_LOT -> JudgementRules.areRightALot(r);
      case LEARN_AND_BE_CURIOUS -> JudgementRules.learnAndBeCurious(r);
      case INSIST_ON_THE_HIGHEST_STANDARDS -> JudgementRules.highestStandards(r);
      case THINK_BIG -> JudgementRules.thinkBig(r);
      case DIVE_DEEP -> JudgementRules.diveDeep(r);
      case HIRE_AND_DEVELOP_THE_BEST -> PeopleRules.hireAndDevelop(r);
      case EARTHS_BEST_EMPLOYER -> PeopleRules.bestEmployer(r);
      case EARN_TRUST -> PeopleRules.earnTrust(r);
      case HAVE_BACKBONE -> PeopleRules.haveBackbone(r);
      case BROAD_RESPONSIBILITY -> PeopleRules.broadResponsibility(r);
    };
  }

  /** The first of two quotes that is not empty. */
  static String or(String a, String b) {
    return a.isEmpty() ? b : a;
  }

  /** Both quotes joined, or empty unless both were found. */
  static String both(String a, String b) {
    return a.isEmpty() || b.isEmpty() ? "" : a + " \u2026 " + b;
  }
}
