package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.bolt.response.Response;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.story.chart.CoverageChart;
import dev.starcoach.core.testing.ScriptedDrill;
import dev.starcoach.core.testing.ScriptedMock;
import dev.starcoach.core.testing.ScriptedStories;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The story bank through real Bolt: signed commands, modal submissions and buttons, with the Web
 * API on the local stub. Stories go to the person alone, the map's PNG to their DM, and only a
 * shared story to the channel.
 */
class StoriesSlackTest {
  private static final String ANA = "U0ANA";
  private static final String DM = "D" + ANA;
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

  @Test
  void storyAddOpensTheModalAndItsSubmissionSavesTheStoryInTheDm() throws Exception {
    // GIVEN /star story add in the DM
    h.slash(ANA, DM, "story add");

    // THEN the new-story modal opens with a title and the five steps, replies bound for the DM
    SlackApiStub.Call open = h.stub.await("views.open", c -> true);
    String view = SlackApiStub.readable(open.param("view"));
    assertTrue(view.contains(ActionIds.STORY_MODAL), view);
    for (Step step : Step.values()) {
      assertTrue(view.contains("\"block_id\":\"" + step.id() + "\""), view);
    }
    assertTrue(view.contains("\"private_metadata\":\"" + DM + "|\""), view);

    // WHEN the modal comes back with the script's first story
    ScriptedStories.Script story = ScriptedStories.STORIES.get(0);
    Response ack =
        h.run(
            StoryRequests.newStory(ANA, story.title(), story.steps(), DM + "|"),
            SignedRequests.FORM);

    // THEN the modal closes, the story is stored, and the DM says so
    assertEquals(200, ack.getStatusCode());
    SlackApiStub.Call saved =
        h.stub.await("chat.postMessage", c -> posted(c).contains("Added story #1"));
    assertEquals(DM, saved.param("channel"));
    assertEquals(story.title(), h.stores.stories().list(person()).get(0).title());
  }

  @Test
  void aNewStoryWithoutATitleIsRefusedInTheModal() throws Exception {
    // WHEN a new-story modal comes back without a title
    Response ack =
        h.run(
            StoryRequests.newStory(ANA, " ", Map.of(Step.TASK, "Mine."), DM + "|"),
            SignedRequests.FORM);

    // THEN the modal stays open with the error on the title, and nothing is stored
    assertEquals(200, ack.getStatusCode());
    assertTrue(ack.getBody().contains("\"response_action\":\"errors\""), ack.getBody());
    assertTrue(ack.getBody().contains(ActionIds.STORY_TITLE_BLOCK), ack.getBody());
    assertTrue(h.stores.stories().list(person()).isEmpty());
  }

