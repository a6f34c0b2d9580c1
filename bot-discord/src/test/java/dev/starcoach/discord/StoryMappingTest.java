package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.StoryRequest;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.StoryNumber;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryMappingTest {
  private static final DiscordRenderer.Owner OWNER =
      new DiscordRenderer.Owner(200000000000000001L, Places.guild(700000000000000001L));
  private static final int ROOM = StoryComponentId.titleRoom(OWNER);

  @Test
  void givenEachSubcommandWithItsOptions_whenMapped_thenTheEngineGetsTheMatchingRequest() {
    // GIVEN subcommands as Discord sends their options (integers as strings)
    // WHEN mapped / THEN each is the story request it names
    assertEquals(request(new StoryRequest.ListStories()), slash("list", Map.of()));
    assertEquals(
        request(new StoryRequest.Show(new StoryNumber(3))), slash("show", Map.of("story", "3")));
    assertEquals(
        request(new StoryRequest.Remove(new StoryNumber(2))),
        slash("remove", Map.of("story", "2")));
    assertEquals(request(new StoryRequest.Coverage()), slash("map", Map.of()));
    assertEquals(
        request(new StoryRequest.SaveLast(Optional.of(new StoryNumber(4)), Optional.of("Outage"))),
        slash("save", Map.of("story", "4", "title", "Outage")));
    assertEquals(
        request(
            new StoryRequest.Decide(
                new StoryNumber(1), Principle.DIVE_DEEP, Optional.of(MappingDecision.REJECTED))),
        slash("reject", Map.of("story", "1", "principle", "dive-deep")));
    assertEquals(
        new StoryAction.Engine(
            new CoachEvent.StoryCommand(new StoryRequest.Share(new StoryNumber(5))), true),
        StoryMapping.slash("share", Map.of("story", "5"), ROOM));
    assertEquals(
        new StoryAction.EditForm(new StoryNumber(1), Step.RESULT),
        StoryMapping.slash("edit", Map.of("story", "1", "step", "result"), ROOM));
  }

  @Test
  void givenAdd_whenMapped_thenTheFormIsChosenAndAStepByStepStoryNeedsAShortTitle() {
    assertEquals(
        new StoryAction.AddForm(Optional.empty(), false),
        StoryMapping.slash("add", Map.of(), ROOM));
    assertEquals(
        new StoryAction.AddForm(Optional.of("Outage"), true),
        StoryMapping.slash("add", Map.of("title", "Outage", "how", "steps"), ROOM));
    assertInvalid("title:", StoryMapping.slash("add", Map.of("how", "steps"), ROOM));
    assertInvalid(
        "characters",
        StoryMapping.slash("add", Map.of("how", "steps", "title", "x".repeat(ROOM + 1)), ROOM));
    assertInvalid("whole or steps", StoryMapping.slash("add", Map.of("how", "poem"), ROOM));
  }

  @Test
  void givenBadOptions_whenMapped_thenTheErrorNamesWhatIsWrong() {
    assertInvalid("not a story number", slash("show", Map.of("story", "abc")));
    assertInvalid("story:", slash("show", Map.of()));
    assertInvalid(
        "Leadership Principles", slash("confirm", Map.of("story", "1", "principle", "x")));
    assertInvalid(
        "Unknown step", StoryMapping.slash("edit", Map.of("story", "1", "step", "x"), ROOM));
    assertInvalid("Unknown story command", slash("dance", Map.of()));
  }

  @Test
  void givenTheStoryForms_whenSubmitted_thenTheirValuesBecomeAddsAndEdits() {
    // GIVEN the three forms' ids
    StoryComponentId whole = StoryComponentId.of(StoryComponentId.Action.WHOLE_FORM, 0, OWNER);
    StoryComponentId steps =
        new StoryComponentId(
            StoryComponentId.Action.STEPS_FORM,
            0,
            Optional.empty(),
            OWNER.userId(),
            OWNER.place(),
            "Outage");
    StoryComponentId task =
        StoryComponentId.step(StoryComponentId.Action.STEP_FORM, 2, Step.TASK, OWNER);

    // WHEN submitted / THEN the engine gets the story, with blank boxes left out
    assertEquals(
        request(new StoryRequest.Add("Outage", Optional.of("The story."), Map.of(), List.of())),
        StoryMapping.form(whole, Map.of("title", "Outage", "story", "The story.")));
    assertEquals(
        request(
            new StoryRequest.Add(
                "Outage",
                Optional.empty(),
                Map.of(Step.SITUATION, "It broke.", Step.ACTION, "I fixed it."),
                List.of())),
        StoryMapping.form(
            steps, Map.of("situation", "It broke.", "task", " ", "action", "I fixed it.")));
    assertEquals(
        request(new StoryRequest.Edit(new StoryNumber(2), Step.TASK, Optional.of("Mine."))),
        StoryMapping.form(task, Map.of("task", "Mine.")));
    assertInvalid("at least one step", StoryMapping.form(steps, Map.of()));
    assertInvalid("title and its text", StoryMapping.form(whole, Map.of("title", "Outage")));
  }

  @Test
  void givenTheStoryButtons_whenPressed_thenSaveKeepsTheLastAnswerAndUpdateNamesTheStory() {
    assertEquals(
        Optional.of(
            new CoachEvent.StoryCommand(
                new StoryRequest.SaveLast(Optional.empty(), Optional.empty()))),
        StoryMapping.button(StoryComponentId.of(StoryComponentId.Action.SAVE, 0, OWNER)));
    assertEquals(
        Optional.of(
            new CoachEvent.StoryCommand(
                new StoryRequest.SaveLast(Optional.of(new StoryNumber(7)), Optional.empty()))),
        StoryMapping.button(StoryComponentId.of(StoryComponentId.Action.UPDATE, 7, OWNER)));
    assertEquals(
        Optional.empty(),
        StoryMapping.button(
            StoryComponentId.step(StoryComponentId.Action.WRITE, 7, Step.TASK, OWNER)));
  }

  @Test
  void givenPracticeModesNextAndLoop_whenMapped_thenTheyAreTheEnginesAimedPractices() {
    assertEquals(
        new SlashAction.Engine(new CoachEvent.PracticeNext(Optional.empty()), true),
        CommandMapping.slash(new SlashRequest("practice", Map.of("mode", "next"), false)));
    assertEquals(
        new SlashAction.Engine(
            new CoachEvent.StartLoop(Optional.of(dev.starcoach.core.content.Level.SENIOR)), true),
        CommandMapping.slash(
            new SlashRequest("practice", Map.of("mode", "loop", "level", "senior"), false)));
    SlashAction named =
        CommandMapping.slash(
            new SlashRequest("practice", Map.of("mode", "next", "principle", "ownership"), false));
    assertInstanceOf(SlashAction.Invalid.class, named);
  }

  private static StoryAction slash(String sub, Map<String, String> options) {
    return StoryMapping.slash(sub, options, ROOM);
  }

  private static StoryAction request(StoryRequest request) {
    return new StoryAction.Engine(new CoachEvent.StoryCommand(request), false);
  }

  private static void assertInvalid(String says, StoryAction action) {
    StoryAction.Invalid invalid = assertInstanceOf(StoryAction.Invalid.class, action);
    assertTrue(invalid.text().contains(says), invalid.text());
  }
}
