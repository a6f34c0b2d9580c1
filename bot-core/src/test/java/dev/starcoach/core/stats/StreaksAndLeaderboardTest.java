package dev.starcoach.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.ScoredAnswer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreaksAndLeaderboardTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  private static Instant at(String isoUtc) {
    return Instant.parse(isoUtc);
  }

  @Test
  void weekendsNeitherCountNorBreakAStreakAndTodayIsNotOverYet() {
    // GIVEN answers on Thursday and Friday, none at the weekend, and Monday not yet answered
    List<Instant> answers = List.of(at("2026-03-05T15:00:00Z"), at("2026-03-06T15:00:00Z"));
    Instant mondayMorning = at("2026-03-09T13:00:00Z");

    // WHEN the streak is computed on Monday morning in New York
    int streak = Streaks.current(answers, NEW_YORK, Streaks.WEEKDAYS, mondayMorning);

    // THEN it is still 2; after a Monday answer it is 3; skipping Monday entirely breaks it
    assertEquals(2, streak);
    List<Instant> withMonday = new ArrayList<>(answers);
    withMonday.add(at("2026-03-09T14:00:00Z"));
    assertEquals(3, Streaks.current(withMonday, NEW_YORK, Streaks.WEEKDAYS, mondayMorning));
    assertEquals(
        0, Streaks.current(answers, NEW_YORK, Streaks.WEEKDAYS, at("2026-03-10T16:00:00Z")));
  }

  @Test
  void theSameInstantsMakeDifferentDaysInDifferentZones() {
    // GIVEN answers at 23:30 UTC on Monday and Tuesday (Tuesday and Wednesday morning in Tokyo)
    List<Instant> answers = List.of(at("2026-03-09T23:30:00Z"), at("2026-03-10T23:30:00Z"));
    Instant now = at("2026-03-11T01:00:00Z");

    // THEN in Tokyo both are weekdays in a row (Tue, Wed); in New York too (Mon, Tue)
    assertEquals(2, Streaks.current(answers, TOKYO, Streaks.WEEKDAYS, now));
    assertEquals(2, Streaks.current(answers, NEW_YORK, Streaks.WEEKDAYS, now));
    // AND with a Friday answer at 23:30 UTC: Saturday in Tokyo (ignored), Friday in New York
    List<Instant> friday = List.of(at("2026-03-13T23:30:00Z"));
    Instant saturdayNoonUtc = at("2026-03-14T12:00:00Z");
    assertEquals(0, Streaks.current(friday, TOKYO, Streaks.WEEKDAYS, saturdayNoonUtc));
    assertEquals(1, Streaks.current(friday, NEW_YORK, Streaks.WEEKDAYS, saturdayNoonUtc));
  }

  private static ScoredAnswer answer(String user, String place, Instant at, int score) {
    return new ScoredAnswer(
        user + at,
        "s-" + user,
        SessionKey.of("discord", place, user),
        "q",
        Principle.OWNERSHIP,
        SessionMode.MOCK,
        AnswerKind.FULL,
        Level.SDE2,
        "text",
        score,
        60,
        150,
        1000,
        List.of(new Finding(FindingCategory.NO_METRIC, "m", "")),
        at);
  }

  @Test
  void theWeekResetsOnMondayInThePlacesZoneAndPastWeeksStayViewable() {
    // GIVEN Ann answered Sunday 23:00 and Monday 01:00 New York time; Bob twice on Monday
    List<ScoredAnswer> answers =
        List.of(
            answer("ann", "guild:1#chan:7", at("2026-03-09T03:00:00Z"), 80),
            answer("ann", "guild:1#chan:7", at("2026-03-09T05:00:00Z"), 60),
            answer("bob", "guild:1#chan:8", at("2026-03-09T15:00:00Z"), 90),
            answer("bob", "guild:1#chan:8", at("2026-03-09T16:00:00Z"), 40),
            answer("eve", "guild:2#chan:1", at("2026-03-09T16:00:00Z"), 100));
    Instant wednesday = at("2026-03-11T12:00:00Z");

    // WHEN this week's server board and last week's are computed in New York time
    Leaderboard.Week thisWeek =
        Leaderboard.week(answers, p -> p.startsWith("guild:1"), NEW_YORK, wednesday, 0);
    Leaderboard.Week lastWeek =
        Leaderboard.week(answers, p -> p.startsWith("guild:1"), NEW_YORK, wednesday, 1);

    // THEN Sunday's answer belongs to last week; Bob's best Monday beats Ann's Monday
    assertEquals(LocalDate.of(2026, 3, 9), thisWeek.weekStart());
    assertEquals(
        List.of("bob", "ann"),
        thisWeek.standings().stream().map(s -> s.person().userId()).toList());
    assertEquals(19, thisWeek.standings().get(0).points());
    assertEquals(16, thisWeek.standings().get(1).points());
    assertEquals(1, lastWeek.standings().size());
    assertEquals(18, lastWeek.standings().get(0).points());

    // AND a channel board only counts that channel
    Leaderboard.Week channel =
        Leaderboard.week(answers, "guild:1#chan:8"::equals, NEW_YORK, wednesday, 0);
    assertEquals(
        List.of("bob"), channel.standings().stream().map(s -> s.person().userId()).toList());
  }

  @Test
  void statsNameTheWeakestStepAndItsMostFrequentIssue() {
    // GIVEN answers where Result scores lowest and keeps missing a metric
    Instant now = at("2026-03-11T12:00:00Z");
    List<ScoredAnswer> answers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      answers.add(
          kindAnswer(
              AnswerKind.RESULT, 30 + i, FindingCategory.NO_METRIC, now.minusSeconds(86_400L * i)));
      answers.add(
          kindAnswer(
              AnswerKind.ACTION, 70, FindingCategory.WE_LANGUAGE, now.minusSeconds(86_400L * i)));
    }

    // WHEN stats are computed over 4 weeks
    PersonStats stats = StatsCalculator.compute(answers, NEW_YORK, Streaks.WEEKDAYS, now, 4);

    // THEN the weakest step is Result with no_metric, and the trend has 4 weeks ending now
    assertEquals(AnswerKind.RESULT, stats.weakestKind());
    assertEquals(FindingCategory.NO_METRIC, stats.weakestIssue());
    assertEquals(31, stats.averageByKind().get(AnswerKind.RESULT));
    assertEquals(4, stats.trend().size());
    assertEquals(LocalDate.of(2026, 3, 9), stats.trend().get(3).weekStart());
    assertEquals(6, stats.answers());
  }

  private static ScoredAnswer kindAnswer(
      AnswerKind kind, int score, FindingCategory issue, Instant at) {
    return new ScoredAnswer(
        kind.id() + at,
        "s1",
        SessionKey.of("console", "terminal", "me"),
        "q",
        Principle.OWNERSHIP,
        SessionMode.DRILL,
        kind,
        Level.SDE2,
        "t",
        score,
        10,
        20,
        1000,
        List.of(new Finding(issue, "m", "")),
        at);
  }
}
