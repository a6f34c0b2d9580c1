package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyRequest;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.LeaderboardRange;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceKeys;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DailyMappingTest {
  private static final PlaceId PLACE = Places.placeId(7, 9);

  @Test
  void givenSetWithEveryOption_whenMapped_thenASetScheduleWithAllOfThem() {
    // GIVEN /daily set time:9:30 zone:America/New_York days:"mon, wed, fri" principle:dive-deep
    //   level:senior mention:<@&123>
    Map<String, String> options =
        Map.of(
            "time", "9:30",
            "zone", "America/New_York",
            "days", "mon, wed, fri",
            "principle", "dive-deep",
            "level", "senior",
            "mention", "<@&123>");

    // WHEN mapped
    DailyRequest request = DailyMapping.request("set", options);

    // THEN every option made it into the request
    assertEquals(
        new DailyRequest.SetSchedule(
            LocalTime.of(9, 30),
            ZoneId.of("America/New_York"),
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
            Principle.DIVE_DEEP,
            Level.SENIOR,
            "<@&123>"),
        request);
  }

  @Test
  void givenSetWithOnlyTimeAndZone_whenMapped_thenTheRestIsLeftToTheDefaults() {
    DailyRequest request =
        DailyMapping.request("set", Map.of("time", "09:00", "zone", "Europe/Berlin"));

    assertEquals(
        new DailyRequest.SetSchedule(
            LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), null, null, null, null),
        request);
  }

  @Test
  void givenTheOtherSubcommands_whenMapped_thenShowOffAndNow() {
    assertInstanceOf(DailyRequest.Show.class, DailyMapping.request("show", Map.of()));
    assertInstanceOf(DailyRequest.Off.class, DailyMapping.request("off", Map.of()));
    assertInstanceOf(DailyRequest.Now.class, DailyMapping.request("now", Map.of()));
    assertInstanceOf(DailyRequest.Show.class, DailyMapping.request(null, Map.of()));
  }

  @Test
  void givenBadOptions_whenMapped_thenInvalidWithAMessageNamingTheProblem() {
    assertTrue(invalid(Map.of("time", "9am", "zone", "Europe/Berlin")).contains("9am"));
    assertTrue(invalid(Map.of("time", "09:00", "zone", "Berlin")).contains("IANA"));
    assertTrue(
        invalid(Map.of("time", "09:00", "zone", "UTC", "days", "weekends")).contains("days"));
    assertTrue(
        invalid(Map.of("time", "09:00", "zone", "UTC", "principle", "kindness"))
            .contains("Leadership Principles"));
    assertTrue(
        invalid(Map.of("time", "09:00", "zone", "UTC", "mention", "<@42>")).contains("role"));
    assertTrue(invalid(Map.of("zone", "UTC")).contains("time"));
  }

  @Test
  void givenAdminsOptions_whenMapped_thenTheRoleIdIsAddedRemovedOrTheListShown() {
    // GIVEN /daily admins with a role option (JDA gives its id) or a role mention
    // WHEN mapped
    // THEN add and remove carry the bare role id; without an action it lists
    assertEquals(
        new DailyRequest.Admins(DailyRequest.AdminAction.ADD, "555"),
        DailyMapping.request("admins", Map.of("action", "add", "role", "555")));
    assertEquals(
        new DailyRequest.Admins(DailyRequest.AdminAction.REMOVE, "555"),
        DailyMapping.request("admins", Map.of("action", "remove", "role", "<@&555>")));
    assertEquals(
        new DailyRequest.Admins(DailyRequest.AdminAction.LIST, null),
        DailyMapping.request("admins", Map.of()));
  }

  @Test
  void givenAdminsWithoutARole_whenMapped_thenInvalidSaysHowToPickOne() {
    String message =
        ((DailyRequest.Invalid) DailyMapping.request("admins", Map.of("action", "add"))).message();
    assertTrue(message.contains("/daily admins action:add role:"), message);
    String notRole =
        ((DailyRequest.Invalid)
                DailyMapping.request("admins", Map.of("action", "add", "role", "mentors")))
            .message();
    assertTrue(notRole.contains("\"mentors\" is not a role"), notRole);
  }

  @Test
  void givenZoneOptions_whenMapped_thenSetShowOrInvalidNamingTheText() {
    assertEquals(
        new DailyRequest.Zone(ZoneId.of("Asia/Tokyo")),
        DailyMapping.request("zone", Map.of("zone", "Asia/Tokyo")));
    assertEquals(new DailyRequest.Zone(null), DailyMapping.request("zone", Map.of()));
    String bad =
        ((DailyRequest.Invalid) DailyMapping.request("zone", Map.of("zone", "Mars/Base")))
            .message();
    assertTrue(bad.contains("\"Mars/Base\"") && bad.contains("IANA"), bad);
    assertInstanceOf(
        DailyRequest.Invalid.class, DailyMapping.request("zone", Map.of("zone", "New York")));
  }

  @Test
  void givenManageServerOrAConfiguredRole_whenAuthorityDecided_thenPlatformOrPlaceAdmin() {
    Set<String> configured = Set.of("555");

    assertEquals(
        DailyAdmin.Authority.PLATFORM_ADMIN,
        DailyMapping.authority(true, 1, List.of(), configured));
    assertEquals(
        DailyAdmin.Authority.PLACE_ADMIN,
        DailyMapping.authority(false, 1, List.of(555L), configured));
    assertEquals(
        DailyAdmin.Authority.MEMBER, DailyMapping.authority(false, 1, List.of(42L), configured));
  }

  @Test
  void givenMentions_whenChecked_thenRolesHereEveryoneAndNoneAreKeptAndUsersRefused() {
    assertEquals(Optional.of("<@&123>"), DailyMapping.mention("<@&123>"));
    assertEquals(Optional.of("<@&123>"), DailyMapping.mention("123"));
    assertEquals(Optional.of("@here"), DailyMapping.mention("@here"));
    assertEquals(Optional.of("@everyone"), DailyMapping.mention("@Everyone"));
    assertEquals(Optional.of(""), DailyMapping.mention("none"));
    assertEquals(Optional.empty(), DailyMapping.mention("<@42>"));
    assertEquals(Optional.empty(), DailyMapping.mention("study group"));
    assertEquals(Optional.of(123L), DailyMapping.mentionedRole("<@&123>"));
    assertEquals(Optional.empty(), DailyMapping.mentionedRole("@here"));
  }

  @Test
  void givenMentionNone_whenSet_thenTheMentionIsClearedRatherThanKept() {
    DailyRequest.SetSchedule set =
        (DailyRequest.SetSchedule)
            DailyMapping.request("set", Map.of("time", "09:00", "zone", "UTC", "mention", "none"));

    assertEquals("", set.mention());
    assertNull(
        new DailySchedule(
                PLACE, set.time(), set.zone(), null, set.mention(), null, Level.SDE2, true)
            .mention());
  }

  @Test
  void givenMembers_whenCheckedForDailyAdmin_thenManageServerOrAConfiguredRoleOrUser() {
    // GIVEN a channel listing role 555 (as an id) and role 777 (as a mention)
    Set<String> configured = Set.of("555", "<@&777>");

    // THEN Manage Server, either listed role, or being user 555 makes an admin; nothing else does
    assertTrue(DailyMapping.authority(true, 1, List.of(), Set.of()).isAdmin());
    assertTrue(DailyMapping.authority(false, 1, List.of(555L), configured).isAdmin());
    assertTrue(DailyMapping.authority(false, 1, List.of(777L), configured).isAdmin());
    assertTrue(DailyMapping.authority(false, 555, List.of(), configured).isAdmin());
    assertFalse(DailyMapping.authority(false, 1, List.of(556L), configured).isAdmin());
    assertFalse(DailyMapping.authority(false, 1, List.of(), Set.of()).isAdmin());
  }

  @Test
  void givenLeaderboardOptions_whenMapped_thenTheServerOrChannelBoardOfAWeekUpToAYearBack() {
    // GIVEN no options, and the channel's board a year back
    Map<String, String> none = Map.of();
    Map<String, String> channelYearAgo = Map.of("scope", "channel", "weeks_ago", "52");

    // WHEN mapped from channel 9 of server 7
    CoachEvent.ShowLeaderboard server = DailyMapping.board(none, PLACE);
    CoachEvent.ShowLeaderboard channel = DailyMapping.board(channelYearAgo, PLACE);

    // THEN this week's server board and that week's channel board, both in that channel's zone
    assertEquals(new CoachEvent.ShowLeaderboard(Optional.of(PLACE), false, 0), server);
    assertEquals(new CoachEvent.ShowLeaderboard(Optional.of(PLACE), true, 52), channel);
  }

  @Test
  void givenLeaderboardOptionsOutOfRange_whenMapped_thenTheMemberIsToldCoresLimits() {
    // WHEN weeks_ago is past a year, or the scope unknown
    IllegalArgumentException weeks =
        assertThrows(
            IllegalArgumentException.class,
            () -> DailyMapping.board(Map.of("weeks_ago", "53"), PLACE));
    IllegalArgumentException scope =
        assertThrows(
            IllegalArgumentException.class,
            () -> DailyMapping.board(Map.of("scope", "world"), PLACE));

    // THEN the messages name the option and the limit core sets, and the choices
    assertTrue(weeks.getMessage().startsWith("weeks_ago"), weeks.getMessage());
    assertTrue(
        weeks.getMessage().contains("0 (this week) to " + LeaderboardRange.MAX_WEEKS_AGO),
        weeks.getMessage());
    assertTrue(scope.getMessage().contains("server or channel"), scope.getMessage());
  }

  @Test
  void givenAChannel_thenDailyAnswersAreKeptUnderAPlaceTheServerBoardPrefixMatches() {
    assertEquals("guild:7#chan:9", Places.channel(7, 9));
    assertTrue(Places.channel(7, 9).startsWith(Places.guild(7)));
    // AND core reads the server back from either, to pick the board
    assertEquals(Places.guild(7), PlaceKeys.workspaceOf(Places.channel(7, 9)));
    assertEquals(Places.guild(7), PlaceKeys.workspaceOf(Places.guild(7)));
    assertEquals(new PlaceId("discord", "7", "9"), PLACE);
  }

  private static String invalid(Map<String, String> options) {
    DailyRequest request = DailyMapping.request("set", options);
    return assertInstanceOf(DailyRequest.Invalid.class, request).message();
  }
}
