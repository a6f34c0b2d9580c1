package dev.starcoach.core.engine;

import static dev.starcoach.core.engine.StoryFixture.WHOLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.StoryView.SaveKind;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.StoryVersion.StorySource;
import dev.starcoach.core.story.fit.CoverageMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The story bank's commands through the engine's front door, as typed lines. */
class StoryDeskTest {
  private final StoryFixture f = new StoryFixture();

  private Story stored(int number) {
    return f.stores.stories().find(f.alice.person(), new StoryNumber(number)).orElseThrow();
  }

  @Test
  void givenNoTitle_whenAStoryIsAdded_thenTheErrorNamesTheTitleAndNothingIsKept() {
    // WHEN the person types story add with nothing after it
    f.type("/story add");

    // THEN the error says a title is missing
    assertEquals(ErrorCode.INVALID_COMMAND, f.lastError().code());
    assertTrue(f.lastError().text().contains("title"), f.lastError().text());
    assertTrue(f.stores.stories().list(f.alice.person()).isEmpty());
  }

  @Test
  void givenAWholeStory_whenAdded_thenItIsSplitIntoStepsEachScored() {
    // WHEN a titled story is pasted whole
    f.type("/story add Stale prices | " + WHOLE);

    // THEN it is story 1, complete, each step its own version with its own score
    StoryView.StorySaved saved = f.last(StoryView.StorySaved.class);
    assertEquals(SaveKind.ADDED, saved.kind());
    Story s = stored(1);
    assertEquals("Stale prices", s.title());
    assertTrue(s.complete());
    assertEquals(5, s.versions().size());
    assertEquals(Optional.of(80), s.latestScore(Step.ACTION));
    assertEquals(Optional.of(40), s.latestScore(Step.SITUATION));
    assertEquals(
        "I traced the import race and I shipped a fix in 3 days", s.text(Step.ACTION).get());
    assertEquals(StorySource.Kind.ADDED, s.versions().get(0).source().kind());
    assertEquals(List.of(Step.values()), saved.changed());
  }

  @Test
  void givenAWholeStoryWithoutAReflection_whenAdded_thenTheMissingStepIsAskedNext() {
    // WHEN a story without its reflection is pasted
    f.type("/story add Refunds | S: stale prices | T: no owner | A: I fixed it in 3 days | R: 0");

    // THEN it is saved with four steps and the next line is asked for the reflection
    assertEquals(4, stored(1).steps().size());
    StoryView.StoryStepAsked asked = f.last(StoryView.StoryStepAsked.class);
    assertEquals(Step.REFLECTION, asked.step());
    assertFalse(asked.editing());

    // AND WHEN the person types it
    f.type("Since then I look for unowned systems before anything else.");

    // THEN the story is complete and no longer being written
    assertTrue(stored(1).complete());
    assertEquals(SaveKind.ADDED, f.last(StoryView.StorySaved.class).kind());
    assertEquals(Optional.empty(), f.stores.stories().drafting(f.alice.person()));
  }

  @Test
  void givenAStoryWithoutText_whenFiveLinesFollow_thenEachFillsTheNextStepInOrder() {
    // GIVEN a story added without text
    f.type("/story add The hard hire");
    assertEquals(Step.SITUATION, f.last(StoryView.StoryStepAsked.class).step());
    assertEquals(Optional.of(new StoryNumber(1)), f.stores.stories().drafting(f.alice.person()));

    // WHEN five plain lines follow
    f.type("Our team had lost two senior engineers in a month.");
    f.type("I had to hire one replacement in 6 weeks without lowering the bar.");
    f.type("I rewrote the role, I ran 14 phone screens and I added a work sample.");
    f.type("I hired a senior engineer in 5 weeks who now leads the payments migration.");
    f.type("I learnt that a sharp job description saves 3 weeks of screening.");

    // THEN each step was asked in STAR order, and the last line completed the story
    List<Step> asked =
        f.views(StoryView.StoryStepAsked.class).stream()
            .map(StoryView.StoryStepAsked::step)
            .toList();
    assertEquals(
        List.of(Step.SITUATION, Step.TASK, Step.ACTION, Step.RESULT, Step.REFLECTION), asked);
    Story s = stored(1);
    assertTrue(s.complete());
    assertEquals(
        "I rewrote the role, I ran 14 phone screens and I added a work sample.",
        s.text(Step.ACTION).get());
    assertEquals(SaveKind.ADDED, f.last(StoryView.StorySaved.class).kind());
    assertEquals(Optional.empty(), f.stores.stories().drafting(f.alice.person()));
  }

