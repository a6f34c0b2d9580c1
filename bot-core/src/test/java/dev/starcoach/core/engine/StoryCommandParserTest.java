package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.StoryNumber;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code story ...} as typed, parsed into story requests. */
class StoryCommandParserTest {

  private static StoryRequest request(String line) {
    TextCommand parsed = TextCommand.parse(line);
    assertInstanceOf(TextCommand.Run.class, parsed, line + " -> " + parsed);
    return ((CoachEvent.StoryCommand) ((TextCommand.Run) parsed).event()).request();
  }

  private static String invalid(String line) {
    TextCommand parsed = TextCommand.parse(line);
    assertInstanceOf(TextCommand.Invalid.class, parsed, line + " -> " + parsed);
    return ((TextCommand.Invalid) parsed).message();
  }

  private static final StoryNumber TWO = new StoryNumber(2);

  @Test
  void givenEveryStoryCommand_whenParsed_thenEachBecomesItsRequest() {
    // WHEN each form is parsed, THEN it is the request it names, with the person's own text kept
    assertEquals(
        new StoryRequest.Add(
            "The  Midnight rollback",
            Optional.of("S: it broke.\nA: I fixed it."),
            Map.of(),
            List.of()),
        request("story add The  Midnight rollback | S: it broke.\nA: I fixed it."));
    assertEquals(
        new StoryRequest.Add("Hiring", Optional.empty(), Map.of(), List.of()),
        request("/story add Hiring"));
    assertEquals(new StoryRequest.ListStories(), request("story list"));
    assertEquals(new StoryRequest.ListStories(), request("stories"));
    assertEquals(new StoryRequest.Show(TWO), request("story show #2"));
    assertEquals(
        new StoryRequest.Edit(TWO, Step.RESULT, Optional.of("Refunds fell to 0.")),
        request("story edit 2 Result Refunds fell to 0."));
    assertEquals(
        new StoryRequest.Edit(TWO, Step.TASK, Optional.empty()), request("story edit 2 task"));
    assertEquals(new StoryRequest.Remove(TWO), request("story remove 2"));
    assertEquals(
        new StoryRequest.SaveLast(Optional.empty(), Optional.empty()), request("story save"));
    assertEquals(
        new StoryRequest.SaveLast(Optional.of(TWO), Optional.empty()), request("story save 2"));
    assertEquals(
        new StoryRequest.SaveLast(Optional.empty(), Optional.of("The 3am page")),
        request("story save The 3am page"));
    assertEquals(new StoryRequest.Share(TWO), request("story share 2"));
    assertEquals(
        new StoryRequest.Decide(
            TWO, Principle.HAVE_BACKBONE, Optional.of(MappingDecision.CONFIRMED)),
        request("story confirm 2 disagree and commit"));
    assertEquals(
        new StoryRequest.Decide(TWO, Principle.DIVE_DEEP, Optional.of(MappingDecision.REJECTED)),
        request("story reject 2 dive-deep"));
    assertEquals(
        new StoryRequest.Decide(TWO, Principle.FRUGALITY, Optional.empty()),
        request("story clear 2 Frugality"));
    assertEquals(new StoryRequest.Coverage(), request("story map"));
    assertEquals(
        new StoryRequest.Tag(TWO, List.of("ops", "on call")), request("story tag 2 ops, on call"));
    assertEquals(new StoryRequest.Tag(TWO, List.of()), request("story tag 2"));
    assertEquals(
        new StoryRequest.Rename(TWO, "A better name"), request("story rename 2 A better name"));
    assertEquals(new StoryRequest.FinishDraft(), request("story done"));
    assertEquals(new StoryRequest.FinishDraft(), request("story stop"));
  }

  @Test
  void givenBadStoryCommands_whenParsed_thenEachMessageNamesWhatIsWrong() {
    // WHEN malformed forms are parsed, THEN each message names the missing or wrong part
    assertTrue(invalid("story add").contains("title"));
    assertTrue(invalid("story add | text only").contains("title"));
    assertTrue(invalid("story show two").contains("story number"));
    assertTrue(invalid("story show 0").contains("story number"));
    assertTrue(invalid("story edit 2").contains("step"));
    assertTrue(invalid("story edit 2 middle").contains("'middle'"));
    assertTrue(invalid("story confirm 2 luck").contains("'luck'"));
    assertTrue(invalid("story save 0").contains("start at 1"));
    assertTrue(invalid("story frobnicate").contains("'frobnicate'"));
    assertTrue(TextCommand.WORDS.contains("story"));
  }

  @Test
  void givenAStoryBeingWritten_whenLinesAreRouted_thenOnlySlashStoryAndShortCommandsAreCommands() {
    // GIVEN a story waiting for its next text and no practice open
    // WHEN lines are routed, THEN text that starts like a command is still story text
    assertTrue(
        TypedLines.command("Start of the quarter we lost a customer.", false, true).isEmpty());
    assertTrue(TypedLines.command("Help desk tickets had piled up to 400.", false, true).isEmpty());
    assertTrue(TypedLines.command("/story list", false, true).isPresent());
    assertTrue(TypedLines.command("story done", false, true).isPresent());
    assertTrue(TypedLines.command("help", false, true).isPresent());
    assertTrue(TypedLines.command("practice drill", false, true).isPresent());
    // and while a practice is open, the line is the practice's answer
    assertTrue(
        TypedLines.command("Start of the quarter we lost a customer.", true, true).isEmpty());
    // and without a story waiting, a command-like line is a command as before
    assertTrue(
        TypedLines.command("Start of the quarter we lost a customer.", false, false).isPresent());
  }
}
