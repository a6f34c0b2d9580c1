package dev.starcoach.core.place;

import dev.starcoach.core.stats.Streaks;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PlaceSettingsStore;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

/**
 * A channel's time zone and posting days, worked out once for daily questions, streaks and
 * leaderboards: the zone is the channel's own setting, else its daily schedule's zone, else UTC;
 * the posting days are its schedule's, else Monday to Friday.
 */
public final class PlaceCalendar {
  private final PlaceSettingsStore settings;
  private final DailyScheduleStore schedules;

  public PlaceCalendar(PlaceSettingsStore settings, DailyScheduleStore schedules) {
    this.settings = settings;
    this.schedules = schedules;
  }

  /** The channel's zone as it was set, if any (own setting, else its schedule's). */
  public Optional<ZoneId> configuredZone(PlaceId place) {
    return settings
        .find(place)
        .map(PlaceSettings::zone)
        .or(() -> schedules.find(place).map(DailySchedule::zone));
  }

  /** The zone set for a channel, if a channel was given and one was set. */
  public Optional<ZoneId> configuredZone(Optional<PlaceId> place) {
    return place.flatMap(this::configuredZone);
  }

  /** The channel's zone, UTC when none was set. */
  public ZoneId zoneOf(Optional<PlaceId> place) {
    return place.flatMap(this::configuredZone).orElse(ZoneOffset.UTC);
  }

  /** The days a channel posts and its streaks count, Monday to Friday by default. */
  public Set<DayOfWeek> postingDaysOf(Optional<PlaceId> place) {
    return place
        .flatMap(schedules::find)
        .map(DailySchedule::weekdays)
        .filter(days -> !days.isEmpty())
        .orElse(Streaks.WEEKDAYS);
  }
}
