package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.bolt.response.Response;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.testing.ScriptedDrill;
import dev.starcoach.core.testing.TestBank;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Signed Slack requests through a real Bolt app with request verification on; the Web API calls it
 * makes land on a local stub.
 */
class SlackRequestsTest {
  private static final String ALICE = "U0ALICE";
  private static final String DM = "D" + ALICE;
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
  void slashPracticeInADirectMessageIsAcknowledgedAndPostsTheSituationPrompt() throws Exception {
    // GIVEN a member in their DM with the bot
    // WHEN they run /star practice drill on the test walkthrough
    Response response = h.slash(ALICE, DM, "practice drill " + ScriptedDrill.QUESTION_ID);

    // THEN Slack gets an empty 200 at once and the first prompt is posted to the DM
    assertEquals(200, response.getStatusCode());
    SlackApiStub.Call post =
        h.stub.await("chat.postMessage", c -> c.param("blocks").contains("Situation"));
    assertEquals(DM, post.param("channel"));
    assertTrue(post.param("blocks").contains(ActionIds.ANSWER), "has the Answer button");
    assertTrue(post.param("blocks").contains(ActionIds.HINT));
    assertTrue(post.param("blocks").contains(ActionIds.SKIP));
    assertTrue(post.param("blocks").contains(ActionIds.STOP));
    int target =
        TestBank.load()
            .byId(ScriptedDrill.QUESTION_ID)
            .orElseThrow()
            .targetSeconds(Step.SITUATION, Level.SDE2);
    assertTrue(post.param("blocks").contains("target " + target + " s"), post.param("blocks"));
    CoachEvent.StartPractice start =
        assertInstanceOf(CoachEvent.StartPractice.class, h.port.awaitEvents(1).get(0));
    assertEquals(ScriptedDrill.QUESTION_ID, start.selector());
  }

  @Test
  void theAcknowledgementDoesNotWaitForTheEngine() throws Exception {
    // GIVEN an engine that does not answer until released
    h.port.hold();

    // WHEN a slash command arrives
    Response response = h.slash(ALICE, DM, "practice drill");

    // THEN Bolt has already answered 200, before the engine ran
    assertEquals(200, response.getStatusCode());
    assertTrue(h.port.events.isEmpty());
    h.port.open();
    h.port.awaitEvents(1);
  }

  @Test
  void aBadSignatureIsRejectedAndNothingHappens() throws Exception {
    // GIVEN a slash command signed with the wrong secret
    String body = SignedRequests.slash(ALICE, DM, "practice drill", h.stub.responseUrl("x"));
    var headers =
        SignedRequests.headers(
            body, SignedRequests.FORM, SignedRequests.now(), "not-the-secret", null);

    // WHEN it reaches the app
    Response response = h.app().run(SignedRequests.parse(h.app(), body, headers));

    // THEN it is refused with 401 and the engine never hears of it
    assertEquals(401, response.getStatusCode());
    Thread.sleep(200);
    assertTrue(h.port.events.isEmpty());
  }

  @Test
  void aRequestOlderThanFiveMinutesIsRejected() throws Exception {
    // GIVEN a correctly signed request whose timestamp is six minutes old
    String body = SignedRequests.slash(ALICE, DM, "practice drill", h.stub.responseUrl("x"));
    long sixMinutesAgo = SignedRequests.now() - 6 * 60;
    var headers =
        SignedRequests.headers(
            body, SignedRequests.FORM, sixMinutesAgo, SignedRequests.SECRET, null);

    // WHEN it reaches the app
    Response response = h.app().run(SignedRequests.parse(h.app(), body, headers));

    // THEN it is refused as a possible replay
    assertEquals(401, response.getStatusCode());
  }

