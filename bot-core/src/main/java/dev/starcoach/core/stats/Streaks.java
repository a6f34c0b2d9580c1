package dev.starcoach.core.stats;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Streaks: how many scheduled days in a row a person answered, counted in the person's own time
 * zone. Days that are not scheduled (weekends by default) neither count nor break a streak, and
 * today does not break it until it is over.
 */
public final class Streaks {
  /** Monday to Friday, the default posting days. */
  public static final Set<DayOfWeek> WEEKDAYS =
      EnumSet.of(
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);

  private Streaks() {}

  /**
   * The current streak.
   *
   * @param answeredAt when the person answered (any order)
   * @param zone the person's time zone
   * @param scheduled the days that count
   * @param now the current instant
   */
  public static int current(
      Collection<Instant> answeredAt, ZoneId zone, Set<DayOfWeek> scheduled, Instant now) {
    if (scheduled.isEmpty() || answeredAt.isEmpty()) {
      return 0;
    }
    Set<LocalDate> days = new HashSet<>();
    for (Instant at : answeredAt) {
      days.add(at.atZone(zone).toLocalDate());
    }
    LocalDate day = now.atZone(zone).toLocalDate();
    if (!scheduled.contains(day.getDayOfWeek()) || !days.contains(day)) {
      day = previousScheduled(day, scheduled);
    }
    int streak = 0;
    while (days.contains(day)) {
      streak++;
      day = previousScheduled(day, scheduled);
    }
    return streak;
  }

  private static LocalDate previousScheduled(LocalDate day, Set<DayOfWeek> scheduled) {
    LocalDate d = day.minusDays(1);
    while (!scheduled.contains(d.getDayOfWeek())) {
      d = d.minusDays(1);
    }
    return d;
  }
}
