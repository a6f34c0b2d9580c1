package dev.starcoach.storage;

import static dev.starcoach.storage.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.store.PersonDataEraser;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.StoryStore;
import dev.starcoach.core.story.StoryVersion;
import dev.starcoach.core.story.StoryVersion.StorySource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The one contract of the story bank, run on bot-core's in-memory fake, SQLite and PostgreSQL. Each
 * test uses fresh people, so one database serves the whole class.
 */
abstract class StoryStoreContractTest {

  /** The store under test. */
  abstract StoryStore stories();

  /** The eraser of everything of a person, which must take their stories too. */
  abstract PersonDataEraser eraser();

  private static PersonId person() {
    return new PersonId("test", "u-" + UUID.randomUUID());
  }

  private static StoryVersion version(Step step, String text, int score, long second) {
    return new StoryVersion(0, step, text, score, T0.plusSeconds(second), StorySource.added());
  }

  @Test
  void givenAnEmptyBank_whenTwoStoriesAreAdded_thenTheyAreNumberedFromOneWithTheirSteps() {
    // GIVEN a person with no stories
    PersonId me = person();

    // WHEN a whole story and a draft are added
    Story first =
        stories()
            .add(
                me,
                "The midnight outage",
                List.of(
                    version(Step.SITUATION, "Checkout failed at midnight.", 70, 1),
                    version(Step.ACTION, "I rolled back the release.", 80, 2)),
                List.of("ops", "outage"),
                T0);
    Story second = stories().add(me, "A hard hire", List.of(), List.of(), T0.plusSeconds(5));

    // THEN they are 1 and 2; the first keeps its text, numbered versions and tags
    assertEquals(new StoryNumber(1), first.number());
    assertEquals(new StoryNumber(2), second.number());
    Story found = stories().find(me, new StoryNumber(1)).orElseThrow();
    assertEquals("The midnight outage", found.title());
    assertEquals(
        Map.of(
            Step.SITUATION,
            "Checkout failed at midnight.",
            Step.ACTION,
            "I rolled back the release."),
        found.steps());
    assertEquals(List.of(1, 2), found.versions().stream().map(StoryVersion::version).toList());
    assertEquals(List.of("ops", "outage"), found.tags());
    assertEquals(T0, found.created());
    assertEquals(Optional.of(80), found.latestScore(Step.ACTION));
    assertTrue(second.steps().isEmpty());
    assertEquals(
        List.of(new StoryNumber(1), new StoryNumber(2)),
        stories().list(me).stream().map(Story::number).toList());
  }

  @Test
  void givenAStory_whenAStepIsSavedAgain_thenTheNewTextIsLatestAndTheOldVersionIsKept() {
    // GIVEN a story with a Result
    PersonId me = person();
    stories()
        .add(
            me,
            "Cut costs",
            List.of(version(Step.RESULT, "We saved some money.", 40, 1)),
            List.of(),
            T0);

    // WHEN the Result is saved again from a practice
    StoryVersion practised =
        new StoryVersion(
            0,
            Step.RESULT,
            "We cut the cloud bill by 31% in a quarter.",
            85,
            T0.plusSeconds(60),
            StorySource.practice("session-7"));
    Story after = stories().saveStep(me, new StoryNumber(1), practised).orElseThrow();

    // THEN the latest text is the new one, both versions are there, the source is kept
    assertEquals(
        "We cut the cloud bill by 31% in a quarter.", after.text(Step.RESULT).orElseThrow());
    assertEquals(2, after.versions().size());
    assertEquals(2, after.versions().get(1).version());
    assertEquals(Optional.of("session-7"), after.versions().get(1).source().sessionId());
    assertEquals(StorySource.Kind.PRACTICE, after.versions().get(1).source().kind());
    assertEquals(T0.plusSeconds(60), after.updated());
    assertEquals(
        Optional.of(85),
        stories().find(me, new StoryNumber(1)).orElseThrow().latestScore(Step.RESULT));
  }

  @Test
  void givenNoSuchStory_whenChanged_thenNothingHappensAndEmptyComesBack() {
    // GIVEN a person with no story 4
    PersonId me = person();

    // WHEN story 4 is changed in every way
    // THEN each change says it is not there
    assertTrue(stories().saveStep(me, new StoryNumber(4), version(Step.TASK, "x", 1, 1)).isEmpty());
    assertTrue(stories().retitle(me, new StoryNumber(4), "t", List.of(), T0).isEmpty());
    assertTrue(
        stories()
            .decide(
                me,
                new StoryNumber(4),
                Principle.OWNERSHIP,
                Optional.of(MappingDecision.CONFIRMED),
                T0)
            .isEmpty());
    assertFalse(stories().remove(me, new StoryNumber(4)));
    assertTrue(stories().find(me, new StoryNumber(4)).isEmpty());
  }

