package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.testing.ScriptedLoop;
import dev.starcoach.core.testing.ScriptedStories;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The scripted loop rehearsal replayed through real Bolt: {@code /star practice loop} in the DM,
 * then every full answer and probe answer as a DM message, to the debrief, posted within Slack's
 * limits.
 */
class ScriptedLoopSlackTest {
  private static final String MEMBER = "U0LOOP";
  private static final String DM = "D" + MEMBER;

  @Test
  void givenTheLoopScript_whenPlayedThroughSlack_thenRoundsVerdictsAndDebriefAreTheEngines()
      throws Exception {
    // GIVEN the engine's own loop, called directly
    SessionKey key = SessionKey.of("slack", "team:" + SlackApiStub.TEAM, MEMBER);
    String direct = ScriptedLoop.outcome(ScriptedLoop.playDirectly(key));

    // WHEN the same loop runs through Slack
    String viaSlack;
    try (SlackHarness h = new SlackHarness(Duration.ofMillis(5), null, ScriptedLoop.bank())) {
      for (ScriptedStories.Script story : ScriptedStories.STORIES) {
        h.engine.handle(key, ScriptedStories.add(story));
      }
      h.slash(MEMBER, DM, "practice loop");
      int events = 1;
      Outcome last = h.port.outcome(0);
      int probes = 0;
      for (int turn = 0; last.practiceOpen() && turn < 60; turn++) {
        boolean full =
            last.replies().stream().anyMatch(CoachReply.FullAnswerPrompt.class::isInstance);
        String answer = ScriptedLoop.answer(full, full ? 0 : probes++);
        h.clock.advance(Duration.ofSeconds(30));
        h.run(
            SignedRequests.message(
                "Ev-loop-" + turn, MEMBER, DM, "im", escaped(answer), null, null),
            SignedRequests.JSON);
        last = h.port.outcome(events++);
      }
      viaSlack = ScriptedLoop.outcome(h.port.replies);
      h.stub.await(
          "chat.postMessage",
          c -> c.param("channel").equals(DM) && c.param("blocks").contains("Loop debrief"));
    }

    // THEN both give the same rounds, verdicts and debrief
    assertTrue(direct.contains("debrief"), direct);
    assertEquals(direct, viaSlack);
  }

  /** Slack escapes these three characters in message text. */
  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