  @Test
  void givenAStoryBeingWritten_whenACommandIsTyped_thenItRunsAndTheNextLineStillFillsTheDraft() {
    // GIVEN a story being written, its situation typed
    f.type("/story add Pager storm");
    f.type("Alerts fired 300 times a night for a month.");

    // WHEN the person lists their stories, then types the next line
    f.type("/story list");
    f.type("story list");
    f.type("I had to make on-call bearable again.");

    // THEN both commands ran and the line became the task
    assertEquals(2, f.views(StoryView.StoryListing.class).size());
    assertEquals("I had to make on-call bearable again.", stored(1).text(Step.TASK).orElseThrow());
    assertEquals(Step.ACTION, f.last(StoryView.StoryStepAsked.class).step());
  }

  @Test
  void givenAStoryBeingWritten_whenALineHoldsSeveralParts_thenEachPartFillsItsStep() {
    // GIVEN a story being written
    f.type("/story add Pager storm");

    // WHEN one pasted line holds the situation, task and action
    f.type("S: 300 alerts a night | T: make on-call bearable | A: I deleted 40 noisy alerts");

    // THEN those three are filled and the result is asked next
    Story s = stored(1);
    assertEquals(
        List.of(Step.SITUATION, Step.TASK, Step.ACTION),
        List.copyOf(s.steps().keySet()).stream().sorted().toList());
    assertEquals("I deleted 40 noisy alerts", s.text(Step.ACTION).get());
    assertEquals(Step.RESULT, f.last(StoryView.StoryStepAsked.class).step());
  }

  @Test
  void givenAStoryBeingWritten_whenStoryDone_thenWhatIsWrittenIsKeptAndLinesAreAnswersAgain() {
    // GIVEN a story with two of five steps written
    f.type("/story add Half a story");
    f.type("The build took 40 minutes.");
    f.type("I had to get it under 10.");

    // WHEN the person ends it
    f.type("story done");

    // THEN the story keeps its two steps, and the next plain line is no story text
    assertEquals(2, stored(1).steps().size());
    assertEquals(Optional.empty(), f.stores.stories().drafting(f.alice.person()));
    assertTrue(f.chat.last(CoachReply.Notice.class).text().contains("2 of 5"));
    f.type("I cached the dependencies.");
    assertEquals(ErrorCode.NO_SESSION, f.lastError().code());
    assertEquals(2, stored(1).steps().size());
  }

  @Test
  void givenAStoryBeingWrittenAndAPracticeOpen_whenALineIsTyped_thenItAnswersThePractice() {
    // GIVEN a story being written, then a drill started
    f.type("/story add Drafted");
    f.send(new CoachEvent.StartPractice(SessionMode.DRILL, null, null));

    // WHEN the person types a line
    f.chat.clear();
    f.type("Our checkout read prices from a cache owned by another team.");

    // THEN it was the drill's answer, and the story is untouched
    assertFalse(f.chat.all(CoachReply.AnswerFeedback.class).isEmpty());
    assertTrue(stored(1).steps().isEmpty());
  }

  @Test
  void givenStories_whenListedShownAndRemoved_thenEachViewNamesThem() {
    // GIVEN two stories
    f.type("/story add First | " + WHOLE);
    f.type("/story add Second | " + WHOLE);

    // WHEN the person lists, shows one and removes the first
    f.type("/story list");
    f.type("/story show 2");
    f.type("/story remove 1");

    // THEN the list held both, the detail story 2, and the removal named story 1's title
    assertEquals(2, f.last(StoryView.StoryListing.class).stories().size());
    assertEquals("Second", f.last(StoryView.StoryDetail.class).entry().story().title());
    StoryView.StoryRemoved removed = f.last(StoryView.StoryRemoved.class);
    assertEquals(new StoryNumber(1), removed.number());
    assertEquals("First", removed.title());
    assertEquals(1, f.stores.stories().list(f.alice.person()).size());
  }

