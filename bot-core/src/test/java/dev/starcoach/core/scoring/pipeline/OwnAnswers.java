package dev.starcoach.core.scoring.pipeline;

import dev.starcoach.core.scoring.AnswerKind;
import java.util.List;
import java.util.Map;

/**
 * Weak and strong answers, stock sentences and filler written for these tests (never copied from
 * the labelled sets), by answer kind.
 */
final class OwnAnswers {
  private OwnAnswers() {}

  static final Map<AnswerKind, List<String>> WEAK =
      Map.of(
          AnswerKind.SITUATION,
          List.of(
              "Our warehouse system has a lot of modules for picking, packing, returns and"
                  + " invoicing, and they all talk to each other through a message bus. There were"
                  + " some issues with it at the time.",
              "I was working at a bakery chain and things were quite busy. There were various"
                  + " problems with the ordering and people had been talking about it for a while.",
              "We had a project going on to move things to a new platform. It was a big project"
                  + " with a lot of teams involved."),
          AnswerKind.TASK,
          List.of(
              "My manager assigned me the ticket in the sprint meeting and my job was to fix it.",
              "I was asked to look into the problem and make sure it got sorted out properly.",
              "It was my task to handle the migration because I was the one on the team with"
                  + " time."),
          AnswerKind.ACTION,
          List.of(
              "I got involved straight away and worked closely with the team. I looked into the"
                  + " issue and made sure everyone knew it was important. I helped with the fix.",
              "We worked on it together as a team and we tried lots of different things until it"
                  + " was better. We kept an eye on it.",
              "I sent a message to the platform team about the errors and they handled it from"
                  + " there."),
          AnswerKind.RESULT,
          List.of(
              "In the end it went well and the team was happy with how things turned out.",
              "Things got a lot better after that and we got good feedback from the business.",
              "It was a success overall and the customers seemed happier with the service."),
          AnswerKind.REFLECTION,
          List.of(
              "I learned that communication is really important and that teamwork matters.",
              "This taught me to always give my best and to never give up when things are hard.",
              "Honestly the other team should have caught it in the first place, so I learned"
                  + " that you cannot rely on people."));

  static final Map<AnswerKind, List<String>> STRONG =
      Map.of(
          AnswerKind.SITUATION,
          List.of(
              "I ran the returns desk for a garden-supplies shop with 40,000 orders a year. In"
                  + " March, refunds started taking 19 days instead of 5, and 60 customers a week"
                  + " were phoning to chase their money, which tied up two of our four staff."),
          AnswerKind.TASK,
          List.of(
              "The refund process belonged to the finance office, not to my desk, and nobody had"
                  + " asked me to change it. I set myself the goal of getting refunds back under"
                  + " 7 days by the end of April without adding staff."),
          AnswerKind.ACTION,
          List.of(
              "I pulled three months of refund records into a spreadsheet and traced every step"
                  + " a refund passed through. I found that each one waited 9 days for a manual"
                  + " sign-off because of a rule written for orders over 500 pounds. I drafted a"
                  + " new threshold with the finance lead, wrote a one-page checklist for the"
                  + " desk, and I ran a two-week trial on half the refunds before we switched."),
          AnswerKind.RESULT,
          List.of(
              "Refunds fell from 19 days to 4 within six weeks, and chasing calls dropped from 60"
                  + " a week to 8. Finance made the new threshold the standard for all three"
                  + " shops, and the two staff went back to packing orders."),
          AnswerKind.REFLECTION,
          List.of(
              "I had assumed the delay was the bank's, and I was wrong for a month because I"
                  + " never looked at our own records. Now I always trace one real case end to end"
                  + " before I propose a fix, and I keep a checklist of every hand-over it"
                  + " passes."));

  /** Stock sentences: claims with nothing behind them. */
  static final Map<AnswerKind, List<String>> STOCK =
      Map.of(
          AnswerKind.SITUATION,
          List.of(
              "This was a high-impact, business-critical problem for the whole company.",
              "The stakes were very high for our customers and for the business."),
          AnswerKind.TASK,
          List.of(
              "Nobody asked me to do this; it was not my team's service and there was no ticket.",
              "I took ownership of it end to end because that is who I am."),
          AnswerKind.ACTION,
          List.of(
              "I took ownership end to end and drove alignment across all stakeholders.",
              "I showed a bias for action and went above and beyond to deliver results."),
          AnswerKind.RESULT,
          List.of(
              "The result was a big success and delivered significant business impact.",
              "It really moved the needle for the customer and the business."),
          AnswerKind.REFLECTION,
          List.of(
              "I learned that ownership and communication are key to success.",
              "This experience taught me to always raise the bar and think big."));

  /** Two sentences that say nothing. */
  static final List<String> FILLER =
      List.of(
          "It was a really interesting time for everyone. There was a lot going on back then.",
          "That was quite a period, to be fair. It is something I think about now and then.",
          "Anyway, that is the background to it. I remember it quite well actually.");
}
