package dev.starcoach.core.story.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.rules.RuleScorer;
import dev.starcoach.core.scoring.rules.ScoringRules;
import dev.starcoach.core.story.MappingDecision;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The estimator's contract: cells, reasons, decisions, names that are not evidence, speed. */
class PrincipleFitTest {
  static final PrincipleFit FIT = new PrincipleFit();

  /** A story of ours written for these tests (not in the labelled file). */
  static Map<Step, String> story() {
    Map<Step, String> s = new EnumMap<>(Step.class);
    s.put(
        Step.SITUATION,
        "I ran the returns desk at a garden centre. Refunds for dead plants were taking ten days"
            + " and customers were complaining at the till every weekend.");
    s.put(
        Step.TASK,
        "I promised the owner that by the end of the month every refund would be paid within two"
            + " days.");
    s.put(
        Step.ACTION,
        "I went through every refund from the last quarter and found that each one waited for the"
            + " buyer to sign it off on Fridays. I proposed a rule that staff could approve"
            + " refunds under 50 pounds themselves, wrote a one-page guide, and checked the"
            + " refund log every morning for three weeks.");
    s.put(
        Step.RESULT,
        "Refunds went from ten days to under two days by the end of the month, and complaints at"
            + " the till fell from about 20 a weekend to 3.");
    s.put(
        Step.REFLECTION,
        "A sign-off that protects nothing only slows customers down. I now ask who really needs"
            + " to approve a step before I add one.");
    return s;
  }

  @Test
  void every_principle_gets_a_cell_with_reasons_that_quote_the_story() {
    // GIVEN a story with a metric moved and a promise kept WHEN it is estimated
    StoryFit fit = FIT.estimate(story(), Map.of());
    // THEN all 16 principles have a cell, and Deliver Results is usable with the number quoted
    assertEquals(Principle.values().length, fit.cells().size());
    FitCell results = fit.cell(Principle.DELIVER_RESULTS);
    assertTrue(results.estimated().usable(), results.toString());
    assertTrue(
        results.reasons().stream().anyMatch(r -> r.contains("ten days to under two")),
        results.reasons().toString());
    // AND a principle the story does not speak to is not usable and says what is missing
    FitCell hire = fit.cell(Principle.HIRE_AND_DEVELOP_THE_BEST);
    assertFalse(hire.estimated().usable(), hire.toString());
    assertTrue(hire.reasons().stream().anyMatch(r -> r.startsWith("to make it stronger")));
  }

  @Test
  void the_persons_decisions_are_carried_into_the_cells() {
    // GIVEN a confirmation of an absent principle and a rejection of a usable one
    Map<Principle, MappingDecision> decisions =
        Map.of(
            Principle.HIRE_AND_DEVELOP_THE_BEST, MappingDecision.CONFIRMED,
            Principle.DELIVER_RESULTS, MappingDecision.REJECTED);
    // WHEN the story is estimated
    StoryFit fit = FIT.estimate(story(), decisions);
    // THEN the estimate is kept, the decision recorded, and the map counts the decision
    FitCell hire = fit.cell(Principle.HIRE_AND_DEVELOP_THE_BEST);
    assertEquals(MappingDecision.CONFIRMED, hire.decision().orElseThrow());
    assertEquals(FitStrength.USABLE, hire.counted());
    FitCell results = fit.cell(Principle.DELIVER_RESULTS);
    assertTrue(results.estimated().usable());
    assertEquals(FitStrength.ABSENT, results.counted());
    assertTrue(fit.cell(Principle.THINK_BIG).decision().isEmpty());
  }

