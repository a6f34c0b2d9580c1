package dev.starcoach.core.scoring.rules;

import static dev.starcoach.core.scoring.FindingCategory.ARCHITECTURE_TOUR;
import static dev.starcoach.core.scoring.FindingCategory.ASSIGNED;
import static dev.starcoach.core.scoring.FindingCategory.BROUGHT_SOLUTION;
import static dev.starcoach.core.scoring.FindingCategory.GENERIC_REFLECTION;
import static dev.starcoach.core.scoring.FindingCategory.HANDOFF;
import static dev.starcoach.core.scoring.FindingCategory.HEDGING;
import static dev.starcoach.core.scoring.FindingCategory.I_STATEMENTS;
import static dev.starcoach.core.scoring.FindingCategory.METRIC_DELTA;
import static dev.starcoach.core.scoring.FindingCategory.NO_BASELINE;
import static dev.starcoach.core.scoring.FindingCategory.NO_FOLLOW_THROUGH;
import static dev.starcoach.core.scoring.FindingCategory.NO_METRIC;
import static dev.starcoach.core.scoring.FindingCategory.NO_SCOPE_BOUNDARY;
import static dev.starcoach.core.scoring.FindingCategory.OFF_TOPIC;
import static dev.starcoach.core.scoring.FindingCategory.PASSIVE_VOICE;
import static dev.starcoach.core.scoring.FindingCategory.TOO_LONG;
import static dev.starcoach.core.scoring.FindingCategory.TOO_SHORT;
import static dev.starcoach.core.scoring.FindingCategory.VAGUE_OUTCOME;
import static dev.starcoach.core.scoring.FindingCategory.WE_LANGUAGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Segment;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Focused rules: one behaviour per test, GIVEN an answer, WHEN scored, THEN the finding. */
class RuleScorerTest {
  private static final RuleScorer SCORER = RuleScorer.withDefaults();

  private static Assessment score(AnswerKind kind, String text) {
    return SCORER.assess(ScoreRequest.of(kind, text, Level.SDE2));
  }

  private static Assessment score(AnswerKind kind, String text, Level level) {
    return SCORER.assess(ScoreRequest.of(kind, text, level));
  }

  private static Assessment probe(String question, String answer) {
    return SCORER.assess(new ScoreRequest(AnswerKind.PROBE, answer, Level.SDE2, question, 0));
  }

  private static Set<FindingCategory> issues(Assessment a) {
    return a.findings(FindingKind.ISSUE).stream()
        .map(Finding::category)
        .collect(Collectors.toSet());
  }

  private static final String STRONG_FULL =
      "Our invoice PDFs failed for about 6% of enterprise customers at month end, and finance had "
          + "to send them by hand. The PDF service belonged to the documents team, not mine, and "
          + "nobody had filed a ticket. I decided to find the cause before the next billing run. "
          + "I pulled the failed jobs from the logs and grouped them by customer. I found that every "
          + "failure had more than 500 line items and ran out of memory. I rewrote the renderer to "
          + "stream pages instead of building the whole file in memory. I load-tested it with the "
          + "largest real invoice and walked the documents team through the change. Failures fell "
          + "from 6% to zero, saving finance about 20 hours a month, and the documents team now uses "
          + "the streaming renderer for every export. I learned to test document generation with "
          + "the biggest real inputs, because memory limits only show up at the tail.";

  // ---------------------------------------------------------------- negation and scope

  @Test
  void waiting_for_a_ticket_is_assigned_work() {
    Assessment a =
        score(
            AnswerKind.TASK, "I waited for a ticket to be assigned before I looked at the deploy.");
    assertTrue(a.has(ASSIGNED), a.findings().toString());
  }

  @Test
  void a_task_without_a_boundary_is_named() {
    Assessment a = score(AnswerKind.TASK, "I started looking into the job to see why it was slow.");
    assertTrue(a.has(NO_SCOPE_BOUNDARY));
  }

  // ---------------------------------------------------------------- action

  @Test
  void we_hides_the_candidate_and_scores_below_i() {
    Assessment we =
        score(
            AnswerKind.ACTION,
            "We pulled the logs and we found the race condition. We wrote a fix and we shipped it with an alert.");
    Assessment i =
        score(
            AnswerKind.ACTION,
            "I pulled the logs and I found the race condition. I wrote a fix and I shipped it with an alert.");
    assertTrue(we.has(WE_LANGUAGE));
    assertTrue(i.has(I_STATEMENTS));
    assertTrue(i.score() > we.score() + 30, i.score() + " vs " + we.score());
  }

