package dev.starcoach.core.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.stats.Streaks;
import dev.starcoach.core.testing.InMemoryPlaces;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Place keys, a channel's zone and posting days, and the leaderboard's range. */
class PlacesTest {
  private final InMemoryPlaces places = new InMemoryPlaces();
  private final PlaceCalendar calendar = new PlaceCalendar(places.settings(), places);
  private final PlaceId channel = new PlaceId("discord", "1", "2");

  @Test
  void aChannelPlaceReadsBackToItsWorkspace() {
    String guild = PlaceKeys.workspace("guild", "1");
    assertEquals("guild:1", guild);
    assertEquals("guild:1#chan:2", PlaceKeys.channel(guild, "2"));
    assertEquals(guild, PlaceKeys.workspaceOf(PlaceKeys.channel(guild, "2")));
    assertEquals(guild, PlaceKeys.workspaceOf(guild));
  }

  @Test
  void theChannelsOwnZoneBeatsItsSchedulesAndNothingSetIsUtcOnWeekdays() {
    // GIVEN nothing set
    assertEquals(ZoneOffset.UTC, calendar.zoneOf(Optional.of(channel)));
    assertEquals(Streaks.WEEKDAYS, calendar.postingDaysOf(Optional.of(channel)));

    // WHEN a schedule in Tokyo on Monday and Thursday is set
    places.save(
        new DailySchedule(
            channel,
            LocalTime.of(9, 0),
            ZoneId.of("Asia/Tokyo"),
            Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
            null,
            null,
            Level.SDE2,
            true));

    // THEN its zone and days count, until the channel's own zone is set
    assertEquals(ZoneId.of("Asia/Tokyo"), calendar.zoneOf(Optional.of(channel)));
    assertEquals(
        Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), calendar.postingDaysOf(Optional.of(channel)));
    places.settings().save(new PlaceSettings(channel, Set.of(), ZoneId.of("Europe/Oslo")));
    assertEquals(ZoneId.of("Europe/Oslo"), calendar.zoneOf(Optional.of(channel)));
    assertEquals(ZoneOffset.UTC, calendar.zoneOf(Optional.empty()));
  }

  @Test
  void weeksBackAreZeroToAYear() {
    assertEquals(Optional.of(0), LeaderboardRange.parse(""));
    assertEquals(Optional.of(52), LeaderboardRange.parse(" 52 "));
    assertTrue(LeaderboardRange.parse("53").isEmpty());
    assertTrue(LeaderboardRange.parse("-1").isEmpty());
    assertTrue(LeaderboardRange.parse("soon").isEmpty());
    assertTrue(LeaderboardRange.problem("soon").contains("52"));
  }
}
