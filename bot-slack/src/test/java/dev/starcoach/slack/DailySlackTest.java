package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.core.scoring.ScoreBand;
import dev.starcoach.core.session.SessionMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Daily questions through the Slack path: {@code /star daily} by admins and others, the scheduler
 * posting through the bot's publisher to the Web API stub, and answers in the post's thread.
 */
class DailySlackTest {
  private static final String ADMIN = "U0ADMIN";
  private static final String BOB = "U0BOB";
  private static final String CAROL = "U0CAROL";
  private static final String CHANNEL = "C0DAILY";
  private static final PlaceId PLACE = new PlaceId("slack", SlackApiStub.TEAM, CHANNEL);
  private static final Pattern DAILY_REF = Pattern.compile("star_daily\\|[^\"|]+\\|[a-z0-9]+");

  /** Scored 70 by the fake scorer ("I" and a digit, minus 10 for "we"): the Solid band. */
  private static final String THREAD_ANSWER =
      "S: our import failed 3 times a week | T: nobody owned it | A: I rewrote the retry and we"
          + " shipped it | R: I cut failures to 0";

  private SlackHarness h;

  @BeforeEach
  void setUp() throws Exception {
    h = new SlackHarness(Duration.ofMillis(10), null);
    h.stub.admin(ADMIN);
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  @Test
  void anAdminSetsTheScheduleAndOthersAreRefused() throws Exception {
    // GIVEN a member who is not an admin
    // WHEN they try to set the channel's daily question
    h.slash(BOB, CHANNEL, "daily set 09:00 Europe/Berlin");

    // THEN they get a clear refusal and nothing is saved
    h.stub.await("respond", c -> c.param("path").endsWith(BOB) && c.body().contains("Only admins"));
    assertTrue(h.places.find(PLACE).isEmpty());

    // WHEN a workspace admin sets it, with a level and @here
    h.slash(ADMIN, CHANNEL, "daily set 09:00 Europe/Berlin mon-fri --level senior --mention @here");

    // THEN it is saved and shown with the next post time in the schedule's zone
    SlackApiStub.Call shown =
        h.stub.await(
            "respond",
            c -> c.param("path").endsWith(ADMIN) && c.body().contains("Daily question set"));
    String body = shown.body();
    assertTrue(body.contains("\"response_type\":\"ephemeral\""), body);
    assertTrue(body.contains("09:00 Europe/Berlin, Mon–Fri"), body);
    assertTrue(body.contains("Senior SDE"), body);
    assertTrue(body.contains("*Mention:* @here"), body);
    // the clock is Monday 10:00 in Berlin, so the next post is on Tuesday
    assertTrue(body.contains("*Next post:* Tue 3 Mar, 09:00 (Europe/Berlin)"), body);
    assertFalse(body.contains("<!here>"), "the confirmation mentions nobody: " + body);
    DailySchedule saved = h.places.find(PLACE).orElseThrow();
    assertEquals(LocalTime.of(9, 0), saved.time());
    assertEquals(ZoneId.of("Europe/Berlin"), saved.zone());
    assertEquals(Level.SENIOR, saved.level());
    assertEquals("<!here>", saved.mention());

    // AND anyone may look at it
    h.slash(BOB, CHANNEL, "daily show");
    h.stub.await(
        "respond",
        c -> c.param("path").endsWith(BOB) && c.body().contains("Daily question in this channel"));
  }

  @Test
  void membersOfAConfiguredAdminGroupMayChangeIt() throws Exception {
    // GIVEN a schedule, and a user group the channel's settings list as admins
    h.places.save(
        DailySchedule.workdays(PLACE, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), Level.SDE2));
    h.places.settings().save(new PlaceSettings(PLACE, Set.of("S0LEADS"), null));
    h.stub.group("S0LEADS", "leads", CAROL);

    // WHEN a member of that group (not a workspace admin) pauses it
    h.slash(CAROL, CHANNEL, "daily off");

    // THEN it is paused
    h.stub.await(
        "respond",
        c -> c.param("path").endsWith(CAROL) && c.body().contains("Daily question paused"));
    assertFalse(h.places.find(PLACE).orElseThrow().enabled());
  }

