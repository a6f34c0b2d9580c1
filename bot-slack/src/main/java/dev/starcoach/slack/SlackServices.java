package dev.starcoach.slack;

import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.stats.ProgressService;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PlaceSettingsStore;
import java.util.Objects;

/**
 * Everything the Slack bot needs from the core, handed over by the composition root. Every part is
 * required: there is no Slack bot without daily questions or stats.
 *
 * <p>{@code dailyAdmin} wraps a {@code DailyQuestionService} whose publisher must reach {@link
 * SlackBot#dailyPublisher()} for places of platform {@code slack}: build the service with a
 * publisher that routes by {@code post.schedule().place().platform()} and is bound to the bot once
 * it exists.
 *
 * @param coach the engine, usually {@code CoachPort.of(engine)}
 * @param progress stats, leaderboards and the App Home
 * @param placeSettings per-channel settings: extra admins (user or user-group ids) and time zone
 * @param schedules the daily schedules, to read a channel's posting days and zone
 */
public record SlackServices(
    CoachPort coach,
    DailyAdmin dailyAdmin,
    ProgressService progress,
    PlaceSettingsStore placeSettings,
    DailyScheduleStore schedules) {
  public SlackServices {
    Objects.requireNonNull(coach, "coach");
    Objects.requireNonNull(dailyAdmin, "dailyAdmin");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(placeSettings, "placeSettings");
    Objects.requireNonNull(schedules, "schedules");
  }

  /** The part beyond the engine, for the adapter's daily, stats and leaderboard commands. */
  PlaceServices places() {
    return new PlaceServices(dailyAdmin, progress, placeSettings, schedules);
  }
}