  @Test
  void a_slack_message_and_they_handled_it_is_a_handoff() {
    Assessment a =
        score(
            AnswerKind.ACTION, "I sent them a Slack message about the errors and they handled it.");
    assertTrue(a.has(HANDOFF));
    assertTrue(a.score() < 30);
  }

  @Test
  void flagging_while_bringing_a_fix_is_not_a_handoff() {
    Assessment a =
        probe(
            "How did you get their team to accept the fix?",
            "I flagged it to their tech lead for visibility, but I brought a complete fix. "
                + "I wrote the patch with 14 regression tests and a load test script, "
                + "and I followed up in review for 3 days until it merged.");
    assertFalse(a.has(HANDOFF), a.findings().toString());
    assertTrue(a.has(BROUGHT_SOLUTION));
  }

  @Test
  void coordinating_others_is_not_doing_the_work() {
    Assessment a =
        score(
            AnswerKind.ACTION,
            "I set up a meeting with the infra team and explained the issue. I asked them to raise the pool size. I checked in on Friday and they said it was done.");
    assertTrue(a.has(HANDOFF), a.findings().toString());
  }

  @Test
  void passive_voice_is_named() {
    Assessment a =
        score(
            AnswerKind.ACTION,
            "The logs were analysed and the cause was found. A fix was written and deployed.");
    assertTrue(a.has(PASSIVE_VOICE));
  }

  @Test
  void bullets_without_i_count_as_own_actions() {
    Assessment a =
        score(
            AnswerKind.ACTION,
            "- pulled 300 tickets and tagged them\n- rewrote the email\n- shipped it behind a flag");
    assertFalse(a.has(HANDOFF));
    assertTrue(a.has(I_STATEMENTS), a.findings().toString());
  }

  // ---------------------------------------------------------------- result

  @Test
  void a_metric_with_its_baseline_is_a_delta() {
    Assessment a =
        score(
            AnswerKind.RESULT,
            "Checkout errors fell from 2.1% to 0.3%, worth about $12K a month, and two other teams adopted the retry wrapper.");
    assertTrue(a.has(METRIC_DELTA));
    assertFalse(a.has(NO_BASELINE));
    assertTrue(a.score() >= 80);
  }

  @Test
  void a_number_without_a_baseline_is_named() {
    Assessment a = score(AnswerKind.RESULT, "After the change the error rate was 0.3%.");
    assertTrue(a.has(NO_BASELINE));
    assertFalse(a.has(METRIC_DELTA));
  }

  @Test
  void a_happy_team_is_not_a_result() {
    Assessment a = score(AnswerKind.RESULT, "Things got better and the team was happy.");
    assertTrue(a.has(VAGUE_OUTCOME));
    assertTrue(a.has(NO_METRIC));
    assertTrue(a.score() < 20);
  }

  // ---------------------------------------------------------------- reflection and level

  @Test
  void communication_is_important_is_generic() {
    Assessment a = score(AnswerKind.REFLECTION, "I learned communication is important.");
    assertTrue(a.has(GENERIC_REFLECTION));
    assertTrue(a.score() < 20);
  }

  @Test
  void a_decorated_platitude_is_still_generic() {
    Assessment a =
        score(
            AnswerKind.REFLECTION,
            "The main lesson is that in complex distributed payment systems, communication between teams is the most important thing.");
    assertTrue(a.has(GENERIC_REFLECTION), a.findings().toString());
  }

  // ---------------------------------------------------------------- probes

  @Test
  void a_why_answer_without_a_reason_is_off_topic() {
    Assessment a =
        probe(
            "Why did you decide to take this on?",
            "Because I had some free time and thought it might be nice.");
    assertTrue(a.has(OFF_TOPIC));
  }

  @Test
  void waiting_on_review_is_no_follow_through() {
    Assessment a =
        probe(
            "How did you make sure your fix was merged?",
            "I opened the pull request and then just waited until their reviewers got to it.");
    assertTrue(a.has(NO_FOLLOW_THROUGH));
  }

  // ---------------------------------------------------------------- typing and length

  @Test
  void markdown_and_emoji_do_not_change_the_reading() {
    String plain =
        "I pulled the logs. I traced the failure to the retry loop. I wrote a fix and added an alert.";
    String marked =
        "**Action** 🚀\n- I pulled the *logs* 👀\n- I traced the failure to the `retry` loop\n- I wrote a fix and added an alert ✅";
    Assessment a = score(AnswerKind.ACTION, plain);
    Assessment b = score(AnswerKind.ACTION, marked);
    assertEquals(issues(a), issues(b));
    assertTrue(Math.abs(a.score() - b.score()) <= 5, a.score() + " vs " + b.score());
  }

