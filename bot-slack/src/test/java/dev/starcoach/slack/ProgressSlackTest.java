package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.stats.TrendChart;
import dev.starcoach.core.testing.ScriptedDrill;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /star stats}, {@code /star leaderboard}, {@code /star timezone} and the App Home. */
class ProgressSlackTest {
  private static final String ALICE = "U0ALICE";
  private static final String BOB = "U0BOB";
  private static final String CHANNEL = "C0DAILY";
  private static final String DAILY_PLACE = "team:" + SlackApiStub.TEAM + "#chan:" + CHANNEL;

  /** The fake scorer gives 80 ("I" and a digit). */
  private static final String GOOD = "S: the import failed 3 times | A: I rewrote it | R: I cut it";

  /** The fake scorer gives 40. */
  private static final String WEAK = "S: the team did things | A: things happened";

  private SlackHarness h;

  @BeforeEach
  void setUp() throws Exception {
    h = new SlackHarness(Duration.ofMillis(10), null);
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  @Test
  void statsAnswersWithTheFiguresAndUploadsTheTrendChartToTheDm() throws Exception {
    // GIVEN a member with two scored daily answers
    answer(BOB, GOOD);
    answer(BOB, WEAK);

    // WHEN they run /star stats
    h.slash(BOB, "D" + BOB, "stats");

    // THEN the figures come back privately
    SlackApiStub.Call figures =
        h.stub.await("respond", c -> c.body().contains("Your STAR progress"));
    String body = figures.body();
    assertTrue(body.contains("*Sessions*\\n2"), body);
    assertTrue(body.contains("*Streak*\\n1 day"), body);
    assertTrue(body.contains("Mock and daily full answers: 60/100"), body);
    assertTrue(body.contains("Your trend chart is in our DM"), body);
    assertTrue(body.contains("Days are counted in UTC"), body);

    // AND the chart goes to the DM through the upload flow, as a real PNG
    SlackApiStub.Call url = h.stub.await("files.getUploadURLExternal", c -> true);
    assertEquals(ProgressRenderer.CHART_FILE, url.param("filename"));
    SlackApiStub.Call upload = h.stub.await("upload", c -> true);
    assertTrue(upload.param("path").startsWith("/upload/F"), upload.param("path"));
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(upload.raw()));
    assertNotNull(png, "the uploaded bytes decode as an image");
    assertEquals(TrendChart.WIDTH, png.getWidth());
    assertEquals(TrendChart.HEIGHT, png.getHeight());
    assertEquals(
        Integer.parseInt(url.param("length")), upload.raw().length, "the announced length");
    SlackApiStub.Call complete = h.stub.await("files.completeUploadExternal", c -> true);
    assertEquals("D" + BOB, complete.param("channel_id"));
    assertTrue(complete.param("files").contains(upload.param("path").substring(8)));
  }

  @Test
  void theLeaderboardShowsTheWeekWithEscapedNamesAndNoMentions() throws Exception {
    // GIVEN a channel with a daily question, and two members who answered there this week
    h.places.save(
        DailySchedule.workdays(
            new PlaceId("slack", SlackApiStub.TEAM, CHANNEL),
            LocalTime.of(9, 0),
            ZoneId.of("Europe/Berlin"),
            Level.SDE2));
    h.stub.name(ALICE, "Alice <!here>");
    answer(ALICE, GOOD);
    answer(BOB, WEAK);

    // WHEN someone runs /star leaderboard channel in that channel
    h.slash(BOB, CHANNEL, "leaderboard channel");

    // THEN the engine is asked for the channel's board of this week
    PlaceId place = new PlaceId("slack", SlackApiStub.TEAM, CHANNEL);
    assertEquals(
        new CoachEvent.ShowLeaderboard(Optional.of(place), true, 0), h.port.awaitEvents(1).get(0));

    // AND the channel's week is ranked by points, names escaped, the asker marked, nobody mentioned
    SlackApiStub.Call board = h.stub.await("respond", c -> c.body().contains("Leaderboard"));
    String body = board.body();
    assertTrue(body.contains("Leaderboard — this channel, this week"), body);
    assertTrue(body.contains("Week of Mon 2 Mar 2026 (Europe/Berlin)"), body);
    assertTrue(body.contains("*1.* Alice &lt;!here&gt; — 18 pts · 1 day · best 80\\n"), body);
    assertTrue(
        body.contains("*2.* u0bob — 14 pts · 1 day · best 40 (you)"), "users.info name: " + body);
    assertFalse(body.contains("<!here>"), body);
    assertFalse(body.contains("<@"), body);

    // WHEN they ask for the workspace board of last week
    h.slash(ALICE, CHANNEL, "leaderboard workspace 1");

    // THEN that week is shown, empty, in the channel's zone
    assertEquals(
        new CoachEvent.ShowLeaderboard(Optional.of(place), false, 1), h.port.awaitEvents(2).get(1));
    SlackApiStub.Call past =
        h.stub.await("respond", c -> c.body().contains("the workspace, last week"));
    assertTrue(past.body().contains("Week of Mon 23 Feb 2026 (Europe/Berlin)"), past.body());
    assertTrue(past.body().contains("No answers that week."), past.body());

    // AND bad arguments are explained without asking the engine: weeks back stop at 52
    h.slash(ALICE, CHANNEL, "leaderboard yesterday");
    h.stub.await("respond", c -> c.body().contains("'yesterday' is not channel"));
    h.slash(ALICE, CHANNEL, "leaderboard 53");
    h.stub.await("respond", c -> c.body().contains("use 0 (this week) to 52"));
    Thread.sleep(100);
    assertEquals(2, h.port.events.size(), h.port.events.toString());
  }

