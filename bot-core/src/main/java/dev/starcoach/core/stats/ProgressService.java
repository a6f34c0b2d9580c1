package dev.starcoach.core.stats;

import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.store.AnswerHistory;
import dev.starcoach.core.store.PersonSettings;
import dev.starcoach.core.store.PersonSettingsStore;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

/** Stats and leaderboards from the stores, for every adapter's stats and leaderboard commands. */
public final class ProgressService {
  /** Weeks shown in the trend. */
  public static final int TREND_WEEKS = 8;

  private final AnswerHistory history;
  private final PersonSettingsStore settings;
  private final Clock clock;

  public ProgressService(AnswerHistory history, PersonSettingsStore settings, Clock clock) {
    this.history = history;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * A person's stats. The streak is counted in the person's own time zone, else the place's, else
   * UTC, over the place's posting days (Monday to Friday by default).
   */
  public PersonStats stats(PersonId person, ZoneId placeZone, Set<DayOfWeek> postingDays) {
    ZoneId zone = zoneOf(person, placeZone);
    return StatsCalculator.compute(
        history.answersOf(person),
        zone,
        postingDays == null || postingDays.isEmpty() ? Streaks.WEEKDAYS : postingDays,
        clock.instant(),
        TREND_WEEKS);
  }

  /** The person's zone: their own setting, else the place's, else UTC. */
  public ZoneId zoneOf(PersonId person, ZoneId placeZone) {
    return settings
        .find(person)
        .map(PersonSettings::zone)
        .filter(z -> z != null)
        .orElse(placeZone != null ? placeZone : ZoneOffset.UTC);
  }

  /**
   * The weekly board of a scope (one channel's place, or a whole server or workspace: see {@link
   * AnswerHistory#answersInPlaces}), in the place's time zone; {@code weeksAgo} 0 is this week.
   */
  public Leaderboard.Week leaderboard(
      String platform, String placePrefix, ZoneId zone, int weeksAgo) {
    ZoneId z = zone == null ? ZoneOffset.UTC : zone;
    Instant now = clock.instant();
    LocalDate start = StatsCalculator.weekStart(now.atZone(z).toLocalDate()).minusWeeks(weeksAgo);
    Instant from = start.atStartOfDay(z).toInstant();
    Instant to = start.plusWeeks(1).atStartOfDay(z).toInstant();
    return Leaderboard.week(
        history.answersInPlaces(platform, placePrefix, from, to), p -> true, z, now, weeksAgo);
  }
}
