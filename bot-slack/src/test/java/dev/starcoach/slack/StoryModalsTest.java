package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.StoryRequest;
import dev.starcoach.core.story.StoryNumber;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryModalsTest {
  private static final Destination DM = new Destination("D0ANA", null);

  @Test
  void givenStoryAddAlone_whenParsed_thenItOpensTheModal_andWithATitleItGoesToTheEngine() {
    assertInstanceOf(SlashRequest.StoryForm.class, SlashRequest.parse("story add"));
    assertInstanceOf(SlashRequest.StoryForm.class, SlashRequest.parse("Story New"));
    SlashRequest titled = SlashRequest.parse("story add Checkout outage");
    assertInstanceOf(SlashRequest.ToEngine.class, titled);
    assertInstanceOf(CoachEvent.StoryCommand.class, ((SlashRequest.ToEngine) titled).event());
  }

  @Test
  void givenANewStoryModal_whenSubmitted_thenTheTitleAndTheWrittenStepsAreAdded() {
    // GIVEN a title and two of five steps typed
    ViewState state =
        state(
            Map.of(
                ActionIds.STORY_TITLE_BLOCK,
                Map.of(ActionIds.STORY_TITLE_INPUT, " Outage "),
                "situation",
                Map.of(ActionIds.STORY_STEP_INPUT, "It broke."),
                "action",
                Map.of(ActionIds.STORY_STEP_INPUT, "I fixed it."),
                "task",
                Map.of(ActionIds.STORY_STEP_INPUT, "  ")));

    // WHEN read
    StoryModals.Reading reading = StoryModals.readNew(state);

    // THEN the engine gets those steps under that title
    assertEquals(
        new StoryModals.Reading.Event(
            new CoachEvent.StoryCommand(
                new StoryRequest.Add(
                    "Outage",
                    Optional.empty(),
                    Map.of(Step.SITUATION, "It broke.", Step.ACTION, "I fixed it."),
                    List.of()))),
        reading);
  }

  @Test
  void givenAnEmptyNewStoryOrStep_whenSubmitted_thenTheModalSaysWhatIsMissing() {
    StoryModals.Reading noSteps =
        StoryModals.readNew(
            state(Map.of(ActionIds.STORY_TITLE_BLOCK, Map.of(ActionIds.STORY_TITLE_INPUT, "T"))));
    StoryModals.Reading emptyStep =
        StoryModals.readStep(state(Map.of()), new StoryNumber(2), Step.RESULT);

    assertEquals("situation", ((StoryModals.Reading.Refused) noSteps).blockId());
    assertTrue(((StoryModals.Reading.Refused) emptyStep).error().contains("result"));
  }

  @Test
  void givenAStepModal_whenBuiltAndRead_thenItNamesItsStoryStepAndWhereRepliesGo() {
    View modal = StoryModals.step(3, Step.TASK, Optional.of("Mine."), DM);

    assertEquals(
        Optional.of(Map.entry(new StoryNumber(3), Step.TASK)),
        StoryModals.target(modal.getPrivateMetadata()));
    assertEquals(DM, StoryModals.replyTo(modal.getPrivateMetadata()));
    assertEquals(Optional.empty(), StoryModals.parseWrite("0:task"));
    assertEquals(Optional.empty(), StoryModals.parseWrite("3:dance"));
  }

  @Test
  void givenTheStoryButtons_whenPressed_thenSaveKeepsTheLastAnswerAndUpdateNamesTheStory() {
    assertEquals(
        Optional.of(
            new CoachEvent.StoryCommand(
                new StoryRequest.SaveLast(Optional.empty(), Optional.empty()))),
        SlackStories.buttonEvent(ActionIds.STORY_SAVE, "new"));
    assertEquals(
        Optional.of(
            new CoachEvent.StoryCommand(
                new StoryRequest.SaveLast(Optional.of(new StoryNumber(4)), Optional.empty()))),
        SlackStories.buttonEvent(ActionIds.STORY_UPDATE, "4"));
    assertEquals(Optional.empty(), SlackStories.buttonEvent(ActionIds.STORY_UPDATE, "x"));
  }

  private static ViewState state(Map<String, Map<String, String>> typed) {
    Map<String, Map<String, ViewState.Value>> values = new HashMap<>();
    typed.forEach(
        (block, inputs) -> {
          Map<String, ViewState.Value> in = new HashMap<>();
          inputs.forEach(
              (action, text) -> {
                ViewState.Value v = new ViewState.Value();
                v.setValue(text);
                in.put(action, v);
              });
          values.put(block, in);
        });
    ViewState state = new ViewState();
    state.setValues(values);
    return state;
  }
}
