package dev.starcoach.core.scoring.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.rules.RuleScorer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every score explains itself: points add up, the main flaw first, an issue below 60. */
class ExplanationTest {
  static final RuleScorer SCORER = RuleScorer.withDefaults();

  @Test
  void the_points_of_the_findings_add_up_to_the_score() {
    for (Map<AnswerKind, List<String>> set : List.of(OwnAnswers.WEAK, OwnAnswers.STRONG)) {
      set.forEach(
          (kind, answers) -> {
            for (String text : answers) {
              // GIVEN one of our answers WHEN scored
              Assessment a = SCORER.assess(ScoreRequest.of(kind, text, Level.SDE2));
              int sum = a.findings().stream().mapToInt(Finding::points).sum();
              // THEN its first reason states base + points = score, and they add up
              String first = a.reasons().get(0);
              int base = Integer.parseInt(first.replaceAll("^Score \\d+ = (\\d+) .*$", "$1"));
              assertEquals(a.score(), base + sum, first);
            }
          });
    }
  }

  @Test
  void a_weak_score_always_names_an_issue_and_the_costliest_comes_first() {
    OwnAnswers.WEAK.forEach(
        (kind, answers) -> {
          for (String text : answers) {
            // GIVEN a weak answer of ours WHEN scored
            Assessment a = SCORER.assess(ScoreRequest.of(kind, text, Level.SDE2));
            List<Finding> issues = a.findings(FindingKind.ISSUE);
            // THEN below 60 there is an issue, and issues come first, costliest first
            if (a.score() < 60) {
              assertFalse(issues.isEmpty(), text);
            }
            for (int i = 1; i < issues.size(); i++) {
              assertTrue(
                  issues.get(i - 1).points() <= issues.get(i).points(), a.findings().toString());
            }
            assertTrue(
                a.findings().isEmpty()
                    || a.findings().get(0).kind() == FindingKind.ISSUE
                    || issues.isEmpty());
          }
        });
  }

  @Test
  void strong_answers_of_ours_outscore_weak_ones_of_the_same_step() {
    OwnAnswers.STRONG.forEach(
        (kind, strong) -> {
          // GIVEN our strong and weak answers for a step WHEN scored
          int worstStrong =
              strong.stream()
                  .mapToInt(t -> SCORER.assess(ScoreRequest.of(kind, t, Level.SDE2)).score())
                  .min()
                  .orElseThrow();
          int bestWeak =
              OwnAnswers.WEAK.get(kind).stream()
                  .mapToInt(t -> SCORER.assess(ScoreRequest.of(kind, t, Level.SDE2)).score())
                  .max()
                  .orElseThrow();
          // THEN every strong one beats every weak one
          assertTrue(worstStrong > bestWeak, kind + ": " + worstStrong + " <= " + bestWeak);
        });
  }

  @Test
  void an_ownership_question_never_rewards_assigned_work_more_than_no_principle() {
    // GIVEN an assigned Task with no scope boundary
    String task =
        "My lead assigned me the ticket to speed up the nightly export from 3 hours to 1.";
    // WHEN it is judged for Ownership and without a principle
    int plain = SCORER.assess(ScoreRequest.of(AnswerKind.TASK, task, Level.SDE2)).score();
    int owned =
        SCORER
            .assess(ScoreRequest.of(AnswerKind.TASK, task, Level.SDE2, Principle.OWNERSHIP))
            .score();
    // THEN Ownership, which asks for initiative beyond the remit, scores it no higher
    assertTrue(owned <= plain, owned + " > " + plain);
  }

  @Test
  void an_issue_never_quotes_a_strength_nor_claims_what_the_text_disproves() {
    for (Map<AnswerKind, List<String>> set : List.of(OwnAnswers.WEAK, OwnAnswers.STRONG)) {
      set.forEach(
          (kind, answers) -> {
            for (String text : answers) {
              // GIVEN one of our answers WHEN scored
              Assessment a = SCORER.assess(ScoreRequest.of(kind, text, Level.SDE2));
              List<String> strengthQuotes =
                  a.findings(FindingKind.STRENGTH).stream()
                      .map(Finding::evidence)
                      .filter(q -> !q.isEmpty())
                      .toList();
              for (Finding issue : a.findings(FindingKind.ISSUE)) {
                // THEN no issue quotes the words a strength quotes (an unsupported claim quotes
                // the claim itself, which may also be credited: that is its point)
                assertFalse(
                    !issue.evidence().isEmpty()
                        && issue.category() != FindingCategory.UNSUPPORTED_CLAIM
                        && strengthQuotes.contains(issue.evidence()),
                    issue + " in " + a.findings());
                // AND "no number" is never said of a text with a digit in it
                if (issue.message().startsWith("No number")) {
                  assertFalse(text.matches("(?s).*\\d.*"), issue + ": " + text);
                }
                // AND "'We' hides your part" is said only where "we" is written
                if (issue.message().startsWith("'We' hides")) {
                  assertTrue(
                      text.toLowerCase(java.util.Locale.ROOT).matches("(?s).*\\b(we|our|us)\\b.*"),
                      issue + ": " + text);
                }
              }
            }
          });
    }
  }

  @Test
  void givenAnAnswerWithNumbersBelowTheNorm_whenScored_thenTheIssueSaysFewNumbersNotNone() {
    // GIVEN a full answer with a metric, short on specifics overall
    String text =
        "I was the on-call engineer when checkout errors jumped from 0.2% to 9%. It was another"
            + " team's service, but they were offline, so I pulled the logs, found a retry"
            + " setting exhausting the pool, rolled it back and added an alert. Errors fell to"
            + " 0.2% in 20 minutes and we recovered 1,200 orders. I learned to check recent"
            + " config changes first.";
    // WHEN scored
    Assessment a = SCORER.assess(ScoreRequest.of(AnswerKind.FULL, text, Level.SDE2));
    // THEN any no_metric finding says "few numbers" and quotes nothing
    a.findings(FindingKind.ISSUE).stream()
        .filter(f -> f.category().id().equals("no_metric"))
        .forEach(
            f -> {
              assertTrue(f.message().startsWith("Few numbers"), f.toString());
              assertEquals("", f.evidence());
            });
  }
}
