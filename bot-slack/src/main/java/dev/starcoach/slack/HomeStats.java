package dev.starcoach.slack;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.store.ScoredAnswer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A person's progress for the App Home: sessions, average score per step, weakest step and streak.
 * The streak counts consecutive UTC days with at least one answer, ending today or yesterday.
 *
 * @param averages the rounded average score of each STAR step answered at least once
 * @param probeAverage the average probe score, or -1 when no probe was answered
 * @param mockAverage the average full (mock) answer score, or -1 when none
 */
record HomeStats(
    int sessions,
    int answers,
    Map<Step, Integer> averages,
    int probeAverage,
    int mockAverage,
    Optional<Step> weakest,
    int streakDays,
    LocalDate lastDay) {

  HomeStats {
    averages = Map.copyOf(averages);
  }

  static HomeStats of(List<ScoredAnswer> history, Clock clock) {
    Set<String> sessions = new HashSet<>();
    Map<AnswerKind, int[]> sums = new EnumMap<>(AnswerKind.class);
    Set<LocalDate> days = new HashSet<>();
    LocalDate last = null;
    for (ScoredAnswer a : history) {
      sessions.add(a.sessionId());
      int[] sum = sums.computeIfAbsent(a.kind(), k -> new int[2]);
      sum[0] += a.score();
      sum[1]++;
      LocalDate day = a.answeredAt().atOffset(ZoneOffset.UTC).toLocalDate();
      days.add(day);
      if (last == null || day.isAfter(last)) {
        last = day;
      }
    }
    Map<Step, Integer> averages = new EnumMap<>(Step.class);
    Step weakest = null;
    for (Step step : Step.values()) {
      int[] sum = sums.get(AnswerKind.of(step));
      if (sum != null) {
        int avg = Math.round((float) sum[0] / sum[1]);
        averages.put(step, avg);
        if (weakest == null || avg < averages.get(weakest)) {
          weakest = step;
        }
      }
    }
    return new HomeStats(
        sessions.size(),
        history.size(),
        averages,
        average(sums.get(AnswerKind.PROBE)),
        average(sums.get(AnswerKind.FULL)),
        Optional.ofNullable(weakest),
        streak(days, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)),
        last);
  }

  private static int average(int[] sum) {
    return sum == null ? -1 : Math.round((float) sum[0] / sum[1]);
  }

  private static int streak(Set<LocalDate> days, LocalDate today) {
    LocalDate day = days.contains(today) ? today : today.minusDays(1);
    int count = 0;
    while (days.contains(day)) {
      count++;
      day = day.minusDays(1);
    }
    return count;
  }
}
