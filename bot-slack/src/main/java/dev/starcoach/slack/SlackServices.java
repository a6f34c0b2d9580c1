package dev.starcoach.slack;

import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.stats.ProgressService;
import dev.starcoach.core.store.AnswerHistory;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PlaceSettingsStore;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything the Slack bot needs from the core, handed over by the composition root.
 *
 * <p>{@code dailyAdmin} wraps a {@code DailyQuestionService} whose publisher must reach {@link
 * SlackBot#dailyPublisher()} for places of platform {@code slack}: build the service with a
 * publisher that routes by {@code post.schedule().place().platform()} and is bound to the bot once
 * it exists.
 *
 * @param history the answer history behind stats and the App Home
 * @param placeSettings per-channel settings: extra admins (user or user-group ids) and time zone
 * @param schedules the daily schedules, to read a channel's posting days and zone
 */
public record SlackServices(
    CoachEngine engine,
    AnswerHistory history,
    DailyAdmin dailyAdmin,
    ProgressService progress,
    PlaceSettingsStore placeSettings,
    DailyScheduleStore schedules,
    Clock clock) {
  public SlackServices {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(dailyAdmin, "dailyAdmin");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(placeSettings, "placeSettings");
    Objects.requireNonNull(schedules, "schedules");
    Objects.requireNonNull(clock, "clock");
  }

  /** The part beyond the engine, for the adapter's daily, stats and leaderboard commands. */
  PlaceServices places() {
    return new PlaceServices(dailyAdmin, progress, placeSettings, schedules);
  }
}
