package dev.starcoach.core.stats;

import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.store.ScoredAnswer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes {@link PersonStats} from a person's scored answers. Pure. */
public final class StatsCalculator {
  private StatsCalculator() {}

  /**
   * Stats over the answers.
   *
   * @param weeks how many weeks of trend, ending with the current one
   */
  public static PersonStats compute(
      List<ScoredAnswer> answers, ZoneId zone, Set<DayOfWeek> scheduled, Instant now, int weeks) {
    Set<String> sessions = new HashSet<>();
    Map<AnswerKind, int[]> sums = new EnumMap<>(AnswerKind.class);
    List<Instant> times = new ArrayList<>();
    for (ScoredAnswer a : answers) {
      sessions.add(a.sessionId());
      int[] s = sums.computeIfAbsent(a.kind(), k -> new int[2]);
      s[0] += a.score();
      s[1]++;
      times.add(a.answeredAt());
    }
    Map<AnswerKind, Integer> averages = new EnumMap<>(AnswerKind.class);
    sums.forEach((kind, s) -> averages.put(kind, Math.round((float) s[0] / s[1])));
    AnswerKind weakest =
        averages.entrySet().stream()
            .filter(e -> e.getKey().step().isPresent())
            .min(
                Map.Entry.<AnswerKind, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .orElse(null);
    FindingCategory weakestIssue = weakest == null ? null : mostFrequentIssue(answers, weakest);
    return new PersonStats(
        sessions.size(),
        answers.size(),
        averages,
        weakest,
        weakestIssue,
        Streaks.current(times, zone, scheduled, now),
        trend(answers, zone, now, weeks));
  }

  private static FindingCategory mostFrequentIssue(List<ScoredAnswer> answers, AnswerKind kind) {
    Map<FindingCategory, Integer> counts = new EnumMap<>(FindingCategory.class);
    for (ScoredAnswer a : answers) {
      if (a.kind() != kind) {
        continue;
      }
      for (Finding f : a.findings()) {
        if (f.kind() == FindingKind.ISSUE) {
          counts.merge(f.category(), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<FindingCategory, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** The Monday that starts the week of a date. */
  public static LocalDate weekStart(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private static List<PersonStats.WeekPoint> trend(
      List<ScoredAnswer> answers, ZoneId zone, Instant now, int weeks) {
    LocalDate thisWeek = weekStart(now.atZone(zone).toLocalDate());
    List<PersonStats.WeekPoint> points = new ArrayList<>();
    for (int i = weeks - 1; i >= 0; i--) {
      LocalDate start = thisWeek.minusWeeks(i);
      LocalDate end = start.plusWeeks(1);
      int sum = 0;
      int n = 0;
      for (ScoredAnswer a : answers) {
        LocalDate day = a.answeredAt().atZone(zone).toLocalDate();
        if (!day.isBefore(start) && day.isBefore(end)) {
          sum += a.score();
          n++;
        }
      }
      points.add(new PersonStats.WeekPoint(start, n, n == 0 ? 0 : Math.round((float) sum / n)));
    }
    return points;
  }
}
