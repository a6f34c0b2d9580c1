package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
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
import org.junit.jupiter.api.Test;

/** Mentions, daily references, posting days and leaderboard arguments. */
class DailyPartsTest {
  private static final PlaceId PLACE = new PlaceId("slack", "T1", "C1");

  @Test
  void aMentionIsHereOrOneUserGroupAndNothingElse() {
    Map<String, String> handles = Map.of("leads", "S0LEADS1");
    java.util.function.Function<String, Optional<String>> lookup =
        h -> Optional.ofNullable(handles.get(h));

    assertEquals(new Mentions.Parsed.Mention("<!here>"), Mentions.parse("@here", lookup));
    assertEquals(new Mentions.Parsed.Mention("<!here>"), Mentions.parse("<!here>", lookup));
    assertEquals(
        new Mentions.Parsed.Mention("<!subteam^S0LEADS1>"),
        Mentions.parse("<!subteam^S0LEADS1|@leads>", lookup));
    assertEquals(
        new Mentions.Parsed.Mention("<!subteam^S0LEADS1>"), Mentions.parse("S0LEADS1", lookup));
    assertEquals(
        new Mentions.Parsed.Mention("<!subteam^S0LEADS1>"), Mentions.parse("@leads", lookup));
    assertEquals(new Mentions.Parsed.Mention(""), Mentions.parse("none", lookup));
    assertInstanceOf(Mentions.Parsed.Refused.class, Mentions.parse("@channel", lookup));
    assertInstanceOf(Mentions.Parsed.Refused.class, Mentions.parse("<!everyone>", lookup));
    assertInstanceOf(Mentions.Parsed.Refused.class, Mentions.parse("@nobody", lookup));
    assertInstanceOf(Mentions.Parsed.Refused.class, Mentions.parse("<@U0BOSS>", lookup));

    assertEquals(Optional.of("<!here>"), Mentions.safe("<!here>"));
    assertEquals(Optional.of("<!subteam^S0LEADS1>"), Mentions.safe("<!subteam^S0LEADS1>"));
    assertEquals(Optional.empty(), Mentions.safe("<!channel>"));
    assertEquals(Optional.empty(), Mentions.safe("<!subteam^S1> <!channel>"));
    assertEquals(Optional.empty(), Mentions.safe("<@U0BOSS>"));
    assertEquals("user group S0LEADS1", Mentions.describe("<!subteam^S0LEADS1>"));
  }

  @Test
  void aDailyReferenceRoundTripsThroughItsBlockId() {
    DailyThreads.DailyRef ref = new DailyThreads.DailyRef("own-the-outage", Level.SENIOR);

    assertEquals(Optional.of(ref), DailyThreads.DailyRef.decode(ref.encode()));
    assertEquals(Optional.empty(), DailyThreads.DailyRef.decode("star_daily|x"));
    assertEquals(Optional.empty(), DailyThreads.DailyRef.decode("star_daily|x|wizard"));
    assertEquals(Optional.empty(), DailyThreads.DailyRef.decode("b1"));
    assertEquals(Optional.empty(), DailyThreads.DailyRef.decode(null));
  }

  @Test
  void postingDaysAreWrittenCompactly() {
    assertEquals("Mon–Fri", DailyRenderer.days(schedule(null)));
    assertEquals(
        "Mon, Wed, Fri",
        DailyRenderer.days(
            schedule(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY))));
    assertEquals("every day", DailyRenderer.days(schedule(EnumSet.allOf(DayOfWeek.class))));
    assertEquals("Tue", DailyRenderer.days(schedule(EnumSet.of(DayOfWeek.TUESDAY))));
  }

  @Test
  void leaderboardArgumentsComeInAnyOrderAndWeeksBackFollowTheSharedRange() {
    // GIVEN the words after /star leaderboard, WHEN parsed, THEN the scope defaults to the
    // workspace and weeks back run from 0 to the core's limit (52)
    assertEquals(new SlackProgress.BoardRequest(false, 0), SlackProgress.BoardRequest.parse(""));
    assertEquals(
        new SlackProgress.BoardRequest(true, 2), SlackProgress.BoardRequest.parse("2 channel"));
    assertEquals(
        new SlackProgress.BoardRequest(false, 1), SlackProgress.BoardRequest.parse("Workspace 1"));
    assertEquals(
        new SlackProgress.BoardRequest(true, LeaderboardRange.MAX_WEEKS_AGO),
        SlackProgress.BoardRequest.parse("here 52"));
    for (String bad : List.of("-1", "53", "520", "9999")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> SlackProgress.BoardRequest.parse(bad));
      assertEquals(LeaderboardRange.problem(bad), e.getMessage());
    }
    IllegalArgumentException soon =
        assertThrows(
            IllegalArgumentException.class, () -> SlackProgress.BoardRequest.parse("soon"));
    assertTrue(soon.getMessage().contains("'soon' is not channel"), soon.getMessage());
  }

  @Test
  void placeKeysAreTheCoresAndADmIsNoChannel() {
    // GIVEN a workspace and a channel, WHEN their keys are built, THEN they are PlaceKeys' own
    assertEquals(PlaceKeys.workspace("team", "T1"), SlackPlaces.workspace("T1"));
    assertEquals("team:T1", SlackPlaces.workspace("T1"));
    assertEquals(PlaceKeys.channel("team:T1", "C9"), SlackPlaces.dailyAnswers("T1", "C9"));
    assertEquals("team:T1", PlaceKeys.workspaceOf(SlackPlaces.dailyAnswers("T1", "C9")));
    assertEquals("team:T1", SlackCoach.key("T1", "U1").place());
    assertEquals(Optional.of(new PlaceId("slack", "T1", "C9")), SlackPlaces.channel("T1", "C9"));
    assertEquals(Optional.empty(), SlackPlaces.channel("T1", "D9"));
    assertEquals(Optional.empty(), SlackPlaces.channel("T1", null));
  }

  private static DailySchedule schedule(java.util.Set<DayOfWeek> days) {
    return new DailySchedule(
        PLACE, LocalTime.of(9, 0), ZoneId.of("UTC"), days, null, null, Level.SDE2, true);
  }
}