  @Test
  void buttonsAskForAHintAndOpenTheAnswerModal() throws Exception {
    // GIVEN a drill open in the DM
    h.slash(ALICE, DM, "practice drill " + ScriptedDrill.QUESTION_ID);
    h.stub.await("chat.postMessage", c -> c.param("blocks").contains("Situation"));

    // WHEN the member presses Hint, then Answer
    assertEquals(
        200,
        h.run(
                SignedRequests.button(ALICE, ActionIds.HINT, "Situation", DM, null),
                SignedRequests.FORM)
            .getStatusCode());
    assertEquals(
        200,
        h.run(
                SignedRequests.button(ALICE, ActionIds.ANSWER, "Situation", DM, null),
                SignedRequests.FORM)
            .getStatusCode());

    // THEN a hint is posted, and a modal opens whose two multiline boxes each take at most 3,000
    // characters (Slack's limit) and together the 4,000 an answer may be
    h.port.awaitReply(CoachReply.Hint.class);
    h.stub.await("chat.postMessage", c -> c.param("blocks").contains("Hint for Situation"));
    SlackApiStub.Call open = h.stub.await("views.open", c -> true);
    assertTrue(open.param("trigger_id").startsWith("trigger-" + ActionIds.ANSWER + "-"));
    String view = open.param("view");
    assertTrue(view.contains("\"multiline\":true"), view);
    JsonArray inputs = JsonParser.parseString(view).getAsJsonObject().getAsJsonArray("blocks");
    int total = 0;
    for (JsonElement input : inputs) {
      int max = input.getAsJsonObject().getAsJsonObject("element").get("max_length").getAsInt();
      assertTrue(max <= 3000, view);
      total += max;
    }
    assertEquals(4000, total, view);
    assertTrue(view.contains(ActionIds.ANSWER_MODAL), view);
    assertTrue(view.contains(DM + "|"), "the modal remembers where to answer: " + view);
  }

  @Test
  void aModalSubmissionIsTakenAsTheAnswer() throws Exception {
    // GIVEN a drill open in the DM
    h.slash(ALICE, DM, "practice drill " + ScriptedDrill.QUESTION_ID);
    h.port.awaitEvents(1);

    // WHEN the member submits the answer modal
    Response response =
        h.run(
            SignedRequests.modalAnswer(ALICE, ScriptedDrill.ANSWERS.get(0), DM + "|"),
            SignedRequests.FORM);

    // THEN the modal closes (empty 200), the engine scores it and the feedback goes to the DM
    assertEquals(200, response.getStatusCode());
    CoachEvent.SubmitAnswer answer =
        assertInstanceOf(CoachEvent.SubmitAnswer.class, h.port.awaitEvents(2).get(1));
    assertEquals(ScriptedDrill.ANSWERS.get(0), answer.text());
    h.port.awaitReply(CoachReply.AnswerFeedback.class);
    SlackApiStub.Call next =
        h.stub.await(
            "chat.postMessage",
            c -> c.param("channel").equals(DM) && c.param("blocks").contains("Step 2 of 5: Task"));

    // AND the notification of that message names the new prompt, not only the feedback
    assertTrue(next.param("text").startsWith("Situation: "), next.param("text"));
    assertTrue(next.param("text").contains("Step 2 of 5: Task"), next.param("text"));
  }

  @Test
  void theTwoBoxesOfTheModalAreOneAnswerOfUpTo4000Characters() throws Exception {
    // GIVEN a drill open in the DM
    h.slash(ALICE, DM, "practice drill " + ScriptedDrill.QUESTION_ID);
    h.port.awaitEvents(1);
    String first = "I compared the logs. ".repeat(140).strip();
    String rest = "Then I wrote the fix. ".repeat(40).strip();
    assertTrue(first.length() <= 3000 && first.length() + rest.length() + 1 > 3000);

    // WHEN the member submits both boxes
    Response response =
        h.run(SignedRequests.modalAnswer(ALICE, first, rest, DM + "|"), SignedRequests.FORM);

    // THEN the engine receives them joined on a new line, as one answer
    assertEquals(200, response.getStatusCode());
    assertEquals(new CoachEvent.SubmitAnswer(first + "\n" + rest), h.port.awaitEvents(2).get(1));
    h.port.awaitReply(CoachReply.AnswerFeedback.class);
  }

  @Test
  void boxesTogetherOver4000AreRefusedInTheModalWithTheCount() throws Exception {
    // WHEN a member fills both boxes to Slack's maximum
    Response response =
        h.run(
            SignedRequests.modalAnswer(ALICE, "a".repeat(3000), "b".repeat(1000), DM + "|"),
            SignedRequests.FORM);

    // THEN the modal stays open with the count under the continued box, and nothing is sent
    assertEquals(200, response.getStatusCode());
    assertTrue(response.getBody().contains("\"response_action\":\"errors\""), response.getBody());
    assertTrue(response.getBody().contains(ActionIds.ANSWER_MORE_BLOCK), response.getBody());
    assertTrue(response.getBody().contains("4,001"), response.getBody());
    Thread.sleep(100);
    assertTrue(h.port.events.isEmpty());
  }

  @Test
  void anEmptyModalIsRefusedInTheModal() throws Exception {
    Response response =
        h.run(SignedRequests.modalAnswer(ALICE, "   ", DM + "|"), SignedRequests.FORM);

    assertEquals(200, response.getStatusCode());
    assertTrue(response.getBody().contains("\"response_action\":\"errors\""), response.getBody());
    Thread.sleep(100);
    assertTrue(h.port.events.isEmpty());
  }