  @Test
  void theMapAnswersWithTheGapsAndUploadsTheHeatMapToTheDm() throws Exception {
    // GIVEN one story
    h.engine.handle(
        SlackCoach.key(SlackApiStub.TEAM, ANA),
        ScriptedStories.add(ScriptedStories.STORIES.get(0)));

    // WHEN the map is asked for in a channel
    h.slash(ANA, CHANNEL, "story map");

    // THEN the summary comes back privately, saying where the chart went
    SlackApiStub.Call summary = h.stub.await("respond", c -> c.body().contains("coverage map"));
    assertTrue(summary.body().contains("ephemeral"), summary.body());
    // AND the PNG goes through the upload flow to the DM, at the chart's size for one story
    SlackApiStub.Call url = h.stub.await("files.getUploadURLExternal", c -> true);
    assertEquals(StoryBlocks.CHART_FILE, url.param("filename"));
    SlackApiStub.Call upload = h.stub.await("upload", c -> true);
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(upload.raw()));
    assertNotNull(png);
    assertEquals(CoverageChart.width(1), png.getWidth());
    assertEquals(CoverageChart.HEIGHT, png.getHeight());
    SlackApiStub.Call complete = h.stub.await("files.completeUploadExternal", c -> true);
    assertEquals(DM, complete.param("channel_id"));
  }

  @Test
  void aSharedStoryIsPostedInTheChannelAndNothingElseIs() throws Exception {
    // GIVEN a story
    h.engine.handle(
        SlackCoach.key(SlackApiStub.TEAM, ANA),
        ScriptedStories.add(ScriptedStories.STORIES.get(1)));

    // WHEN it is shared in a channel
    h.slash(ANA, CHANNEL, "story share 1");

    // THEN its read-only copy is posted there for everyone, and the person is told
    SlackApiStub.Call shared =
        h.stub.await("chat.postMessage", c -> c.param("channel").equals(CHANNEL));
    String body = posted(shared);
    assertTrue(body.contains("Pushing back on the launch date"), body);
    assertTrue(body.contains("read-only copy"), body);
    assertFalse(body.contains("/100"), "no scores in a shared copy: " + body);
    h.stub.await("respond", c -> c.body().contains("Shared a read-only copy here"));
  }

  @Test
  void saveAsStoryUnderAFinishedMockKeepsTheAnswerAsAStory() throws Exception {
    // GIVEN the scripted mock finished in the DM, its verdict card carrying Save as story
    var key = SlackCoach.key(SlackApiStub.TEAM, ANA);
    h.engine.handle(
        key,
        new dev.starcoach.core.engine.CoachEvent.StartPractice(
            SessionMode.MOCK, ScriptedMock.QUESTION_ID, null));
    h.engine.handle(
        key, new dev.starcoach.core.engine.CoachEvent.SubmitAnswer(ScriptedMock.FULL_ANSWER));
    for (String probe : ScriptedMock.PROBE_ANSWERS) {
      h.engine.handle(key, new dev.starcoach.core.engine.CoachEvent.SubmitAnswer(probe));
    }

    // WHEN Save as story is pressed in the DM
    h.run(SignedRequests.button(ANA, ActionIds.STORY_SAVE, "new", DM, null), SignedRequests.FORM);

    // THEN the answer is the person's first story, and the DM says so
    h.stub.await(
        "chat.postMessage", c -> c.param("channel").equals(DM) && posted(c).contains("story #1"));
    assertEquals(1, h.stores.stories().list(person()).size());
  }

  @Test
  void theAppHomeListsTheStoriesAndTheGapsWithANewStoryButton() throws Exception {
    // GIVEN two stories
    for (int i = 0; i < 2; i++) {
      h.engine.handle(
          SlackCoach.key(SlackApiStub.TEAM, ANA),
          ScriptedStories.add(ScriptedStories.STORIES.get(i)));
    }

    // WHEN the App Home is opened
    h.run(SignedRequests.homeOpened("Ev-home-1", ANA), SignedRequests.JSON);

    // THEN it lists both stories and the gaps, without a file, with a New story button
    SlackApiStub.Call home = h.stub.await("views.publish", c -> true);
    String view = SlackApiStub.readable(home.param("view"));
    assertTrue(view.contains("Your stories and the gaps"), view);
    assertTrue(view.contains("#2 Pushing back on the launch date"), view);
    assertTrue(view.contains(ActionIds.STORY_NEW), view);
    assertTrue(h.stub.calls("files.getUploadURLExternal").isEmpty());

    // AND its New story button opens the modal, replies bound for the DM
    h.run(StoryRequests.homeButton(ANA, ActionIds.STORY_NEW, "new"), SignedRequests.FORM);
    SlackApiStub.Call open = h.stub.await("views.open", c -> true);
    assertTrue(SlackApiStub.readable(open.param("view")).contains(ActionIds.STORY_MODAL));
  }

  @Test
  void aWriteButtonOpensTheStepModalWithItsTextAndTheEditIsSaved() throws Exception {
    // GIVEN a story, and /star story edit 1 task without text in the DM
    h.engine.handle(
        SlackCoach.key(SlackApiStub.TEAM, ANA),
        ScriptedStories.add(ScriptedStories.STORIES.get(0)));
    h.slash(ANA, DM, "story edit 1 task");
    h.stub.await("respond", c -> c.body().contains(ActionIds.STORY_WRITE));

    // WHEN its Rewrite Task button is pressed
    h.run(
        SignedRequests.button(ANA, ActionIds.STORY_WRITE, "1:task", DM, null), SignedRequests.FORM);

    // THEN the step modal opens filled with the stored Task
    SlackApiStub.Call open = h.stub.await("views.open", c -> true);
    String view = SlackApiStub.readable(open.param("view"));
    String task = ScriptedStories.STORIES.get(0).steps().get(Step.TASK);
    assertTrue(view.contains(task), view);

    // AND WHEN it comes back with a new Task, the story keeps it
    h.run(
        StoryRequests.step(ANA, Step.TASK, "I owned the cache fix.", "1:task|" + DM + "|"),
        SignedRequests.FORM);
    h.stub.await("chat.postMessage", c -> posted(c).contains("Saved the Task of story #1"));
    assertEquals(
        "I owned the cache fix.",
        h.stores.stories().list(person()).get(0).text(Step.TASK).orElseThrow());
  }

  @Test
  void aStoryCommandTypedInAChannelPracticeThreadIsShownOnlyToThePerson() throws Exception {
    // GIVEN a drill running in a channel thread everyone can read, and a story in the bank
    h.slash(ANA, CHANNEL, "practice drill " + ScriptedDrill.QUESTION_ID);
    String thread =
        h.stub
            .await("chat.postMessage", c -> c.param("blocks").contains("Step 1 of 5"))
            .param("thread_ts");
    h.engine.handle(
        SlackCoach.key(SlackApiStub.TEAM, ANA),
        ScriptedStories.add(ScriptedStories.STORIES.get(0)));

    // WHEN the person types /story list in that thread
    h.run(
        SignedRequests.message(
            "Ev-story-list", ANA, CHANNEL, "channel", "/story list", thread, SlackApiStub.BOT_USER),
        SignedRequests.JSON);

    // THEN the listing is shown to them alone in the thread, never posted for the channel
    SlackApiStub.Call shown =
        h.stub.await("chat.postEphemeral", c -> posted(c).contains("Your stories (1)"));
    assertEquals(thread, shown.param("thread_ts"));
    assertEquals(ANA, shown.param("user"));
    Thread.sleep(200);
    assertTrue(
        h.stub.calls("chat.postMessage").stream()
            .noneMatch(c -> posted(c).contains("Stale prices at checkout")));
  }

  /** What a posted message says: its fallback text and its blocks. */
  private static String posted(SlackApiStub.Call call) {
    return call.param("text") + SlackApiStub.readable(call.param("blocks"));
  }

  private static PersonId person() {
    return SlackCoach.key(SlackApiStub.TEAM, ANA).person();
  }
}
