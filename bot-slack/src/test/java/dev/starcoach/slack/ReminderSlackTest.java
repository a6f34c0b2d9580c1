package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.remind.ReminderService;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.ScriptedDrill;
import dev.starcoach.core.testing.TestBank;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders through the Slack path: {@code /star remind on|off} as signed requests, and the
 * reminder service sending through the bot's publisher to the member's DM on the Web API stub.
 */
class ReminderSlackTest {
  private static final String DANA = "U0DANA";
  private static final String CHANNEL = "C0TEAM";

  private SlackHarness h;

  @BeforeEach
  void setUp() throws Exception {
    h = new SlackHarness(Duration.ofMillis(10), null);
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  private SessionKey dana() {
    return SlackCoach.key(SlackApiStub.TEAM, DANA);
  }

  @Test
  void remindOnAndOffAreStoredAndAnsweredPrivately() throws Exception {
    // WHEN Dana turns reminders on with /star remind on
    h.slash(DANA, CHANNEL, "remind on");

    // THEN only she is told, and her choice is stored
    SlackApiStub.Call on =
        h.stub.await(
            "respond", c -> c.param("path").endsWith(DANA) && c.body().contains("Reminders on"));
    assertTrue(on.body().contains("\"response_type\":\"ephemeral\""), on.body());
    assertTrue(h.reminders.optedIn(dana().person()));

    // WHEN she turns them off, THEN they are off
    h.slash(DANA, CHANNEL, "remind off");
    h.stub.await(
        "respond", c -> c.param("path").endsWith(DANA) && c.body().contains("Reminders off"));
    assertFalse(h.reminders.optedIn(dana().person()));

    // AND a wrong argument says what is expected
    h.slash(DANA, CHANNEL, "remind later");
    h.stub.await("respond", c -> c.param("path").endsWith(DANA) && c.body().contains("on or off"));
  }

  @Test
  void aDrillLeftForADayIsRemindedOnceInTheMembersDmWithItsButtons() {
    // GIVEN Dana opted in and left a drill after two steps
    RecordingConversation chat = new RecordingConversation();
    h.engine.handle(dana(), new CoachEvent.SetReminders(true), chat);
    h.engine.handle(
        dana(),
        new CoachEvent.StartPractice(SessionMode.DRILL, TestBank.WALKTHROUGH_ID, null),
        chat);
    h.engine.handle(dana(), new CoachEvent.SubmitAnswer(ScriptedDrill.ANSWERS.get(0)), chat);
    h.engine.handle(dana(), new CoachEvent.SubmitAnswer(ScriptedDrill.ANSWERS.get(1)), chat);
    ReminderService service =
        new ReminderService(
            h.engine.bank(), h.reminders, h.bot.reminderPublisher(), h.clock, Duration.ofHours(24));

    // WHEN a day and a minute pass and the service ticks twice
    h.clock.advance(Duration.ofHours(24).plusMinutes(1));
    List<ReminderService.Outcome> outcomes = service.tick();
    service.tick();

    // THEN her DM was opened and one reminder posted there, naming the step, with Answer and Stop
    assertEquals(ReminderService.Action.SENT, outcomes.get(0).action());
    assertEquals(DANA, h.stub.calls("conversations.open").get(0).param("users"));
    List<SlackApiStub.Call> posts = h.stub.calls("chat.postMessage");
    assertEquals(1, posts.size());
    SlackApiStub.Call post = posts.get(0);
    assertEquals("D" + DANA, post.param("channel"));
    String question = TestBank.load().byId(TestBank.WALKTHROUGH_ID).orElseThrow().text();
    assertTrue(
        post.param("text")
            .startsWith("You left your drill on '" + question + "' at the Action step."),
        post.param("text"));
    JsonArray blocks = JsonParser.parseString(post.param("blocks")).getAsJsonArray();
    JsonArray buttons =
        blocks.asList().stream()
            .map(b -> b.getAsJsonObject())
            .filter(b -> b.get("type").getAsString().equals("actions"))
            .findFirst()
            .orElseThrow()
            .getAsJsonArray("elements");
    assertEquals(
        List.of(ActionIds.ANSWER, ActionIds.STOP),
        buttons.asList().stream()
            .map(b -> b.getAsJsonObject().get("action_id").getAsString())
            .toList());
  }

  @Test
  void aDmSlackRefusesFailsWithSlacksReason() {
    // GIVEN a member whose DM Slack refuses to post to
    h.stub.refuse("D" + DANA);
    RecordingConversation chat = new RecordingConversation();
    h.engine.handle(
        dana(),
        new CoachEvent.StartPractice(SessionMode.DRILL, TestBank.WALKTHROUGH_ID, null),
        chat);
    var session = h.stores.findOpen(dana()).orElseThrow();
    var reminder =
        new dev.starcoach.core.remind.Reminder(
            session,
            h.engine.bank().byId(TestBank.WALKTHROUGH_ID).orElseThrow(),
            ReminderService.stepLabel(session));

    // WHEN the reminder is published, THEN it fails naming Slack's error
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> h.bot.reminderPublisher().publish(reminder));
    assertTrue(e.getMessage().contains("not_in_channel"), e.getMessage());
  }
}