  @Test
  void aDirectMessageIsTheAnswerButBotMessagesAndEditsAreIgnored() throws Exception {
    // GIVEN a drill open in the DM
    h.slash(ALICE, DM, "practice drill " + ScriptedDrill.QUESTION_ID);
    h.port.awaitEvents(1);

    // WHEN another bot posts, the member edits a message, then the member replies
    assertEquals(
        200,
        h.run(SignedRequests.botMessage("Ev-bot", DM, "I am a bot 42"), SignedRequests.JSON)
            .getStatusCode());
    assertEquals(
        200,
        h.run(SignedRequests.edit("Ev-edit", ALICE, DM, "edited 42"), SignedRequests.JSON)
            .getStatusCode());
    assertEquals(
        200,
        h.run(
                SignedRequests.message(
                    "Ev-1", ALICE, DM, "im", "I fixed it &amp; saved 5%", null, null),
                SignedRequests.JSON)
            .getStatusCode());

    // THEN only the member's reply reaches the engine, unescaped
    List<CoachEvent> events = h.port.awaitEvents(2);
    Thread.sleep(200);
    assertEquals(2, h.port.events.size(), "bot message and edit ignored: " + h.port.events);
    assertEquals(new CoachEvent.TypedLine("I fixed it & saved 5%"), events.get(1));
    assertInstanceOf(
        CoachReply.AnswerFeedback.class,
        h.port.outcome(1).replies().get(0),
        "the engine took the line as the answer");
  }

  @Test
  void theSameEventDeliveredThreeTimesIsHandledOnce() throws Exception {
    // GIVEN a drill open in the DM
    h.slash(ALICE, DM, "practice drill " + ScriptedDrill.QUESTION_ID);
    h.port.awaitEvents(1);
    String body = SignedRequests.message("Ev-same", ALICE, DM, "im", "I did it 1", null, null);

    // WHEN Slack delivers the event, then retries it twice
    assertEquals(
        200,
        h.app().run(SignedRequests.signed(h.app(), body, SignedRequests.JSON)).getStatusCode());
    assertEquals(
        200,
        h.app().run(SignedRequests.retried(h.app(), body, SignedRequests.JSON, 1)).getStatusCode());
    assertEquals(
        200,
        h.app().run(SignedRequests.retried(h.app(), body, SignedRequests.JSON, 2)).getStatusCode());
    // and then a different message, which queues behind anything still pending
    h.run(
        SignedRequests.message("Ev-next", ALICE, DM, "im", "I did the task 2", null, null),
        SignedRequests.JSON);

    // THEN the engine took the first answer once and then the next one
    List<CoachEvent> events = h.port.awaitEvents(3);
    Thread.sleep(200);
    assertEquals(
        List.of(
            new CoachEvent.TypedLine("I did it 1"), new CoachEvent.TypedLine("I did the task 2")),
        h.port.events.subList(1, h.port.events.size()),
        "all events: " + events);
  }

  @Test
  void practiceStartedInAChannelRunsInAThreadAndThreadRepliesAreAnswers() throws Exception {
    // GIVEN a member in a team channel the bot is in
    String channel = "C0TEAM";

    // WHEN they start a drill there
    h.slash(ALICE, channel, "practice drill " + ScriptedDrill.QUESTION_ID);

    // THEN a thread starter is posted in the channel and the prompt goes into its thread
    SlackApiStub.Call starter =
        h.stub.await("chat.postMessage", c -> c.param("blocks").contains("started a drill"));
    assertEquals(channel, starter.param("channel"));
    assertTrue(starter.param("blocks").contains("<@" + ALICE + ">"), "names the member");
    SlackApiStub.Call prompt =
        h.stub.await("chat.postMessage", c -> c.param("blocks").contains("Step 1 of 5"));
    String thread = prompt.param("thread_ts");
    assertFalse(thread.isEmpty(), "the prompt is in a thread");

    // WHEN someone talks at the top of the channel, and the member replies in the thread
    h.run(
        SignedRequests.message("Ev-top", ALICE, channel, "channel", "lunch?", null, null),
        SignedRequests.JSON);
    h.run(
        SignedRequests.message(
            "Ev-thread", ALICE, channel, "channel", "I found it 3", thread, SlackApiStub.BOT_USER),
        SignedRequests.JSON);

    // THEN only the thread reply is an answer, and the feedback goes to the thread
    List<CoachEvent> events = h.port.awaitEvents(2);
    assertEquals(new CoachEvent.TypedLine("I found it 3"), events.get(1));
    assertInstanceOf(CoachReply.AnswerFeedback.class, h.port.outcome(1).replies().get(0));
    h.stub.await(
        "chat.postMessage",
        c -> c.param("thread_ts").equals(thread) && c.param("blocks").contains("Step 2 of 5"));
    Thread.sleep(200);
    assertEquals(2, h.port.events.size());
  }