  @Test
  void givenNoStory3_whenShownEditedSharedOrRemoved_thenEachSaysThereIsNoStory3() {
    // GIVEN one story
    f.type("/story add Only | " + WHOLE);

    for (String line :
        List.of(
            "/story show 3",
            "/story edit 3 result 9",
            "/story share 3",
            "/story remove 3",
            "/story confirm 3 ownership",
            "/story tag 3 a",
            "/story rename 3 x",
            "/story save 3")) {
      // WHEN the person names story 3
      f.chat.clear();
      f.type(line);

      // THEN the error says there is no story 3
      assertEquals(ErrorCode.NOT_AVAILABLE, f.lastError().code(), line);
      assertTrue(f.lastError().text().contains("no story 3"), line + ": " + f.lastError().text());
    }
  }

  @Test
  void givenAStory_whenAStepIsEditedWithText_thenANewVersionIsTheLatest() {
    // GIVEN a whole story
    f.type("/story add Prices | " + WHOLE);

    // WHEN its result is edited with new text
    f.type("/story edit 1 result I cut refunds from 40 a week to 0 in 2 weeks");

    // THEN the result has a new version, marked edited, and the old one is kept
    Story s = stored(1);
    assertEquals("I cut refunds from 40 a week to 0 in 2 weeks", s.text(Step.RESULT).get());
    assertEquals(6, s.versions().size());
    assertEquals(StorySource.Kind.EDITED, s.versions().get(5).source().kind());
    StoryView.StorySaved saved = f.last(StoryView.StorySaved.class);
    assertEquals(SaveKind.STEP_SAVED, saved.kind());
    assertEquals(List.of(Step.RESULT), saved.changed());
  }

  @Test
  void givenAStory_whenAStepIsEditedWithoutText_thenTheNextLineIsItsText() {
    // GIVEN a whole story
    f.type("/story add Prices | " + WHOLE);

    // WHEN its task is edited without text, then a line follows
    f.type("/story edit 1 task");
    StoryView.StoryStepAsked asked = f.last(StoryView.StoryStepAsked.class);
    f.type("Nobody owned the cache; I took it on without a ticket.");

    // THEN the question was for the task, as an edit, and the line is the task's new text
    assertEquals(Step.TASK, asked.step());
    assertTrue(asked.editing());
    assertEquals(
        "Nobody owned the cache; I took it on without a ticket.", stored(1).text(Step.TASK).get());
    assertEquals(StorySource.Kind.EDITED, stored(1).versions().get(5).source().kind());
  }

  @Test
  void givenBadStoryCommands_whenTyped_thenEachErrorNamesWhatWasWrong() {
    // WHEN malformed story commands are typed
    // THEN each is refused with a message naming the missing or wrong part
    List<List<String>> cases =
        List.of(
            List.of("/story show", "story number"),
            List.of("/story edit 1", "step"),
            List.of("/story edit 1 ending", "unknown step 'ending'"),
            List.of("/story confirm 1", "principle"),
            List.of("/story reject 1 charisma", "unknown principle 'charisma'"),
            List.of("/story rename 1", "new title"),
            List.of("/story juggle", "unknown story command 'juggle'"),
            List.of("/story add Title |", "nothing after the '|'"));
    for (List<String> c : cases) {
      f.chat.clear();
      f.type(c.get(0));
      assertEquals(ErrorCode.INVALID_COMMAND, f.lastError().code(), c.get(0));
      assertTrue(f.lastError().text().contains(c.get(1)), c.get(0) + ": " + f.lastError().text());
    }
  }

