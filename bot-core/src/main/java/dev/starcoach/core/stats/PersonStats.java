package dev.starcoach.core.stats;

import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.FindingCategory;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A person's progress.
 *
 * @param sessions practice sessions with at least one scored answer
 * @param answers scored answers
 * @param averageByKind average score per STAR step (and probe/full) answered, in STAR order
 * @param weakestKind the step with the lowest average, or null with no answers
 * @param weakestIssue the most frequent issue category in the weakest step, or null
 * @param streak scheduled days in a row with an answer
 * @param trend average score per week, oldest first (weeks start on Monday)
 */
public record PersonStats(
    int sessions,
    int answers,
    Map<AnswerKind, Integer> averageByKind,
    AnswerKind weakestKind,
    FindingCategory weakestIssue,
    int streak,
    List<WeekPoint> trend) {
  public PersonStats {
    EnumMap<AnswerKind, Integer> inStarOrder = new EnumMap<>(AnswerKind.class);
    inStarOrder.putAll(averageByKind);
    averageByKind = Collections.unmodifiableMap(inStarOrder);
    trend = List.copyOf(trend);
  }

  /** One week of the trend: its Monday, the answers given and their average score. */
  public record WeekPoint(LocalDate weekStart, int answers, int averageScore) {}
}