  @Test
  void aChannelTheBotCannotPostInFallsBackToTheDirectMessage() throws Exception {
    // GIVEN a channel the bot is not a member of
    h.stub.refuse("C0PRIVATE");

    // WHEN a member starts a practice there
    h.slash(ALICE, "C0PRIVATE", "practice drill " + ScriptedDrill.QUESTION_ID);

    // THEN the practice runs in their DM and they are told so
    h.stub.await(
        "chat.postMessage",
        c -> c.param("channel").equals(DM) && c.param("blocks").contains("Situation"));
    h.stub.await("respond", c -> c.body().contains("our DM"));
  }

  @Test
  void unknownSubcommandsGetTheHelpAndStatsWithoutAnswersSaysSo() throws Exception {
    // GIVEN a word nobody knows, and stats asked for in the DM by a member with no answers
    h.slash(ALICE, DM, "dance");
    h.slash("U0BOB", DM, "stats");

    // THEN the help names the word, the stats say there is nothing yet, and only the stats reached
    // the engine, with no channel (a DM has no zone or posting days of its own)
    SlackApiStub.Call help =
        h.stub.await(
            "respond", c -> c.param("path").endsWith(ALICE) && c.body().contains("/star practice"));
    assertTrue(help.body().contains("dance"), help.body());
    assertTrue(help.body().contains("\"response_type\":\"ephemeral\""), help.body());
    h.stub.await(
        "respond", c -> c.param("path").endsWith("U0BOB") && c.body().contains("No answers yet"));
    Thread.sleep(100);
    assertEquals(List.of(new CoachEvent.ShowStats(Optional.empty())), h.port.events);
  }

  @Test
  void whatAMemberTypedIsShownEscaped() throws Exception {
    // GIVEN a mock interview in the DM
    h.slash(ALICE, DM, "practice mock " + ScriptedDrill.QUESTION_ID);
    h.stub.await("chat.postMessage", c -> c.param("blocks").contains("Mock interview"));

    // WHEN the answer tries to mention everyone and a user (Slack sends it escaped)
    String typed =
        "S: &lt;!channel&gt; I ran the import 2 times | A: I told &lt;@U0BOSS&gt; and &lt;!here&gt;";
    h.run(
        SignedRequests.message("Ev-mock", ALICE, DM, "im", typed, null, null), SignedRequests.JSON);

    // THEN the breakdown quotes it, escaped: nothing posted can mention anyone
    h.port.awaitReply(CoachReply.MockBreakdown.class);
    SlackApiStub.Call breakdown =
        h.stub.await("chat.postMessage", c -> c.param("blocks").contains("Your full answer"));
    String blocks = breakdown.param("blocks");
    assertTrue(blocks.contains("&lt;!channel&gt;"), blocks);
    for (SlackApiStub.Call c : h.stub.calls("chat.postMessage")) {
      assertFalse(c.all().contains("<!channel>"), c.all());
      assertFalse(c.all().contains("<!here>"), c.all());
      assertFalse(c.all().contains("<@U0BOSS>"), c.all());
    }
  }

  @Test
  void openingTheAppHomePublishesProgress() throws Exception {
    // GIVEN a member who answered two drill steps
    h.slash(ALICE, DM, "practice drill " + ScriptedDrill.QUESTION_ID);
    h.port.awaitEvents(1);
    h.run(
        SignedRequests.message("Ev-a", ALICE, DM, "im", ScriptedDrill.ANSWERS.get(0), null, null),
        SignedRequests.JSON);
    h.run(
        SignedRequests.message("Ev-b", ALICE, DM, "im", ScriptedDrill.ANSWERS.get(1), null, null),
        SignedRequests.JSON);
    h.port.awaitEvents(3);

    // WHEN they open the App Home tab
    h.run(SignedRequests.homeOpened("Ev-home", ALICE), SignedRequests.JSON);

    // THEN their home view is published with sessions, per-step averages, weakest step and streak
    SlackApiStub.Call publish = h.stub.await("views.publish", c -> true);
    assertEquals(ALICE, publish.param("user_id"));
    String view = publish.param("view");
    assertTrue(view.contains("\"type\":\"home\""), view);
    assertTrue(view.contains("*Sessions*\\n1"), view);
    assertTrue(view.contains("Weakest step"), view);
    assertTrue(view.contains("*Streak*\\n1 day"), view);
  }
}
