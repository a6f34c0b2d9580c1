package dev.starcoach.core.daily;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.place.DailySchedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Schedule maths for daily posts, on {@code java.time}'s zone rules: a local posting time that
 * falls in a daylight-saving gap moves forward by the gap, one in an overlap takes the earlier
 * offset, so a change of clocks neither skips nor doubles a day.
 */
public final class DailyPlanner {
  private DailyPlanner() {}

  /** When the post of one local date goes out. */
  public static ZonedDateTime postTime(DailySchedule schedule, LocalDate date) {
    return ZonedDateTime.of(date, schedule.time(), schedule.zone());
  }

  /** The latest scheduled post time at or before {@code now}, within the last 8 days. */
  public static Optional<ZonedDateTime> latestDue(DailySchedule schedule, Instant now) {
    LocalDate today = now.atZone(schedule.zone()).toLocalDate();
    for (int back = 0; back <= 8; back++) {
      LocalDate day = today.minusDays(back);
      if (schedule.postsOn(day.getDayOfWeek())) {
        ZonedDateTime at = postTime(schedule, day);
        if (!at.toInstant().isAfter(now)) {
          return Optional.of(at);
        }
      }
    }
    return Optional.empty();
  }

  /** The first scheduled post time strictly after {@code now}. */
  public static ZonedDateTime nextAfter(DailySchedule schedule, Instant now) {
    LocalDate day = now.atZone(schedule.zone()).toLocalDate();
    for (int ahead = 0; ahead <= 8; ahead++) {
      LocalDate d = day.plusDays(ahead);
      if (schedule.postsOn(d.getDayOfWeek())) {
        ZonedDateTime at = postTime(schedule, d);
        if (at.toInstant().isAfter(now)) {
          return at;
        }
      }
    }
    throw new IllegalStateException("a schedule posts at least once a week");
  }

  /**
   * The principle of a date's post: the schedule's own, or the next in a rotation through all 16
   * that advances one step per scheduled day, so every principle comes up in turn.
   */
  public static Principle principleFor(DailySchedule schedule, LocalDate date) {
    if (!schedule.rotatesAllPrinciples()) {
      return schedule.principle();
    }
    long mondayIndex = Math.floorDiv(date.toEpochDay() + 3, 7);
    int perWeek = schedule.weekdays().size();
    int before = 0;
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.compareTo(date.getDayOfWeek()) < 0 && schedule.postsOn(d)) {
        before++;
      }
    }
    long index = mondayIndex * perWeek + before;
    Principle[] all = Principle.values();
    return all[(int) Math.floorMod(index, (long) all.length)];
  }
}
