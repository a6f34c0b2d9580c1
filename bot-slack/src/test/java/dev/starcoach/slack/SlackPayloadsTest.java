package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.testing.ScriptedDrill;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the bot really sends: every flow driven through real Bolt with signed requests, every Web
 * API call and response URL answer captured by the local stub, and each payload checked against
 * Slack's limits ({@link BlockKitLimits}). Data exports go out as files.
 */
class SlackPayloadsTest {
  private static final String ALICE = "U0ALICE";
  private static final String BOB = "U0BOB";
  private static final String DM = "D" + ALICE;
  private static final String CHANNEL = "C0TEAM";

  private SlackHarness h;

  @BeforeEach
  void setUp() throws Exception {
    h = new SlackHarness(Duration.ofMillis(5), null);
    h.stub.admin(ALICE);
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  @Test
  void everyPayloadOfEveryFlowWithWorstCaseAnswersIsWithinSlacksLimits() throws Exception {
    // GIVEN a guided practice in the DM answered with 4,000-character answers, by message and modal
    int events = 0;
    h.slash(ALICE, DM, "practice guided " + ScriptedDrill.QUESTION_ID);
    h.port.awaitEvents(++events);
    dm("Ev-a1", ALICE, slackEscaped(SlackLimitsTest.ANSWER));
    h.port.awaitEvents(++events);
    press(ALICE, ActionIds.HINT, DM);
    h.port.awaitEvents(++events);
    press(ALICE, ActionIds.ANSWER, DM);
    h.run(
        SignedRequests.modalAnswer(
            ALICE,
            SlackLimitsTest.ANSWER.substring(0, 3000),
            SlackLimitsTest.ANSWER.substring(0, 999),
            DM + "|"),
        SignedRequests.FORM);
    h.port.awaitEvents(++events);
    press(ALICE, ActionIds.SKIP, DM);
    h.port.awaitEvents(++events);
    press(ALICE, ActionIds.STOP, DM);
    h.port.awaitEvents(++events);

    // AND a mock in a channel thread with a worst-case full answer and probe answers
    h.slash(ALICE, CHANNEL, "practice mock " + ScriptedDrill.QUESTION_ID);
    h.port.awaitEvents(++events);
    String thread =
        h.stub
            .await("chat.postMessage", c -> c.param("blocks").contains("Mock interview"))
            .param("thread_ts");
    for (int i = 0; i < 4; i++) {
      h.run(
          SignedRequests.message(
              "Ev-m" + i,
              ALICE,
              CHANNEL,
              "channel",
              slackEscaped(SlackLimitsTest.ANSWER),
              thread,
              SlackApiStub.BOT_USER),
          SignedRequests.JSON);
      h.port.awaitEvents(++events);
    }

    // AND a quiz, the content and settings commands, help, export and forget
    for (String command :
        List.of(
            "quiz " + ScriptedDrill.QUESTION_ID,
            "lens",
            "lens customer obsession",
            "questions",
            "level",
            "level senior",
            "remind on",
            "timezone Europe/Berlin",
            "export",
            "forget")) {
      h.slash(ALICE, DM, command);
      h.port.awaitEvents(++events);
    }
    press(ALICE, ActionIds.QUIZ_OPTION + "1", DM);
    h.port.awaitEvents(++events);
    h.slash(ALICE, DM, "help");
    h.slash(ALICE, DM, "dance <!channel>");
    h.slash(ALICE, DM, "level wizard");
    dm("Ev-help", ALICE, "help");
    dm("Ev-hello", ALICE, "hello there &lt;@U0X&gt;");
    h.port.awaitEvents(events += 2);

    // AND daily questions, stats, the leaderboard and the App Home
    h.slash(ALICE, CHANNEL, "daily set 09:00 Europe/Berlin mon-fri --mention @here");
    h.slash(ALICE, CHANNEL, "daily now");
    h.slash(ALICE, CHANNEL, "daily show");
    h.slash(BOB, CHANNEL, "stats");
    h.slash(ALICE, DM, "stats");
    h.slash(ALICE, CHANNEL, "leaderboard");
    h.run(SignedRequests.homeOpened("Ev-home", ALICE), SignedRequests.JSON);
    h.stub.await("views.publish", c -> true);
    h.stub.await(
        "respond",
        c -> c.body().contains("Weekly leaderboard") || c.body().contains("leaderboard"));
    Thread.sleep(300);

    // THEN every message, response and view sent is within Slack's limits
    List<String> breaches = new ArrayList<>();
    int checked = 0;
    for (SlackApiStub.Call c : h.stub.calls()) {
      switch (c.method()) {
        case "chat.postMessage", "chat.postEphemeral" -> {
          breaches.addAll(BlockKitLimits.checkMessageBlocks(c.param("blocks")));
          if (c.param("text").isBlank()) {
            breaches.add(c.method() + " without fallback text");
          }
          checked++;
        }
        case "respond" -> {
          JsonObject body = JsonParser.parseString(c.body()).getAsJsonObject();
          JsonElement blocks = body.get("blocks");
          breaches.addAll(
              BlockKitLimits.checkMessageBlocks(blocks == null ? "[]" : blocks.toString()));
          checked++;
        }
        case "views.open", "views.publish" -> {
          breaches.addAll(BlockKitLimits.checkView(c.param("view")));
          checked++;
        }
        default -> {}
      }
    }
    assertEquals(List.of(), breaches);
    assertTrue(h.port.replies.stream().anyMatch(r -> r instanceof CoachReply.MockBreakdown));
    assertTrue(h.port.replies.stream().anyMatch(r -> r instanceof CoachReply.VerdictCard));
    assertTrue(h.port.replies.stream().anyMatch(r -> r instanceof CoachReply.QuizFeedback));
    assertTrue(checked > 30, "checked " + checked + " payloads: " + h.stub.summary());
  }

  @Test
  void anExportIsUploadedToTheDmAsAFileWithAShortSummary() throws Exception {
    // GIVEN a member with a drill answered in a channel
    h.slash(ALICE, DM, "practice drill " + ScriptedDrill.QUESTION_ID);
    dm("Ev-x1", ALICE, ScriptedDrill.ANSWERS.get(0));
    h.port.awaitEvents(2);

    // WHEN they ask for their data from a channel
    h.slash(ALICE, CHANNEL, "export");

    // THEN the JSON is uploaded to their DM as a file through the upload v2 flow
    SlackApiStub.Call complete = h.stub.await("files.completeUploadExternal", c -> true);
    assertEquals(DM, complete.param("channel_id"), complete.all());
    assertTrue(complete.param("files").contains("STAR Coach data export"), complete.all());
    assertEquals(
        ReplyRenderer.EXPORT_FILE,
        h.stub.await("files.getUploadURLExternal", c -> true).param("filename"));
    SlackApiStub.Call upload = h.stub.await("upload", c -> true);
    String json = new String(upload.raw(), StandardCharsets.UTF_8);
    assertTrue(json.contains("starcoach-export/1"), json);
    assertTrue(json.contains(ScriptedDrill.ANSWERS.get(0)), "the answer is in the file");

    // AND the DM gets a short summary and the channel a private note, no JSON in any message
    SlackApiStub.Call summary =
        h.stub.await(
            "chat.postMessage",
            c -> c.param("channel").equals(DM) && c.param("blocks").contains("Your data export"));
    assertTrue(summary.param("blocks").length() < 1500, summary.param("blocks"));
    assertTrue(summary.param("blocks").contains("1 answer"), summary.param("blocks"));
    h.stub.await("respond", c -> c.body().contains("I sent your data export to our DM"));
    for (SlackApiStub.Call c : h.stub.calls()) {
      assertFalse(c.all().contains("starcoach-export/1") && !c.method().equals("upload"), c.all());
    }
  }

  @Test
  void anExportAskedInAPracticeThreadNeverLandsInTheChannel() throws Exception {
    // GIVEN a drill in a channel thread
    h.slash(ALICE, CHANNEL, "practice drill " + ScriptedDrill.QUESTION_ID);
    String thread =
        h.stub
            .await("chat.postMessage", c -> c.param("blocks").contains("Step 1 of 5"))
            .param("thread_ts");

    // WHEN the member types /export in the thread
    h.run(
        SignedRequests.message(
            "Ev-exp", ALICE, CHANNEL, "channel", "/export", thread, SlackApiStub.BOT_USER),
        SignedRequests.JSON);

    // THEN the file goes to the DM, and the thread only hears where it went
    SlackApiStub.Call complete = h.stub.await("files.completeUploadExternal", c -> true);
    assertEquals(DM, complete.param("channel_id"));
    h.stub.await(
        "chat.postMessage",
        c -> c.param("thread_ts").equals(thread) && c.param("blocks").contains("our DM"));
    Thread.sleep(200);
    assertTrue(
        h.stub.calls("chat.postMessage").stream()
            .filter(c -> c.param("channel").equals(CHANNEL))
            .noneMatch(c -> c.param("blocks").contains("Your data export")));
  }

  private void dm(String eventId, String user, String escapedText) throws Exception {
    h.run(
        SignedRequests.message(eventId, user, "D" + user, "im", escapedText, null, null),
        SignedRequests.JSON);
  }

  private void press(String user, String actionId, String channel) throws Exception {
    h.run(SignedRequests.button(user, actionId, "Situation", channel, null), SignedRequests.FORM);
  }

  /** Slack escapes these three characters in message text. */
  private static String slackEscaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
