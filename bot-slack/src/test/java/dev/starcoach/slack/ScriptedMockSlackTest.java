package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.testing.ScriptedMock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The shared scripted mock through real Bolt: the same probes and verdict as the engine's. */
class ScriptedMockSlackTest {
  private static final String MEMBER = "U0MOCK";
  private static final String DM = "D" + MEMBER;

  @Test
  void theScriptedMockThroughSlackAsksTheEnginesProbesAndGivesItsVerdict() throws Exception {
    // GIVEN the engine called directly with the scripted mock
    String direct =
        ScriptedMock.outcome(
            ScriptedMock.playDirectly(SessionKey.of("slack", "team:" + SlackApiStub.TEAM, MEMBER)));

    // WHEN the same mock runs through Slack: /star practice mock, then DM messages
    String viaSlack;
    try (SlackHarness h = new SlackHarness()) {
      h.slash(MEMBER, DM, "practice mock " + ScriptedMock.QUESTION_ID);
      h.port.outcome(0);
      send(h, "Ev-mock-full", ScriptedMock.FULL_ANSWER);
      h.port.outcome(1);
      for (int i = 0; !done(h); i++) {
        awaitProbe(h, i + 1);
        send(h, "Ev-mock-probe-" + i, ScriptedMock.PROBE_ANSWERS.get(i));
        h.port.outcome(2 + i);
      }
      viaSlack = ScriptedMock.outcome(h.port.replies);
      h.stub.await("chat.postMessage", c -> c.param("blocks").contains("Bar Raiser"));
    }

    // THEN both give the same outcome
    assertFalse(direct.isEmpty());
    assertEquals(direct, viaSlack);
  }

  private static void send(SlackHarness h, String eventId, String text) throws Exception {
    h.clock.advance(Duration.ofSeconds(30));
    h.run(
        SignedRequests.message(eventId, MEMBER, DM, "im", escaped(text), null, null),
        SignedRequests.JSON);
  }

  /** True once the verdict came, waiting until the engine answered the last message. */
  private static boolean done(SlackHarness h) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      if (h.port.replies.stream().anyMatch(r -> r instanceof CoachReply.VerdictCard)) {
        return true;
      }
      long probes =
          h.port.replies.stream().filter(r -> r instanceof CoachReply.ProbePrompt).count();
      long answered =
          h.port.replies.stream().filter(r -> r instanceof CoachReply.AnswerFeedback).count();
      if (probes > answered) {
        return false;
      }
      pause();
    }
    throw new AssertionError("neither a probe nor a verdict among " + h.port.replies);
  }

  private static void awaitProbe(SlackHarness h, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (h.port.replies.stream().filter(r -> r instanceof CoachReply.ProbePrompt).count()
        < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("probe " + count + " never came: " + h.port.replies);
      }
      pause();
    }
  }

  private static void pause() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Slack escapes these three characters in message text. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
