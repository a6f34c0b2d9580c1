package dev.starcoach.slack;

import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.stats.ProgressService;
import dev.starcoach.core.store.DailySchedule;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PlaceId;
import dev.starcoach.core.store.PlaceSettings;
import dev.starcoach.core.store.PlaceSettingsStore;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/** The core services behind {@code /star daily}, {@code stats} and {@code leaderboard}. */
record PlaceServices(
    DailyAdmin dailyAdmin,
    ProgressService progress,
    PlaceSettingsStore placeSettings,
    DailyScheduleStore schedules) {
  PlaceServices {
    Objects.requireNonNull(dailyAdmin, "dailyAdmin");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(placeSettings, "placeSettings");
    Objects.requireNonNull(schedules, "schedules");
  }

  /** A Slack channel as a place. */
  static PlaceId place(String team, String channel) {
    return new PlaceId(SlackCoach.PLATFORM, team, channel);
  }

  /** The channel's time zone: its settings' zone, else its schedule's zone, else null (UTC). */
  ZoneId zoneOf(PlaceId place) {
    if (place == null) {
      return null;
    }
    return placeSettings
        .find(place)
        .map(PlaceSettings::zone)
        .or(() -> schedules.find(place).map(DailySchedule::zone))
        .orElse(null);
  }

  /** The channel's posting days, or null for the default (Monday to Friday). */
  Set<DayOfWeek> postingDaysOf(PlaceId place) {
    return place == null ? null : schedules.find(place).map(DailySchedule::weekdays).orElse(null);
  }

  /** The extra admins configured for a channel (user or user-group ids). */
  Set<String> extraAdminsOf(PlaceId place) {
    return placeSettings.find(place).map(PlaceSettings::admins).orElse(Set.of());
  }

  /** True when the channel has a daily schedule (enabled or paused). */
  boolean hasSchedule(PlaceId place) {
    return place != null && schedules.find(place).isPresent();
  }

  /** The place a daily answer in this channel is stored under: workspace boards include it. */
  static String dailyPlace(String team, String channel) {
    return "team:" + team + "#chan:" + channel;
  }

  /** The workspace's place prefix. */
  static String workspacePrefix(String team) {
    return "team:" + team;
  }
}