  @Test
  void dailyOutsideAChannelSaysWhereToRunIt() throws Exception {
    h.slash(ADMIN, "D" + ADMIN, "daily set 09:00 Europe/Berlin");

    h.stub.await("respond", c -> c.body().contains("in the channel that should get"));
    assertTrue(h.places.allEnabled().isEmpty());
  }

  @Test
  void theSchedulerPostsOncePerWeekdayAtNineLocalTimeAcrossADaylightSavingChange()
      throws Exception {
    // GIVEN Sunday 1 March, a Berlin channel mentioning a user group, and a New York channel
    // (New York moves its clocks on Sunday 8 March)
    h.clock.set(Instant.parse("2026-03-01T12:00:00Z"));
    h.stub.group("S0LEADS", "leads");
    h.slash(ADMIN, CHANNEL, "daily set 09:00 Europe/Berlin --mention @leads");
    h.stub.await(
        "respond", c -> c.param("path").endsWith(ADMIN) && c.body().contains("user group S0LEADS"));
    h.slash(ADMIN, "C0NYC", "daily set 9:00 America/New_York mon-fri");
    h.stub.awaitCount("respond", 2);
    assertEquals("<!subteam^S0LEADS>", h.places.find(PLACE).orElseThrow().mention());

    // WHEN the scheduler ticks every 15 minutes for two weeks
    List<ZonedDateTime> posted = new ArrayList<>();
    Instant end = Instant.parse("2026-03-15T12:00:00Z");
    while (h.clock.instant().isBefore(end)) {
      for (DailyQuestionService.Outcome o : h.dailyService.tick()) {
        if (o.occurrence().isBefore(LocalDate.of(2026, 3, 2))) {
          // Friday's slot, before the schedules existed, is passed over, not posted
          assertEquals(DailyQuestionService.Action.SKIPPED_TOO_LATE, o.action(), o.toString());
          continue;
        }
        assertEquals(DailyQuestionService.Action.POSTED, o.action(), o.toString());
        DailySchedule s = h.places.find(o.place()).orElseThrow();
        posted.add(h.clock.instant().atZone(s.zone()));
      }
      h.clock.advance(Duration.ofMinutes(15));
    }

    // THEN each channel got exactly one post per weekday, at 09:00 its local time
    assertEquals(20, posted.size(), posted.toString());
    for (ZonedDateTime at : posted) {
      assertEquals(LocalTime.of(9, 0), at.toLocalTime(), at.toString());
      assertFalse(
          at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY,
          at.toString());
    }
    assertEquals(10, posted.stream().map(ZonedDateTime::toLocalDate).distinct().count());
    List<SlackApiStub.Call> berlin =
        h.stub.calls("chat.postMessage").stream()
            .filter(c -> c.param("channel").equals(CHANNEL))
            .toList();
    List<SlackApiStub.Call> nyc =
        h.stub.calls("chat.postMessage").stream()
            .filter(c -> c.param("channel").equals("C0NYC"))
            .toList();
    assertEquals(10, berlin.size());
    assertEquals(10, nyc.size());
    assertEquals(
        10,
        h.places.claims().stream()
            .filter(c -> c.place().equals(PLACE))
            .filter(c -> !c.occurrence().isBefore(LocalDate.of(2026, 3, 2)))
            .count());
    // and the New York posts straddle the change: 14:00 UTC before it, 13:00 UTC after
    assertTrue(
        posted.stream()
            .anyMatch(
                at ->
                    at.getZone().getId().equals("America/New_York")
                        && at.toLocalDate().equals(LocalDate.of(2026, 3, 6))
                        && at.toInstant().equals(Instant.parse("2026-03-06T14:00:00Z"))));
    assertTrue(
        posted.stream()
            .anyMatch(at -> at.toInstant().equals(Instant.parse("2026-03-09T13:00:00Z"))));

    // AND each Berlin post shows the question with its principle, the button, the thread
    // invitation, and exactly the configured mention
    for (SlackApiStub.Call post : berlin) {
      String blocks = post.param("blocks");
      assertTrue(blocks.contains("<!subteam^S0LEADS>"), blocks);
      assertTrue(blocks.contains("Daily question"), blocks);
      assertTrue(blocks.contains("Practise privately"), blocks);
      assertTrue(blocks.contains(ActionIds.DAILY_PRACTICE), blocks);
      assertTrue(blocks.contains("Answer in this thread"), blocks);
      assertTrue(DAILY_REF.matcher(blocks).find(), blocks);
      assertTrue(post.param("text").startsWith("<!subteam^S0LEADS> Daily question: "));
      assertTrue(post.param("metadata").contains(DailyThreads.EVENT_TYPE), post.all());
    }
    for (SlackApiStub.Call post : nyc) {
      assertFalse(post.all().contains("<!"), "no mention configured: " + post.all());
    }
  }

