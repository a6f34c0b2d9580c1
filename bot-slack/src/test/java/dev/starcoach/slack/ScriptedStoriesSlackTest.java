package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.testing.ScriptedStories;
import org.junit.jupiter.api.Test;

/**
 * The scripted story session shared with the engine and Discord, replayed through real Bolt: each
 * story in the new-story modal as Slack submits it, then {@code /star story map} and {@code /star
 * practice next}.
 */
class ScriptedStoriesSlackTest {
  private static final String MEMBER = "U0STORIES";
  private static final String DM = "D" + MEMBER;

  @Test
  void givenTheStoryScript_whenPlayedThroughSlack_thenTheOutcomeIsTheEngines() throws Exception {
    // GIVEN the engine's own outcome for the script, called directly
    String direct =
        ScriptedStories.outcome(
            ScriptedStories.playDirectly(
                SessionKey.of("slack", "team:" + SlackApiStub.TEAM, MEMBER)));

    // WHEN the same session runs through Slack's modal, the map and practice next
    String viaSlack;
    try (SlackHarness h = new SlackHarness()) {
      int events = 0;
      for (ScriptedStories.Script story : ScriptedStories.STORIES) {
        h.run(
            StoryRequests.newStory(MEMBER, story.title(), story.steps(), DM + "|"),
            SignedRequests.FORM);
        h.port.outcome(events++);
      }
      h.slash(MEMBER, DM, "story map");
      h.port.outcome(events++);
      h.slash(MEMBER, DM, "practice next");
      h.port.outcome(events++);
      viaSlack = ScriptedStories.outcome(h.port.replies);
      h.stub.await("files.completeUploadExternal", c -> c.param("channel_id").equals(DM));
    }

    // THEN both give the same outcome
    assertFalse(direct.isEmpty());
    assertEquals(direct, viaSlack);
  }
}