  @Test
  void naming_principles_is_not_evidence_of_them() {
    // GIVEN a story that names principles and shows nothing
    Map<Step, String> s = new EnumMap<>(Step.class);
    s.put(Step.SITUATION, "I work in a busy team where ownership and customer obsession matter.");
    s.put(Step.TASK, "My task was to take ownership, dive deep and deliver results.");
    s.put(
        Step.ACTION,
        "I took ownership of everything, showed real customer obsession, dove deep and insisted"
            + " on the highest standards.");
    s.put(Step.RESULT, "I delivered results and earned the trust of the whole team.");
    s.put(Step.REFLECTION, "Ownership and bias for action are the keys to success.");
    // WHEN it is estimated
    StoryFit fit = FIT.estimate(s, Map.of());
    // THEN no principle is usable
    assertEquals(List.of(), fit.serves(), fit.serves().toString());
  }

  @Test
  void a_vague_result_caps_a_story_at_usable() {
    // GIVEN the story, with principles it serves strongly
    StoryFit before = FIT.estimate(story(), Map.of());
    List<Principle> strong =
        before.cells().values().stream()
            .filter(c -> c.estimated() == FitStrength.STRONG)
            .map(FitCell::principle)
            .toList();
    assertFalse(strong.isEmpty(), before.serves().toString());
    // WHEN its Result is made vague
    Map<Step, String> s = new EnumMap<>(story());
    s.put(Step.RESULT, "Things got better and everyone was happier.");
    StoryFit after = FIT.estimate(s, Map.of());
    // THEN nothing is strong any more, and the cells that were say the Result holds them back
    for (FitCell c : after.cells().values()) {
      assertNotEquals(FitStrength.STRONG, c.estimated(), c.toString());
    }
    for (Principle p : strong) {
      FitCell c = after.cell(p);
      boolean capped = c.estimated() == FitStrength.USABLE;
      assertTrue(!capped || c.reasons().stream().anyMatch(r -> r.contains("Result")), c.toString());
    }
  }

  @Test
  void an_empty_story_serves_nothing_and_missing_steps_are_fine() {
    // GIVEN no steps at all, and a story with only an Action
    StoryFit empty = FIT.estimate(Map.of(), Map.of());
    StoryFit partial = FIT.estimate(Map.of(Step.ACTION, story().get(Step.ACTION)), Map.of());
    // THEN every cell is absent or weak, and nothing throws
    assertEquals(List.of(), empty.serves());
    for (FitCell c : empty.cells().values()) {
      assertEquals(FitStrength.ABSENT, c.estimated());
    }
    assertEquals(List.of(), partial.serves(), partial.serves().toString());
  }

  @Test
  void the_estimate_is_deterministic_and_built_from_what_the_engine_has() {
    // GIVEN two estimators, one built from the engine's scorer and its rules
    RuleScorer scorer = RuleScorer.withDefaults();
    PrincipleFit fromEngine = new PrincipleFit(scorer, ScoringRules.loadDefault());
    // WHEN both estimate the same story twice
    StoryFit a = fromEngine.estimate(story(), Map.of());
    StoryFit b = new PrincipleFit(scorer).estimate(story(), Map.of());
    // THEN they agree exactly
    assertEquals(a, b);
    assertEquals(a, fromEngine.estimate(story(), Map.of()));
    assertThrows(NullPointerException.class, () -> FIT.estimate(null, Map.of()));
  }

  @Test
  void a_bank_of_50_stories_is_estimated_well_under_100_ms() {
    // GIVEN 50 of our labelled stories
    List<Map<Step, String>> bank =
        LabelledStories.all().stream().limit(50).map(LabelledStories.Labelled::steps).toList();
    for (int warm = 0; warm < 5; warm++) {
      bank.forEach(s -> FIT.estimate(s, Map.of()));
    }
    // WHEN the whole bank is estimated (CPU time of this thread, best of five runs: the
    // machine running the tests is shared)
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 5; run++) {
      long start = cpu.getCurrentThreadCpuTime();
      bank.forEach(s -> FIT.estimate(s, Map.of()));
      best = Math.min(best, cpu.getCurrentThreadCpuTime() - start);
    }
    // THEN it takes well under 100 ms
    System.out.printf("%n50 stories x 16 principles: best of 5 runs %.1f ms of CPU%n", best / 1e6);
    assertTrue(best < 100_000_000L, "took " + best / 1e6 + " ms");
  }
}
