package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.testing.ScriptedMock;
import org.junit.jupiter.api.Test;

/** The shared scripted mock, through the engine alone: the reference the adapters compare with. */
class ScriptedMockTest {

  @Test
  void theScriptedMockAsksAboutThePersonsOwnStoryAndEndsWithAVerdict() {
    // WHEN the scripted mock is played
    String outcome =
        ScriptedMock.outcome(ScriptedMock.playDirectly(SessionKey.of("test", "p", "mock")));

    // THEN it asked probes and ended with a verdict, and a probe names the person's own words
    assertTrue(outcome.contains("probe: "), outcome);
    assertTrue(outcome.contains("verdict: "), outcome);
    assertTrue(
        outcome.contains("template") || outcome.contains("names") || outcome.contains("UTF-8"),
        "a probe quotes the person's story: " + outcome);
    assertFalse(outcome.contains("stale"), "nothing from the sample story: " + outcome);
  }
}
