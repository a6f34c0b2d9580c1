package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.GapCoach.GapPick;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.ScoredAnswer;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.fit.CoverageMap;
import dev.starcoach.core.story.fit.FitCell;
import dev.starcoach.core.story.fit.FitStrength;
import dev.starcoach.core.story.fit.StoryFit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each tie-breaker of the gap pick, and the focus step. */
class GapCoachTest {
  private static final Instant NOW = Instant.parse("2026-03-16T09:00:00Z");
  private static final SessionKey KEY = SessionKey.of("test", "room", "ada");
  private static final Set<Principle> THREE =
      Set.of(Principle.OWNERSHIP, Principle.DIVE_DEEP, Principle.FRUGALITY);

  private final GapCoach coach = new GapCoach();
  private final List<ScoredAnswer> history = new ArrayList<>();

  /** A story column that serves exactly the principles given, as usable. */
  private static CoverageMap.Column story(int number, Principle... serves) {
    Map<Principle, FitCell> cells = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      cells.put(p, new FitCell(p, FitStrength.ABSENT, List.of(), Optional.empty()));
    }
    for (Principle p : serves) {
      cells.put(p, new FitCell(p, FitStrength.USABLE, List.of("test"), Optional.empty()));
    }
    return new CoverageMap.Column(new StoryNumber(number), "story " + number, new StoryFit(cells));
  }

  private static CoverageMap coverage(CoverageMap.Column... columns) {
    return new CoverageMap(List.of(columns));
  }

  private void answered(Principle p, AnswerKind kind, int score, Instant at) {
    history.add(
        new ScoredAnswer(
            "a" + history.size(),
            "s",
            KEY,
            p.id() + "-q",
            p,
            SessionMode.DRILL,
            kind,
            Level.SDE2,
            "text",
            score,
            10,
            20,
            1000,
            List.of(),
            at));
  }

  @Test
  void givenOnePrincipleWithoutStories_whenPicking_thenFewestUsableStoriesWinsOverScores() {
    // GIVEN Ownership and Frugality served by a story each, Dive Deep by none
    CoverageMap map = coverage(story(1, Principle.OWNERSHIP), story(2, Principle.FRUGALITY));
    // AND Dive Deep answered well while Ownership was answered badly
    answered(Principle.DIVE_DEEP, AnswerKind.ACTION, 90, NOW.minus(Duration.ofDays(1)));
    answered(Principle.OWNERSHIP, AnswerKind.ACTION, 30, NOW.minus(Duration.ofDays(20)));

    // WHEN the gap is picked
    GapPick pick = coach.pick(map, history, THREE, NOW);

    // THEN it is Dive Deep, and the first reason says it has no usable story
    assertEquals(Principle.DIVE_DEEP, pick.principle());
    assertEquals("no usable story for Dive Deep yet (you need 2)", pick.reasons().get(0));
  }

  @Test
  void givenEqualStories_whenPicking_thenTheLowestRecentAverageWinsOverTheLastFiveOnly() {
    // GIVEN no stories at all
    CoverageMap map = coverage();
    // AND Ownership once strong, but its last five answers average 48
    for (int i = 0; i < 3; i++) {
      answered(Principle.OWNERSHIP, AnswerKind.RESULT, 100, NOW.minus(Duration.ofDays(30 - i)));
    }
    int[] recent = {40, 50, 45, 55, 50};
    for (int i = 0; i < recent.length; i++) {
      answered(
          Principle.OWNERSHIP, AnswerKind.ACTION, recent[i], NOW.minus(Duration.ofDays(5 - i)));
    }
    // AND Dive Deep and Frugality answered at 60 and 70, longer ago
    answered(Principle.DIVE_DEEP, AnswerKind.FULL, 60, NOW.minus(Duration.ofDays(40)));
    answered(Principle.FRUGALITY, AnswerKind.FULL, 70, NOW.minus(Duration.ofDays(50)));

    // WHEN the gap is picked
    GapPick pick = coach.pick(map, history, THREE, NOW);

    // THEN Ownership, with its average over the last five named
    assertEquals(Principle.OWNERSHIP, pick.principle());
    assertTrue(
        pick.reasons().contains("your Ownership answers average 48 over the last 5"),
        pick.reasons().toString());
  }

  @Test
  void givenEqualStoriesAndAverages_whenPicking_thenTheLongestSincePractisedWins() {
    // GIVEN the same stories and the same average, Frugality practised 9 days ago
    CoverageMap map =
        coverage(story(1, Principle.OWNERSHIP, Principle.DIVE_DEEP, Principle.FRUGALITY));
    answered(Principle.OWNERSHIP, AnswerKind.TASK, 60, NOW.minus(Duration.ofDays(2)));
    answered(Principle.DIVE_DEEP, AnswerKind.TASK, 60, NOW.minus(Duration.ofDays(4)));
    answered(Principle.FRUGALITY, AnswerKind.TASK, 60, NOW.minus(Duration.ofDays(9)));

    // WHEN the gap is picked
    GapPick pick = coach.pick(map, history, THREE, NOW);

    // THEN Frugality, saying how long ago
    assertEquals(Principle.FRUGALITY, pick.principle());
    assertTrue(pick.reasons().contains("not practised for 9 days"), pick.reasons().toString());
    assertTrue(
        pick.reasons().get(0).startsWith("only 1 usable story for Frugality"),
        pick.reasons().toString());
  }

  @Test
  void givenANeverAnsweredPrinciple_whenPicking_thenItComesBeforeAnyAverage() {
    // GIVEN Ownership and Dive Deep answered badly, Frugality never
    answered(Principle.OWNERSHIP, AnswerKind.ACTION, 10, NOW.minus(Duration.ofDays(1)));
    answered(Principle.DIVE_DEEP, AnswerKind.ACTION, 15, NOW.minus(Duration.ofDays(1)));

    // WHEN the gap is picked
    GapPick pick = coach.pick(coverage(), history, THREE, NOW);

    // THEN the principle with no evidence at all
    assertEquals(Principle.FRUGALITY, pick.principle());
    assertTrue(pick.reasons().contains("you have not answered a Frugality question yet"));
  }

  @Test
  void givenAFullTie_whenRanking_thenThePrinciplesOwnOrderDecides() {
    // GIVEN nothing known about any principle
    // WHEN every principle is ranked
    List<Principle> ranked =
        coach.rank(coverage(), history, Set.of(Principle.values())).stream()
            .map(GapCoach.Standing::principle)
            .toList();

    // THEN they come in their own order
    assertEquals(List.of(Principle.values()), ranked);
  }

  @Test
  void givenStepScores_whenFocusing_thenTheLowestRecentStepAverageIsTheFocus() {
    // GIVEN Result answers averaging 48 and Action answers averaging 70, on any principle
    answered(Principle.OWNERSHIP, AnswerKind.RESULT, 46, NOW.minus(Duration.ofDays(3)));
    answered(Principle.DIVE_DEEP, AnswerKind.RESULT, 50, NOW.minus(Duration.ofDays(2)));
    answered(Principle.OWNERSHIP, AnswerKind.ACTION, 70, NOW.minus(Duration.ofDays(2)));
    // AND a full answer, which is no step
    answered(Principle.OWNERSHIP, AnswerKind.FULL, 5, NOW.minus(Duration.ofDays(1)));

    // WHEN the gap is picked
    GapPick pick = coach.pick(coverage(), history, THREE, NOW);

    // THEN the focus is the Result, and the reasons say so with its average
    assertEquals(Step.RESULT, pick.focus());
    assertTrue(
        pick.reasons().stream()
            .anyMatch(r -> r.startsWith("your Result answers average 48 over the last 2")),
        pick.reasons().toString());
  }

  @Test
  void givenNoHistory_whenFocusing_thenTheActionIsTheFocus() {
    GapPick pick = coach.pick(coverage(), history, THREE, NOW);

    assertEquals(Step.ACTION, pick.focus());
    assertTrue(pick.reasons().get(pick.reasons().size() - 1).contains("Action"));
  }
}