  @Test
  void aBareLeaderboardIsTheWorkspacesAndAMemberBelowTheTopTenSeesTheirOwnLine() throws Exception {
    // GIVEN eleven members who answered this week, Bob the weakest (the ten others tie first)
    for (int i = 0; i < 10; i++) {
      answer("U0M" + i, GOOD);
    }
    answer(BOB, WEAK);
    h.stub.name(BOB, "Bob");

    // WHEN Bob runs /star leaderboard in a channel
    h.slash(BOB, CHANNEL, "leaderboard");

    // THEN the engine is asked for the workspace's board, and Bob sees the top ten and his line
    assertEquals(
        new CoachEvent.ShowLeaderboard(
            Optional.of(new PlaceId("slack", SlackApiStub.TEAM, CHANNEL)), false, 0),
        h.port.awaitEvents(1).get(0));
    String body = h.stub.await("respond", c -> c.body().contains("Leaderboard")).body();
    assertTrue(body.contains("Leaderboard — the workspace, this week"), body);
    assertTrue(body.contains("(UTC)"), body);
    assertEquals(10, body.split(" — 18 pts", -1).length - 1, body);
    assertTrue(body.contains("…\\n*11.* Bob — 14 pts · 1 day · best 40 (you)"), body);
  }

  @Test
  void theAppHomeCountsTheStreakInThePersonsOwnZone() throws Exception {
    // GIVEN a member in Los Angeles who sets their zone through /star timezone
    h.slash(BOB, "D" + BOB, "timezone America/Los_Angeles");
    h.stub.await("respond", c -> c.body().contains("Time zone set to America/Los_Angeles"));
    assertInstanceOf(CoachEvent.ChangeTimeZone.class, h.port.awaitEvents(1).get(0));
    // and answered on Friday, then on Monday evening LA time (already Tuesday in UTC)
    h.clock.set(Instant.parse("2026-02-27T20:00:00Z"));
    answer(BOB, GOOD);
    h.clock.set(Instant.parse("2026-03-03T03:00:00Z"));
    answer(BOB, GOOD);
    h.clock.set(Instant.parse("2026-03-03T04:00:00Z"));

    // WHEN they open the App Home
    h.run(SignedRequests.homeOpened("Ev-home-zone", BOB), SignedRequests.JSON);

    // THEN the engine is asked for their stats and the workspace's board, with no channel
    assertEquals(
        List.of(
            new CoachEvent.ShowStats(Optional.empty()),
            new CoachEvent.ShowLeaderboard(Optional.empty(), false, 0)),
        h.port.awaitEvents(3).subList(1, 3));

    // THEN Friday and Monday in LA make a two-day streak (in UTC it would be one), and this
    // week's standing is shown
    SlackApiStub.Call publish = h.stub.await("views.publish", c -> true);
    String view = publish.param("view");
    assertTrue(view.contains("*Streak*\\n2 days"), view);
    assertTrue(view.contains("Days are counted in America/Los_Angeles"), view);
    assertTrue(view.contains("This week in the workspace:* #1 of 1 · 18 points · 1 day"), view);
  }

  @Test
  void whenTheDatabaseIsAwayStatsBoardsAndTheHomeSayWhatTheEngineSaid() throws Exception {
    // GIVEN a member with answers, and then the database unreachable
    answer(BOB, GOOD);
    h.stores.setOffline(true);

    // WHEN they ask for stats and the board, and open the App Home
    h.slash(BOB, CHANNEL, "stats");
    h.slash(BOB, CHANNEL, "leaderboard");
    h.run(SignedRequests.homeOpened("Ev-home-outage", BOB), SignedRequests.JSON);

    // THEN each says the database cannot be reached (the engine's notice), once, and no chart is
    // uploaded
    h.stub.await(
        "respond", c -> c.body().contains("Your STAR progress") || c.body().contains("database"));
    h.stub.awaitCount("respond", 2);
    for (SlackApiStub.Call call : h.stub.calls("respond")) {
      assertTrue(call.body().contains("database cannot be reached"), call.body());
    }
    String view = h.stub.await("views.publish", c -> true).param("view");
    assertEquals(1, view.split("database cannot be reached", -1).length - 1, view);
    assertTrue(view.contains("Guided practice"), "the start buttons stay: " + view);
    assertTrue(h.stub.calls("files.getUploadURLExternal").isEmpty());
  }

  @Test
  void statsTypedInTheDmAreShownThereWithTheChart() throws Exception {
    // GIVEN a member with an answer
    answer(BOB, GOOD);

    // WHEN they type "stats" in the DM
    h.run(
        SignedRequests.message("Ev-stats", BOB, "D" + BOB, "im", "stats", null, null),
        SignedRequests.JSON);

    // THEN the engine decides it is the stats command, the card is posted in the DM and the chart
    // is uploaded after it, with its comment
    assertEquals(new CoachEvent.TypedLine("stats"), h.port.awaitEvents(1).get(0));
    h.stub.await(
        "chat.postMessage",
        c -> c.param("channel").equals("D" + BOB) && c.param("blocks").contains("*Sessions*"));
    assertEquals(
        ProgressRenderer.CHART_FILE,
        h.stub.await("files.getUploadURLExternal", c -> true).param("filename"));
    SlackApiStub.Call complete = h.stub.await("files.completeUploadExternal", c -> true);
    assertEquals("D" + BOB, complete.param("channel_id"));
  }

  @Test
  void aBadTimeZoneIsExplained() throws Exception {
    h.slash(BOB, "D" + BOB, "timezone Mars/Olympus");

    h.stub.await("respond", c -> c.body().contains("is not an IANA time zone"));
  }

  private void answer(String user, String text) {
    h.engine.answerDaily(
        SessionKey.of("slack", DAILY_PLACE, user), ScriptedDrill.QUESTION_ID, Level.SDE2, text);
  }
}
