package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.testing.ScriptedStories;
import org.junit.jupiter.api.Test;

class ScriptedStoriesTest {
  @Test
  void givenTheScript_whenPlayedOnTheEngine_thenThreeStoriesAreSavedMappedAndNextStarts() {
    // GIVEN / WHEN the shared story script is played on a fresh engine
    String outcome =
        ScriptedStories.outcome(ScriptedStories.playDirectly(SessionKey.of("test", "p", "u")));

    // THEN three stories are added, the map has three columns, and next starts a practice
    assertTrue(outcome.startsWith("saved 1 Stale prices at checkout ADDED"), outcome);
    assertTrue(outcome.contains("saved 3 Slow search for a key customer ADDED"), outcome);
    assertTrue(outcome.contains("map 3 stories"), outcome);
    assertTrue(outcome.contains("| next "), outcome);
    assertTrue(outcome.contains("| started "), outcome);
  }
}