  @Test
  void givenAStory_whenAMappingIsConfirmedRejectedAndCleared_thenTheMapCountsOnlyTheConfirmation() {
    // GIVEN a story
    f.type("/story add Prices | " + WHOLE);

    // WHEN Ownership is confirmed, Frugality rejected, and Dive Deep confirmed then cleared
    f.type("/story confirm 1 ownership");
    f.type("/story reject 1 frugality");
    f.type("/story confirm 1 dive deep");
    f.type("/story clear 1 dive deep");
    f.type("/story map");

    // THEN each decision was shown, stored, and the map counts the confirmed one as usable
    StoryView.MappingDecided last = f.last(StoryView.MappingDecided.class);
    assertEquals(Principle.DIVE_DEEP, last.principle());
    assertEquals(Optional.empty(), last.decision());
    assertEquals(
        java.util.Map.of(
            Principle.OWNERSHIP, MappingDecision.CONFIRMED,
            Principle.FRUGALITY, MappingDecision.REJECTED),
        stored(1).decisions());
    CoverageMap map = f.last(StoryView.CoverageView.class).map();
    assertEquals(1, map.stories().size());
    assertTrue(map.usableCount(Principle.OWNERSHIP) >= 1);
    assertEquals(0, map.usableCount(Principle.FRUGALITY));
    assertTrue(map.gaps().contains(Principle.FRUGALITY));
  }

  @Test
  void givenAStory_whenTaggedAndRenamed_thenBothAreKeptAndSaid() {
    // GIVEN a story
    f.type("/story add Prices | " + WHOLE);

    // WHEN it is tagged and renamed
    f.type("/story tag 1 Ops, on call, ops");
    f.type("/story rename 1 The stale price cache");

    // THEN the tags are lower case without repeats and the title is new
    assertEquals(List.of("ops", "on call"), stored(1).tags());
    assertEquals("The stale price cache", stored(1).title());
    assertTrue(f.chat.last(CoachReply.Notice.class).text().contains("The stale price cache"));
  }

  @Test
  void givenAStory_whenShared_thenTheSharedViewHoldsTheStory() {
    // GIVEN a story
    f.type("/story add Prices | " + WHOLE);

    // WHEN it is shared
    f.type("/story share 1");

    // THEN the shared view carries it
    assertEquals("Prices", f.last(StoryView.StoryShared.class).story().title());
  }

  @Test
  void
      givenASituationWritten_whenALineHoldsASituationPartToo_thenItOpensTheTaskAndKeepsTheSituation() {
    // GIVEN a story whose situation is written
    f.type("/story add Pager storm");
    f.type("We were paged 300 times a night.");

    // WHEN the next line holds parts the segmenter reads as situation, action and result
    f.type("S: I led the team | A: I deleted 40 alerts | R: pages fell to 9");

    // THEN the situation is unchanged, its part opens the task, action and result are filled
    Story s = stored(1);
    assertEquals("We were paged 300 times a night.", s.text(Step.SITUATION).get());
    assertEquals("I led the team", s.text(Step.TASK).get());
    assertEquals("I deleted 40 alerts", s.text(Step.ACTION).get());
    assertEquals("pages fell to 9", s.text(Step.RESULT).get());
    assertEquals(Step.REFLECTION, f.last(StoryView.StoryStepAsked.class).step());
  }

  @Test
  void givenStepsFromAForm_whenAdded_thenTheFilledOnesAreKeptAndTheNextMissingIsAsked() {
    // GIVEN a form (a chat modal) with the situation and action filled, the task left blank
    StoryRequest.Add add =
        new StoryRequest.Add(
            "From a form",
            Optional.empty(),
            java.util.Map.of(
                Step.SITUATION, "  The build took 40 minutes. ",
                Step.TASK, "   ",
                Step.ACTION, "I cached 3 layers."),
            List.of("Build", "CI"));

    // WHEN it is sent
    f.send(new CoachEvent.StoryCommand(add));

    // THEN the two filled steps are kept, trimmed, the tags lower case, and the task is asked
    Story s = stored(1);
    assertEquals(
        java.util.Map.of(
            Step.SITUATION, "The build took 40 minutes.", Step.ACTION, "I cached 3 layers."),
        s.steps());
    assertEquals(List.of("build", "ci"), s.tags());
    assertEquals(Step.TASK, f.last(StoryView.StoryStepAsked.class).step());
  }
}