  @Test
  void aStoredMentionThatIsNotAGroupOrHereIsNeverPosted() throws Exception {
    // GIVEN a schedule whose stored mention is something else (written by another tool)
    h.places.save(
        new DailySchedule(
            PLACE,
            LocalTime.of(9, 0),
            ZoneId.of("Europe/Berlin"),
            null,
            "<!channel>",
            null,
            Level.SDE2,
            true));

    // WHEN an admin posts now
    h.slash(ADMIN, CHANNEL, "daily now");

    // THEN the post goes out without it
    SlackApiStub.Call post =
        h.stub.await("chat.postMessage", c -> c.param("channel").equals(CHANNEL));
    assertFalse(post.all().contains("<!channel>"), post.all());
    h.stub.await("respond", c -> c.body().contains("Posted today's question"));
  }

  @Test
  void aThreadAnswerGetsPrivateFeedbackAndAPublicBandOnly() throws Exception {
    // GIVEN a daily question posted now in the channel
    String ts = postNow();
    h.stub.name(BOB, "Bob <b>");

    // WHEN a member answers in its thread (and Slack delivers the event a second time)
    String event =
        SignedRequests.message(
            "Ev-daily-1", BOB, CHANNEL, "channel", THREAD_ANSWER, ts, SlackApiStub.BOT_USER);
    assertEquals(200, h.run(event, SignedRequests.JSON).getStatusCode());
    assertEquals(
        200,
        h.app()
            .run(SignedRequests.retried(h.app(), event, SignedRequests.JSON, 1))
            .getStatusCode());

    // THEN the engine scores it once, as a daily answer stored under the channel's place
    SlackHarness.DailyAnswer answer = h.port.awaitDailyAnswers(1).get(0);
    assertEquals("team:" + SlackApiStub.TEAM + "#chan:" + CHANNEL, answer.key().place());
    assertEquals(BOB, answer.key().person().userId());
    assertEquals(THREAD_ANSWER, answer.text());
    assertEquals(java.util.Optional.of(ScoreBand.SOLID), answer.band());

    // AND the full feedback, findings included, goes to the member's DM
    SlackApiStub.Call feedback =
        h.stub.await(
            "chat.postMessage",
            c -> c.param("channel").equals("D" + BOB) && c.param("blocks").contains("we_language"));
    assertTrue(feedback.param("blocks").contains("Your full answer"), feedback.all());
    h.stub.await(
        "chat.postMessage",
        c ->
            c.param("channel").equals("D" + BOB)
                && c.param("blocks").contains("Your answer to the daily question"));

    // AND the thread gets a short, kind note with the band only
    SlackApiStub.Call note =
        h.stub.await(
            "chat.postMessage",
            c -> c.param("channel").equals(CHANNEL) && c.param("thread_ts").equals(ts));
    String all = note.param("text") + note.param("blocks");
    assertTrue(all.contains("*Solid*"), all);
    assertTrue(all.contains("Bob &lt;b&gt;"), "the name is escaped: " + all);
    assertFalse(all.contains("we_language"), all);
    assertFalse(all.contains("Say what you did"), all);
    assertFalse(all.contains("70"), "no score in public: " + all);
    assertFalse(all.contains("<@"), all);
    Thread.sleep(200);
    assertEquals(1, h.port.dailyAnswers.size(), "the retry was not handled again");
    assertEquals(
        1,
        h.stub.calls("chat.postMessage").stream()
            .filter(c -> c.param("thread_ts").equals(ts))
            .count());
  }