  @Test
  void hedging_is_named() {
    Assessment a =
        score(
            AnswerKind.SITUATION,
            "So basically there was kind of an issue, I think, where maybe some reports were sort of late.");
    assertTrue(a.has(HEDGING));
  }

  @Test
  void an_architecture_tour_is_named() {
    Assessment a =
        score(
            AnswerKind.SITUATION,
            "Our platform runs on Kubernetes with a Kafka cluster, a Redis cache, a Postgres database and a GraphQL gateway in front of twelve microservices written in Java and Python. The reports were late.");
    assertTrue(a.has(ARCHITECTURE_TOUR));
  }

  @Test
  void length_alone_does_not_buy_a_good_score() {
    String ramble =
        "So I think I was involved in a lot of the discussions about it and there were many opinions. "
            .repeat(20);
    Assessment a = score(AnswerKind.ACTION, ramble);
    assertTrue(a.score() < 40, "ramble scored " + a.score());
    assertTrue(a.has(TOO_LONG));
  }

  @Test
  void spoken_seconds_use_150_words_per_minute_and_step_targets() {
    String words = "word ".repeat(75).strip();
    Assessment a = score(AnswerKind.SITUATION, words);
    assertEquals(30.0, a.spokenSeconds(), 0.01);
    assertEquals(Step.SITUATION.defaultTargetSeconds(), a.targetSeconds());
    assertEquals(
        Level.SENIOR.totalBudgetSeconds(),
        score(AnswerKind.FULL, words, Level.SENIOR).targetSeconds());
    assertTrue(score(AnswerKind.SITUATION, "word ".repeat(140)).has(TOO_LONG));
  }

  @Test
  void empty_control_rtl_and_huge_inputs_never_throw() {
    List<String> inputs =
        List.of(
            "",
            "   ",
            "\u0000\u0001\u0007\b",
            "\u202Eأنا أصلحت الخطأ بنفسي\u202C",
            "🙂🙂🙂",
            "I ".repeat(60_000),
            "x".repeat(100_000),
            "1.2.3.4.5%$$$ 10x -- ** __ :) :tada:");
    for (AnswerKind kind : AnswerKind.values()) {
      for (String text : inputs) {
        Assessment a = SCORER.assess(new ScoreRequest(kind, text, Level.SENIOR, "Why?", 0));
        assertTrue(a.score() >= 0 && a.score() <= 100);
        assertTrue(
            a.reasons().stream().noneMatch(r -> r.contains("could not be scored")),
            kind + " " + a.reasons());
      }
    }
    assertEquals(0, score(AnswerKind.ACTION, "").score());
    assertTrue(score(AnswerKind.ACTION, "").has(TOO_SHORT));
  }

  @Test
  void random_text_never_throws() {
    Random random = new Random(42);
    for (int i = 0; i < 300; i++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(400);
      for (int k = 0; k < len; k++) {
        sb.appendCodePoint(
            random.nextInt(10) < 7 ? 32 + random.nextInt(95) : random.nextInt(0x1F700));
      }
      AnswerKind kind = AnswerKind.values()[i % AnswerKind.values().length];
      Assessment a = SCORER.assess(new ScoreRequest(kind, sb.toString(), Level.SDE1, "How?", 0));
      assertTrue(a.score() >= 0 && a.score() <= 100);
      assertTrue(
          a.reasons().stream().noneMatch(r -> r.contains("could not be scored")), sb.toString());
    }
  }

  // ---------------------------------------------------------------- full answers and verdicts

  @Test
  void a_full_answer_is_segmented_in_star_order() {
    Assessment a = score(AnswerKind.FULL, STRONG_FULL);
    List<Step> steps = a.segments().stream().map(Segment::step).toList();
    assertEquals(List.of(Step.values()), steps);
    assertTrue(a.segments().get(0).text().startsWith("Our invoice PDFs"));
    assertTrue(a.segments().get(4).text().startsWith("I learned"));
    assertTrue(a.verdict().isHire(), a.verdict() + " " + a.reasons());
  }

