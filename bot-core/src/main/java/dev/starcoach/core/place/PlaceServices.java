package dev.starcoach.core.place;

import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.stats.ProgressService;
import java.util.Objects;

/**
 * What the engine needs for group commands (daily questions, stats, leaderboards, channel
 * settings), handed over together by the composition root.
 */
public record PlaceServices(DailyAdmin daily, ProgressService progress, PlaceCalendar calendar) {
  public PlaceServices {
    Objects.requireNonNull(daily, "daily");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(calendar, "calendar");
  }
}
