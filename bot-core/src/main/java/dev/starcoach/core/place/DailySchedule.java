package dev.starcoach.core.place;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * When and what a place gets as its daily question.
 *
 * @param time the local posting time in {@code zone}
 * @param zone the IANA time zone the time and weekdays are read in
 * @param weekdays the days it posts on; null means Monday to Friday; never empty
 * @param mention a role or user group to mention in the post, or null for none
 * @param principle only questions of this principle, or null to rotate through all 16
 * @param level the level the posted question is coached at
 * @param enabled false while paused ({@code daily off})
 */
public record DailySchedule(
    PlaceId place,
    LocalTime time,
    ZoneId zone,
    Set<DayOfWeek> weekdays,
    String mention,
    Principle principle,
    Level level,
    boolean enabled) {

  /** Monday to Friday, the default posting days. */
  public static final Set<DayOfWeek> WORKDAYS =
      Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  public DailySchedule {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(level, "level");
    if (weekdays == null) {
      weekdays = WORKDAYS;
    } else if (weekdays.isEmpty()) {
      throw new IllegalArgumentException("a daily schedule needs at least one weekday");
    } else {
      weekdays = Collections.unmodifiableSet(EnumSet.copyOf(weekdays));
    }
    if (mention != null && mention.isBlank()) {
      mention = null;
    }
  }

  /** An enabled schedule on workdays, no mention, rotating through all principles. */
  public static DailySchedule workdays(PlaceId place, LocalTime time, ZoneId zone, Level level) {
    return new DailySchedule(place, time, zone, null, null, null, level, true);
  }

  /** True when it posts on that day of the week. */
  public boolean postsOn(DayOfWeek day) {
    return weekdays.contains(day);
  }

  /** True when it rotates through every principle rather than one. */
  public boolean rotatesAllPrinciples() {
    return principle == null;
  }

  /** A copy switched on or off. */
  public DailySchedule withEnabled(boolean on) {
    return new DailySchedule(place, time, zone, weekdays, mention, principle, level, on);
  }
}