  @Test
  void afterARestartTheParentMessageStillMarksTheThread() throws Exception {
    // GIVEN a daily question posted, then a restart that forgets everything in memory
    String ts = postNow();
    String questionId = h.stub.calls("chat.postMessage").get(0).param("blocks");
    Matcher ref = DAILY_REF.matcher(questionId);
    assertTrue(ref.find());
    h.restart();

    // WHEN a member answers in the thread
    h.run(
        SignedRequests.message(
            "Ev-after-restart", BOB, CHANNEL, "channel", THREAD_ANSWER, ts, SlackApiStub.BOT_USER),
        SignedRequests.JSON);

    // THEN the bot reads the parent message, recognises the daily post and scores the answer
    SlackHarness.DailyAnswer answer = h.port.awaitDailyAnswers(1).get(0);
    assertEquals(
        DailyThreads.DailyRef.decode(ref.group()).orElseThrow().questionId(), answer.questionId());
    SlackApiStub.Call replies = h.stub.await("conversations.replies", c -> true);
    assertEquals(ts, replies.param("ts"));
    h.stub.await(
        "chat.postMessage",
        c -> c.param("thread_ts").equals(ts) && c.param("blocks").contains("Solid"));
  }

  @Test
  void repliesInOtherThreadsAreNotDailyAnswers() throws Exception {
    // GIVEN a thread started by a person, and a bot thread that is not a daily post
    postNow();
    h.run(
        SignedRequests.message(
            "Ev-human-thread", BOB, CHANNEL, "channel", "I agree 100", "1699999999.000001", CAROL),
        SignedRequests.JSON);
    h.run(
        SignedRequests.message(
            "Ev-other-bot-thread",
            BOB,
            CHANNEL,
            "channel",
            "I agree 100",
            "1699999999.000002",
            SlackApiStub.BOT_USER),
        SignedRequests.JSON);

    // THEN nothing is scored; only the bot's own thread was looked up
    Thread.sleep(300);
    assertTrue(h.port.dailyAnswers.isEmpty());
    assertEquals(1, h.stub.calls("conversations.replies").size(), h.stub.summary());
  }

  @Test
  void practisePrivatelyStartsAMockOnThatQuestionInTheDm() throws Exception {
    // GIVEN a daily question posted in the channel
    postNow();
    Matcher m = DAILY_REF.matcher(h.stub.calls("chat.postMessage").get(0).param("blocks"));
    assertTrue(m.find());
    DailyThreads.DailyRef ref = DailyThreads.DailyRef.decode(m.group()).orElseThrow();

    // WHEN a member presses "Practise privately"
    h.run(
        SignedRequests.button(BOB, ActionIds.DAILY_PRACTICE, m.group(), CHANNEL, null),
        SignedRequests.FORM);

    // THEN a mock practice on that question starts in their DM (after the admin's daily command),
    // and the channel tells only them
    assertInstanceOf(CoachEvent.DailyCommand.class, h.port.awaitEvents(2).get(0));
    CoachEvent.StartPractice start =
        assertInstanceOf(CoachEvent.StartPractice.class, h.port.awaitEvents(2).get(1));
    assertEquals(SessionMode.MOCK, start.mode());
    assertEquals(ref.questionId(), start.selector());
    assertEquals(ref.level(), start.level());
    h.stub.await(
        "chat.postMessage",
        c -> c.param("channel").equals("D" + BOB) && c.param("blocks").contains("Mock interview"));
    h.stub.await(
        "chat.postEphemeral",
        c -> c.param("user").equals(BOB) && c.param("blocks").contains("in our DM"));
  }

  /** An admin sets a schedule and posts now; returns the post's ts. */
  private String postNow() {
    h.places.save(
        DailySchedule.workdays(PLACE, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), Level.SDE2));
    try {
      h.slash(ADMIN, CHANNEL, "daily now");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    h.stub.await("respond", c -> c.body().contains("Posted today's question"));
    SlackApiStub.Call post =
        h.stub.await("chat.postMessage", c -> c.param("channel").equals(CHANNEL));
    return JsonParser.parseString(post.response()).getAsJsonObject().get("ts").getAsString();
  }
}
