package dev.starcoach.discord;

import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.stats.ProgressService;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PlaceSettingsStore;
import java.util.Objects;

/**
 * What the Discord bot calls besides the engine: daily schedules, stats and leaderboards.
 *
 * @param engine practices, quizzes and scoring daily answers
 * @param daily applies {@code /daily} commands (its scheduler posts through {@link
 *     DiscordBot#dailyPublisher()})
 * @param progress stats and weekly leaderboards
 * @param placeSettings per-channel admin roles and time zone
 * @param schedules the channels' daily schedules (their weekdays count for streaks)
 */
public record DiscordServices(
    CoachEngine engine,
    DailyAdmin daily,
    ProgressService progress,
    PlaceSettingsStore placeSettings,
    DailyScheduleStore schedules) {
  public DiscordServices {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(daily, "daily");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(placeSettings, "placeSettings");
    Objects.requireNonNull(schedules, "schedules");
  }
}
