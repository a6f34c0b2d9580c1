package dev.starcoach.core.stats;

import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.store.ScoredAnswer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A weekly leaderboard. A week starts on Monday at midnight in the place's time zone. Points reward
 * showing up first and quality second: for each day a person answered, 10 points plus a tenth of
 * that day's best score (so 10-20 points a day).
 */
public final class Leaderboard {
  private Leaderboard() {}

  /** One person's line on the board. */
  public record Standing(int rank, PersonId person, int points, int daysAnswered, int bestScore) {}

  /** A week's board. */
  public record Week(LocalDate weekStart, ZoneId zone, List<Standing> standings) {
    public Week {
      standings = List.copyOf(standings);
    }
  }

  /**
   * The board of the week {@code weeksAgo} weeks before the current one (0 = this week), over the
   * answers whose place passes {@code inScope} (a channel, or a whole server/workspace).
   */
  public static Week week(
      List<ScoredAnswer> answers,
      Predicate<String> inScope,
      ZoneId zone,
      Instant now,
      int weeksAgo) {
    LocalDate start =
        StatsCalculator.weekStart(now.atZone(zone).toLocalDate()).minusWeeks(weeksAgo);
    LocalDate end = start.plusWeeks(1);
    Map<PersonId, Map<LocalDate, Integer>> bestByDay = new HashMap<>();
    for (ScoredAnswer a : answers) {
      if (!inScope.test(a.key().place())) {
        continue;
      }
      LocalDate day = a.answeredAt().atZone(zone).toLocalDate();
      if (day.isBefore(start) || !day.isBefore(end)) {
        continue;
      }
      bestByDay
          .computeIfAbsent(a.key().person(), p -> new LinkedHashMap<>())
          .merge(day, a.score(), Math::max);
    }
    List<Standing> unranked = new ArrayList<>();
    bestByDay.forEach(
        (person, days) -> {
          int points = 0;
          int best = 0;
          for (int score : days.values()) {
            points += 10 + score / 10;
            best = Math.max(best, score);
          }
          unranked.add(new Standing(0, person, points, days.size(), best));
        });
    unranked.sort(
        Comparator.comparingInt(Standing::points)
            .reversed()
            .thenComparing(Comparator.comparingInt(Standing::bestScore).reversed())
            .thenComparing(s -> s.person().userId()));
    List<Standing> ranked = new ArrayList<>();
    int rank = 0;
    Standing previous = null;
    for (int i = 0; i < unranked.size(); i++) {
      Standing s = unranked.get(i);
      if (previous == null
          || previous.points() != s.points()
          || previous.bestScore() != s.bestScore()) {
        rank = i + 1;
      }
      ranked.add(new Standing(rank, s.person(), s.points(), s.daysAnswered(), s.bestScore()));
      previous = s;
    }
    return new Week(start, zone, ranked);
  }
}