  @Test
  void a_handoff_caps_the_full_answer() {
    String handoff =
        STRONG_FULL.replace(
            "I pulled the failed jobs from the logs and grouped them by customer.",
            "I sent the documents team a Slack message and they handled it from there.");
    Assessment a =
        score(
            AnswerKind.FULL,
            "I noticed the invoices failing, so I sent the documents team a Slack message and they handled it. Failures went down and finance was happy.");
    assertTrue(a.has(HANDOFF));
    assertTrue(a.verdict().ordinal() >= Verdict.LEANING_NO_HIRE.ordinal());
    assertTrue(
        score(AnswerKind.FULL, handoff).has(HANDOFF)
            || score(AnswerKind.FULL, handoff).score()
                < score(AnswerKind.FULL, STRONG_FULL).score());
  }

  @Test
  void a_handoff_in_a_probe_drags_the_mock_verdict_down() {
    Assessment full = score(AnswerKind.FULL, STRONG_FULL);
    Assessment good =
        probe(
            "How did you get the documents team to accept it?",
            "I brought the patch with a load test and paired with their lead on the review until it merged.");
    Assessment bad =
        probe(
            "How did you get the documents team to accept it?",
            "I raised it with their manager over chat, and after that their team took care of it.");
    BarRaiserVerdict hire = SCORER.conclude(full, List.of(good), Level.SDE2);
    BarRaiserVerdict routed = SCORER.conclude(full, List.of(good, bad), Level.SDE2);
    assertTrue(hire.verdict().isHire(), hire.toString());
    assertEquals(Verdict.NO_HIRE, routed.verdict());
    assertTrue(routed.reasons().get(0).contains("handed the problem off"));
  }

  @Test
  void conclude_without_answers_is_no_hire() {
    assertEquals(Verdict.NO_HIRE, SCORER.conclude(null, List.of(), Level.SDE1).verdict());
  }

  @Test
  void single_steps_get_a_verdict_band() {
    assertTrue(
        score(
                AnswerKind.RESULT,
                "Errors fell from 4% to 0.5%, saving $3K a month, and the fix became our team's standard.")
            .verdict()
            .isHire());
    assertEquals(Verdict.NO_HIRE, score(AnswerKind.RESULT, "It went well.").verdict());
  }

  @Test
  void scoring_is_thread_safe_and_deterministic() {
    List<String> texts =
        IntStream.range(0, 200).mapToObj(i -> STRONG_FULL.substring(0, 200 + i * 3)).toList();
    List<Integer> sequential = texts.stream().map(t -> score(AnswerKind.FULL, t).score()).toList();
    List<Integer> parallel =
        texts.parallelStream().map(t -> score(AnswerKind.FULL, t).score()).toList();
    assertEquals(sequential, parallel);
  }

  @Test
  void every_finding_explains_itself() {
    for (AnswerKind kind : AnswerKind.values()) {
      for (Finding f : score(kind, STRONG_FULL + " We were happy. I think maybe.").findings()) {
        assertFalse(f.message().isBlank(), f.toString());
      }
    }
  }

  // ------------------------------------------------------------------ generalisation

  @Test
  void an_assignment_with_a_goal_but_no_limit_or_boundary_stays_assigned() {
    // GIVEN an assigned task dressed up with "a bigger goal"
    String text =
        "My manager asked me to fix the importer. I set a bigger goal: fix it properly by Friday.";
    // WHEN it is scored
    Assessment a = score(AnswerKind.TASK, text);
    // THEN it is still assigned work
    assertTrue(issues(a).contains(ASSIGNED), a.findings().toString());
  }

  @Test
  void telling_a_customer_inside_a_reason_is_not_a_hand_off() {
    // GIVEN a reason that mentions telling someone, in a clause led by someone else
    Assessment a =
        probe(
            "Why tell the client about the mistake?",
            "Saying it first was the only way she would believe the next thing I told her.");
    // THEN no hand-off
    assertFalse(issues(a).contains(HANDOFF), a.findings().toString());
  }

  @Test
  void a_verification_that_only_looked_right_is_hedged() {
    // GIVEN a verification question answered with an impression
    Assessment a =
        probe(
            "How did you make sure the new job was correct?",
            "I tested it on a few days of data and it looked right.");
    // THEN it is hedging, and a side-by-side diff beats it
    Assessment diff =
        probe(
            "How did you make sure the new job was correct?",
            "I ran both jobs side by side for two weeks and diffed every row; I explained each "
                + "mismatch before switching over.");
    assertTrue(issues(a).contains(HEDGING), a.findings().toString());
    assertTrue(diff.score() > a.score());
  }
}
