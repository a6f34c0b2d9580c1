package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.ScoredAnswer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HomeStatsTest {
  private static final SessionKey KEY = SessionKey.of("slack", "team:T", "U1");
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void sessionsAveragesWeakestStepAndStreak() {
    // GIVEN answers on Mar 2 (gap on Mar 1... ) Mar 3, Mar 4 and Mar 5 (today) in two sessions
    List<ScoredAnswer> history =
        List.of(
            answer("s1", AnswerKind.SITUATION, 80, "2026-02-28T23:59:00Z"),
            answer("s1", AnswerKind.TASK, 40, "2026-03-03T08:00:00Z"),
            answer("s2", AnswerKind.SITUATION, 60, "2026-03-04T23:30:00Z"),
            answer("s2", AnswerKind.TASK, 50, "2026-03-05T00:10:00Z"),
            answer("s2", AnswerKind.PROBE, 90, "2026-03-05T00:20:00Z"));

    // WHEN the App Home figures are computed
    HomeStats stats = HomeStats.of(history, NOW);

    // THEN they count sessions, average each step, find the weakest, and count UTC days in a row
    assertEquals(2, stats.sessions());
    assertEquals(5, stats.answers());
    assertEquals(70, stats.averages().get(Step.SITUATION));
    assertEquals(45, stats.averages().get(Step.TASK));
    assertEquals(Optional.of(Step.TASK), stats.weakest());
    assertEquals(90, stats.probeAverage());
    assertEquals(-1, stats.mockAverage());
    assertEquals(3, stats.streakDays(), "Mar 3, 4 and 5; Feb 28 is not connected");
  }

  @Test
  void aStreakSurvivesUntilTheEndOfTheNextDayOnly() {
    List<ScoredAnswer> yesterday =
        List.of(answer("s", AnswerKind.ACTION, 70, "2026-03-04T12:00:00Z"));
    List<ScoredAnswer> older = List.of(answer("s", AnswerKind.ACTION, 70, "2026-03-03T12:00:00Z"));

    assertEquals(1, HomeStats.of(yesterday, NOW).streakDays());
    assertEquals(0, HomeStats.of(older, NOW).streakDays());
  }

  @Test
  void noHistoryMeansNoWeakestStep() {
    HomeStats stats = HomeStats.of(List.of(), NOW);
    assertEquals(0, stats.sessions());
    assertTrue(stats.weakest().isEmpty());
    assertEquals(0, stats.streakDays());
  }

  private static ScoredAnswer answer(String session, AnswerKind kind, int score, String at) {
    return new ScoredAnswer(
        session + kind + at,
        session,
        KEY,
        "q",
        Principle.OWNERSHIP,
        SessionMode.DRILL,
        kind,
        Level.SDE2,
        "text",
        score,
        10,
        20,
        1000,
        List.of(),
        Instant.parse(at));
  }
}