  @Test
  void givenAStory_whenRetitledDecidedAndPractised_thenEachChangeIsKept() {
    // GIVEN a story
    PersonId me = person();
    stories().add(me, "Old name", List.of(), List.of("a"), T0);
    StoryNumber one = new StoryNumber(1);

    // WHEN it is renamed with new tags, two mappings are decided and one cleared, and it is
    // practised
    stories().retitle(me, one, "New name", List.of("c", "b"), T0.plusSeconds(1));
    stories().decide(me, one, Principle.OWNERSHIP, Optional.of(MappingDecision.CONFIRMED), T0);
    stories().decide(me, one, Principle.FRUGALITY, Optional.of(MappingDecision.REJECTED), T0);
    stories().decide(me, one, Principle.DIVE_DEEP, Optional.of(MappingDecision.CONFIRMED), T0);
    stories().decide(me, one, Principle.DIVE_DEEP, Optional.empty(), T0);
    stories().practised(me, one, T0.plusSeconds(9));

    // THEN the story shows all of it
    Story s = stories().find(me, one).orElseThrow();
    assertEquals("New name", s.title());
    assertEquals(List.of("c", "b"), s.tags(), "tags keep the order given");
    assertEquals(
        Map.of(
            Principle.OWNERSHIP,
            MappingDecision.CONFIRMED,
            Principle.FRUGALITY,
            MappingDecision.REJECTED),
        s.decisions());
    assertEquals(Optional.of(T0.plusSeconds(9)), s.lastPractised());
  }

  @Test
  void givenTwoStories_whenTheLastIsRemoved_thenItsNumberIsNotHandedOutAgain() {
    // GIVEN stories 1 and 2, and story 2 being drafted
    PersonId me = person();
    stories().add(me, "One", List.of(version(Step.TASK, "Own it.", 50, 1)), List.of(), T0);
    stories().add(me, "Two", List.of(), List.of(), T0);
    stories().setDrafting(me, Optional.of(new StoryNumber(2)));

    // WHEN story 2 is removed and another is added
    boolean removed = stories().remove(me, new StoryNumber(2));
    Story three = stories().add(me, "Three", List.of(), List.of(), T0);

    // THEN the new one is 3, the draft mark went with story 2, story 1 is untouched
    assertTrue(removed);
    assertEquals(new StoryNumber(3), three.number());
    assertEquals(Optional.empty(), stories().drafting(me));
    assertEquals(List.of("One", "Three"), stories().list(me).stream().map(Story::title).toList());
  }

  @Test
  void givenAPerson_whenDraftingIsMarkedAndCleared_thenItIsReadBackEachTime() {
    // GIVEN a person with a story
    PersonId me = person();
    assertEquals(Optional.empty(), stories().drafting(me));
    stories().add(me, "Draft", List.of(), List.of(), T0);

    // WHEN it is marked as drafting, then cleared
    stories().setDrafting(me, Optional.of(new StoryNumber(1)));
    Optional<StoryNumber> marked = stories().drafting(me);
    stories().setDrafting(me, Optional.empty());

    // THEN both are seen
    assertEquals(Optional.of(new StoryNumber(1)), marked);
    assertEquals(Optional.empty(), stories().drafting(me));
  }

  @Test
  void givenTwoPeople_whenOneIsForgotten_thenOnlyTheirStoriesGoAndNumbersStartAgain() {
    // GIVEN two people with a story each
    PersonId gone = person();
    PersonId kept = person();
    stories().add(gone, "Mine", List.of(version(Step.ACTION, "I did it.", 60, 1)), List.of(), T0);
    stories()
        .decide(
            gone,
            new StoryNumber(1),
            Principle.OWNERSHIP,
            Optional.of(MappingDecision.CONFIRMED),
            T0);
    stories().setDrafting(gone, Optional.of(new StoryNumber(1)));
    stories().add(kept, "Theirs", List.of(), List.of(), T0);

    // WHEN the first is forgotten through the eraser of all their data
    int deleted = eraser().forget(gone);

    // THEN their story, version, decision and draft mark are gone; the other's stays
    assertTrue(deleted >= 4, "deleted " + deleted);
    assertTrue(stories().list(gone).isEmpty());
    assertEquals(Optional.empty(), stories().drafting(gone));
    assertEquals(1, stories().list(kept).size());
    assertEquals(
        new StoryNumber(1), stories().add(gone, "Again", List.of(), List.of(), T0).number());
  }

  @Test
  void givenOnePerson_when8ThreadsAddAtOnce_thenEveryStoryGetsItsOwnNumber() throws Exception {
    // GIVEN 8 threads ready to add a story for the same person
    PersonId me = person();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Story>> results = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        String title = "Story " + i;
        Callable<Story> add =
            () -> {
              go.await();
              return stories().add(me, title, List.of(), List.of(), T0);
            };
        results.add(pool.submit(add));
      }

      // WHEN they all go at once
      go.countDown();
      List<Integer> numbers = new ArrayList<>();
      for (Future<Story> f : results) {
        numbers.add(f.get(30, TimeUnit.SECONDS).number().value());
      }

      // THEN the numbers are 1 to 8, each once
      numbers.sort(Integer::compare);
      assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), numbers);
    } finally {
      pool.shutdownNow();
    }
  }
}
