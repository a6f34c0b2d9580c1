package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.ScriptedDrill;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.core.testing.TestPlaces;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shared scripted drill gives the same engine outcome through Slack as through the engine. */
class ScriptedDrillSlackTest {
  private static final String MEMBER = "U0SCRIPT";
  private static final String DM = "D" + MEMBER;

  @Test
  void theScriptedDrillThroughSlackMatchesTheEngineCalledDirectly() throws Exception {
    // GIVEN the engine called directly with the scripted answers
    String direct = directOutcome();

    // WHEN the same drill runs through Slack: /star practice, then answers as DM messages
    // and modal submissions, alternately
    String viaSlack;
    try (SlackHarness h = new SlackHarness()) {
      h.slash(MEMBER, DM, "practice drill " + ScriptedDrill.QUESTION_ID);
      h.port.awaitEvents(1);
      for (int i = 0; i < ScriptedDrill.ANSWERS.size(); i++) {
        h.clock.advance(Duration.ofSeconds(20));
        String answer = ScriptedDrill.ANSWERS.get(i);
        if (i % 2 == 0) {
          h.run(
              SignedRequests.message(
                  "Ev-script-" + i, MEMBER, DM, "im", slackEscaped(answer), null, null),
              SignedRequests.JSON);
        } else {
          h.run(SignedRequests.modalAnswer(MEMBER, answer, DM + "|"), SignedRequests.FORM);
        }
        h.port.awaitEvents(i + 2);
      }
      h.port.awaitReply(CoachReply.SessionSummary.class);
      viaSlack = ScriptedDrill.outcome(h.port.replies);
      // and the summary table is what reaches Slack
      h.stub.await("chat.postMessage", c -> c.param("blocks").contains("Drill summary"));
    }

    // THEN both give the same outcome
    assertFalse(direct.isEmpty());
    assertEquals(direct, viaSlack);
  }

  private static String directOutcome() {
    SteppingClock clock = SteppingClock.monday9am();
    InMemoryStores stores = new InMemoryStores();
    CoachEngine engine =
        new CoachEngine(
            TestBank.load(),
            new FakeScorer(),
            stores.bundle(),
            new TestPlaces(stores, clock).services(),
            clock,
            new Random(7),
            EngineSettings.defaults(),
            new InMemoryReminders(stores));
    SessionKey key = SessionKey.of("slack", "team:" + SlackApiStub.TEAM, MEMBER);
    RecordingConversation to = new RecordingConversation();
    engine.handle(
        key, new CoachEvent.StartPractice(SessionMode.DRILL, ScriptedDrill.QUESTION_ID, null), to);
    for (String answer : ScriptedDrill.ANSWERS) {
      clock.advance(Duration.ofSeconds(20));
      engine.handle(key, new CoachEvent.SubmitAnswer(answer), to);
    }
    return ScriptedDrill.outcome(to.replies());
  }

  /** Slack escapes these three characters in message text. */
  private static String slackEscaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
