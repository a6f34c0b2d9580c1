package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.fit.CoverageMap;
import dev.starcoach.core.story.fit.FitCell;
import dev.starcoach.core.story.fit.FitStrength;
import dev.starcoach.core.story.fit.StoryFit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which principles the interviewers of a loop cover. */
class LoopPlanTest {
  private static final List<Principle> ALL = List.of(Principle.values());

  private static CoverageMap.Column story(int number, Principle... serves) {
    Map<Principle, FitCell> cells = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      cells.put(p, new FitCell(p, FitStrength.ABSENT, List.of(), Optional.empty()));
    }
    for (Principle p : serves) {
      cells.put(p, new FitCell(p, FitStrength.STRONG, List.of("test"), Optional.empty()));
    }
    return new CoverageMap.Column(new StoryNumber(number), "story " + number, new StoryFit(cells));
  }

  private static List<Principle> weakestFirst(CoverageMap map) {
    return new GapCoach()
        .rank(map, List.of(), ALL).stream().map(GapCoach.Standing::principle).toList();
  }

  @Test
  void givenStories_whenPlanning_thenServedPrinciplesAndTheWeakestGapAreAsked() {
    // GIVEN stories serving Ownership twice, Deliver Results and Dive Deep once
    CoverageMap map =
        new CoverageMap(
            List.of(
                story(1, Principle.OWNERSHIP, Principle.DELIVER_RESULTS),
                story(2, Principle.OWNERSHIP, Principle.DIVE_DEEP)));

    // WHEN a loop of four is planned
    List<Principle> plan =
        LoopPlan.principles(map, weakestFirst(map), ALL, LoopPlan.ROUNDS, new Random(3));

    // THEN four different principles: the three served, and the weakest gap (no story at all)
    assertEquals(4, new HashSet<>(plan).size());
    assertTrue(
        plan.containsAll(
            List.of(Principle.OWNERSHIP, Principle.DELIVER_RESULTS, Principle.DIVE_DEEP)),
        plan.toString());
    assertTrue(plan.contains(Principle.CUSTOMER_OBSESSION), "the weakest gap: " + plan);
    assertTrue(plan.stream().anyMatch(p -> map.usableCount(p) < CoverageMap.ENOUGH));
  }

  @Test
  void givenManyServedPrinciples_whenPlanning_thenOneInterviewerStillAsksAGap() {
    // GIVEN two stories that each serve eight principles, so eight are covered twice
    Principle[] served = java.util.Arrays.copyOfRange(Principle.values(), 0, 8);
    CoverageMap map = new CoverageMap(List.of(story(1, served), story(2, served)));

    // WHEN a loop is planned
    List<Principle> plan =
        LoopPlan.principles(map, weakestFirst(map), ALL, LoopPlan.ROUNDS, new Random(5));

    // THEN three served principles and one without a usable story
    assertEquals(3, plan.stream().filter(p -> map.usableCount(p) == 2).count(), plan.toString());
    assertEquals(1, plan.stream().filter(p -> map.usableCount(p) == 0).count(), plan.toString());
  }

  @Test
  void givenNoStories_whenPlanning_thenASpreadOfDifferentPrinciplesSameForTheSameSeed() {
    CoverageMap none = new CoverageMap(List.of());

    List<Principle> first =
        LoopPlan.principles(none, weakestFirst(none), ALL, LoopPlan.ROUNDS, new Random(11));
    List<Principle> again =
        LoopPlan.principles(none, weakestFirst(none), ALL, LoopPlan.ROUNDS, new Random(11));

    assertEquals(4, new HashSet<>(first).size());
    assertEquals(first, again, "deterministic given the random");
  }

  @Test
  void givenFewerPrinciplesThanRounds_whenPlanning_thenEachAvailableOneOnce() {
    CoverageMap none = new CoverageMap(List.of());
    List<Principle> two = List.of(Principle.FRUGALITY, Principle.THINK_BIG);

    List<Principle> plan =
        LoopPlan.principles(none, weakestFirst(none), two, LoopPlan.ROUNDS, new Random(1));

    assertEquals(new HashSet<>(two), new HashSet<>(plan));
    assertEquals(2, plan.size());
  }
}
