package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.testing.ScriptedDrill;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Where a practice's replies go, decided from the engine's outcome: through real Bolt with signed
 * requests, against the local Web API stub.
 */
class PracticePlacesSlackTest {
  private static final String ALICE = "U0ALICE";
  private static final String BOB = "U0BOB";
  private static final String CHANNEL = "C0TEAM";

  private SlackHarness h;

  @BeforeEach
  void setUp() throws Exception {
    h = new SlackHarness(Duration.ofMillis(5), null);
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  @Test
  void aSlashStepThatMovesThePracticeOnIsPostedInItsThread() throws Exception {
    // GIVEN a drill in a channel thread
    String thread = startInThread(ALICE);

    // WHEN the member skips with /star skip from the channel, then stops from another channel
    h.slash(ALICE, CHANNEL, "skip");
    h.stub.await(
        "chat.postMessage",
        c -> c.param("thread_ts").equals(thread) && c.param("blocks").contains("Step 2 of 5"));
    h.slash(ALICE, "C0OTHER", "stop");

    // THEN the summary goes into the thread too, and the member is told where it went
    h.stub.await(
        "chat.postMessage",
        c -> c.param("thread_ts").equals(thread) && c.param("blocks").contains("summary"));
    h.stub.await("respond", c -> c.body().contains("your practice continues where it started"));
  }

  @Test
  void aSlashHintThatDoesNotMoveThePracticeIsForTheMemberAlone() throws Exception {
    // GIVEN a drill in a channel thread
    String thread = startInThread(ALICE);

    // WHEN the member asks /star hint
    h.slash(ALICE, CHANNEL, "hint");

    // THEN the hint comes back privately, not into the shared thread
    h.stub.await("respond", c -> c.body().contains("Hint for Situation"));
    Thread.sleep(200);
    assertTrue(
        h.stub.calls("chat.postMessage").stream()
            .noneMatch(
                c ->
                    c.param("thread_ts").equals(thread)
                        && c.param("blocks").contains("Hint for Situation")));
  }

  @Test
  void afterARestartAReplyInThePracticeThreadIsStillTheAnswer() throws Exception {
    // GIVEN a drill in a channel thread, then a restart that forgets every place
    String thread = startInThread(ALICE);
    h.restart();

    // WHEN the member replies in the thread
    h.run(
        SignedRequests.message(
            "Ev-r1", ALICE, CHANNEL, "channel", "I found it 3", thread, SlackApiStub.BOT_USER),
        SignedRequests.JSON);

    // THEN the engine takes it as the answer and the feedback goes into the thread
    assertInstanceOf(CoachReply.AnswerFeedback.class, h.port.outcome(1).replies().get(0));
    h.stub.await(
        "chat.postMessage",
        c -> c.param("thread_ts").equals(thread) && c.param("blocks").contains("Step 2 of 5"));
  }

  @Test
  void someoneWithoutAPracticeChattingInTheThreadGetsNoPublicReply() throws Exception {
    // GIVEN Alice's drill in a channel thread
    String thread = startInThread(ALICE);
    int posts = h.stub.calls("chat.postMessage").size();

    // WHEN Bob, who has no practice, replies in it
    h.run(
        SignedRequests.message(
            "Ev-b1", BOB, CHANNEL, "channel", "nice one!", thread, SlackApiStub.BOT_USER),
        SignedRequests.JSON);

    // THEN the engine refuses it as an answer with nothing open, and nothing is posted
    assertEquals(new CoachEvent.TypedLine("nice one!"), h.port.awaitEvents(2).get(1));
    assertEquals(CoachReply.ErrorCode.NO_SESSION, h.port.outcome(1).refusal().orElseThrow());
    Thread.sleep(200);
    assertEquals(posts, h.stub.calls("chat.postMessage").size(), h.stub.summary());
  }

  @Test
  void aCommandTypedInSomeoneElsesThreadIsAnsweredToTheTyperAlone() throws Exception {
    // GIVEN Alice's drill in a channel thread
    String thread = startInThread(ALICE);
    int posts = h.stub.calls("chat.postMessage").size();

    // WHEN Bob, who has no practice, types /help there
    h.run(
        SignedRequests.message(
            "Ev-b2", BOB, CHANNEL, "channel", "/help", thread, SlackApiStub.BOT_USER),
        SignedRequests.JSON);

    // THEN only Bob sees the help, in the thread, and nothing is posted for everyone
    SlackApiStub.Call help =
        h.stub.await("chat.postEphemeral", c -> c.param("blocks").contains("STAR Coach"));
    assertEquals(BOB, help.param("user"));
    assertEquals(thread, help.param("thread_ts"));
    Thread.sleep(200);
    assertEquals(posts, h.stub.calls("chat.postMessage").size(), h.stub.summary());
  }

  @Test
  void aLineInTheDmWithNothingToAnswerSaysSoAndShowsTheHelp() throws Exception {
    // WHEN a member with no practice says hello in the DM
    h.run(
        SignedRequests.message("Ev-h1", BOB, "D" + BOB, "im", "hello there", null, null),
        SignedRequests.JSON);

    // THEN the engine refuses it as an answer, and the DM shows why and the help
    assertEquals(CoachReply.ErrorCode.NO_SESSION, h.port.outcome(0).refusal().orElseThrow());
    h.stub.await(
        "chat.postMessage",
        c ->
            c.param("channel").equals("D" + BOB)
                && c.param("blocks").contains("No practice is open"));
    h.stub.await(
        "chat.postMessage",
        c -> c.param("channel").equals("D" + BOB) && c.param("blocks").contains("/star practice"));
  }

  @Test
  void aStopButtonInTheThreadEndsThePracticeThereAndItsPlaceIsForgotten() throws Exception {
    // GIVEN a drill in a channel thread
    String thread = startInThread(ALICE);

    // WHEN the member presses Stop under the prompt
    h.run(
        SignedRequests.button(ALICE, ActionIds.STOP, "Situation", CHANNEL, thread),
        SignedRequests.FORM);

    // THEN the summary goes into the thread
    h.stub.await(
        "chat.postMessage",
        c -> c.param("thread_ts").equals(thread) && c.param("blocks").contains("summary"));

    // AND a later reply in that thread, with nothing open, gets no public answer
    int posts = h.stub.calls("chat.postMessage").size();
    h.run(
        SignedRequests.message(
            "Ev-s2", ALICE, CHANNEL, "channel", "thanks", thread, SlackApiStub.BOT_USER),
        SignedRequests.JSON);
    h.port.awaitEvents(3);
    Thread.sleep(200);
    assertEquals(posts, h.stub.calls("chat.postMessage").size(), h.stub.summary());
  }

  private String startInThread(String user) {
    try {
      h.slash(user, CHANNEL, "practice drill " + ScriptedDrill.QUESTION_ID);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertTrue(h.port.outcome(0).started());
    return h.stub
        .await("chat.postMessage", c -> c.param("blocks").contains("Step 1 of 5"))
        .param("thread_ts");
  }
}
