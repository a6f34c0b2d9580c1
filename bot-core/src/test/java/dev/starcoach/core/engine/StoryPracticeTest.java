package dev.starcoach.core.engine;

import static dev.starcoach.core.engine.StoryFixture.WHOLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEvent.StartPractice;
import dev.starcoach.core.engine.CoachEvent.SubmitAnswer;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.StoryView.SaveKind;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.StoryVersion;
import dev.starcoach.core.story.StoryVersion.StorySource;
import dev.starcoach.core.testing.ScriptedDrill;
import dev.starcoach.core.testing.TestBank;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Stories and practices: keeping an answer, the offer after a practice, limits, export, forget. */
class StoryPracticeTest {
  private final StoryFixture f = new StoryFixture();

  private Story stored(int number) {
    return f.stores.stories().find(f.alice.person(), new StoryNumber(number)).orElseThrow();
  }

  private void drill() {
    f.send(new StartPractice(SessionMode.DRILL, TestBank.WALKTHROUGH_ID, null));
    for (String answer : ScriptedDrill.ANSWERS) {
      f.send(new SubmitAnswer(answer));
    }
  }

  private PracticeSession lastSession() {
    List<PracticeSession> all = f.stores.sessionsOf(f.alice.person());
    return all.get(all.size() - 1);
  }

  @Test
  void givenAFinishedDrill_whenStorySave_thenItsFiveAnswersAreANewStoryWithTheirScores() {
    // GIVEN a finished drill
    drill();

    // WHEN the person keeps it
    f.type("story save");

    // THEN story 1 holds the five answers, from the practice, titled with the question
    Story s = stored(1);
    assertTrue(s.complete());
    assertEquals(ScriptedDrill.ANSWERS.get(2), s.text(Step.ACTION).get());
    for (StoryVersion v : s.versions()) {
      assertEquals(StorySource.practice(lastSession().id()), v.source());
    }
    assertEquals(
        TestBank.load().byId(TestBank.WALKTHROUGH_ID).get().text().length() <= 100
            ? TestBank.load().byId(TestBank.WALKTHROUGH_ID).get().text()
            : s.title(),
        s.title());
    int drillScore = f.chat.all(CoachReply.AnswerFeedback.class).get(2).assessment().score();
    assertEquals(Optional.of(drillScore), s.latestScore(Step.ACTION), "the drill's score is kept");
    assertEquals(SaveKind.ADDED, f.last(StoryView.StorySaved.class).kind());
    assertTrue(s.lastPractised().isPresent());
  }

  @Test
  void givenAFinishedDrillAndAStory_whenStorySaveN_thenTheStoryGetsNewVersions() {
    // GIVEN a story and then a finished drill
    f.type("/story add Prices | " + WHOLE);
    drill();

    // WHEN the drill is saved into story 1
    f.type("story save 1");

    // THEN story 1 has five more versions and the drill's text as latest
    Story s = stored(1);
    assertEquals(10, s.versions().size());
    assertEquals(ScriptedDrill.ANSWERS.get(3), s.text(Step.RESULT).get());
    StoryView.StorySaved saved = f.last(StoryView.StorySaved.class);
    assertEquals(SaveKind.UPDATED_FROM_PRACTICE, saved.kind());
    assertEquals(List.of(Step.values()), saved.changed());
  }

  @Test
  void givenAFinishedMock_whenStorySaveWithATitle_thenTheFullAnswerIsSplitIntoSteps() {
    // GIVEN a mock answered in full, its probes skipped
    f.send(new StartPractice(SessionMode.MOCK, TestBank.WALKTHROUGH_ID, null));
    f.send(
        new SubmitAnswer("S: stale prices | T: no owner | A: I fixed it in 3 days | R: 0 refunds"));
    f.send(new CoachEvent.StopSession());

    // WHEN the person keeps it under their own title
    f.type("story save The cache nobody owned");

    // THEN the story has the four parts the answer held
    Story s = stored(1);
    assertEquals("The cache nobody owned", s.title());
    assertEquals("I fixed it in 3 days", s.text(Step.ACTION).get());
    assertEquals(4, s.steps().size());
    assertTrue(f.chat.last(CoachReply.Notice.class).text().contains("Reflection"));
  }

  @Test
  void givenNoPractice_whenStorySave_thenTheErrorSaysThereIsNothingToKeep() {
    // WHEN the person saves with nothing practised
    f.type("story save");

    // THEN nothing is saved and the error says why
    assertEquals(ErrorCode.NOT_AVAILABLE, f.lastError().code());
    assertTrue(f.lastError().text().contains("no practised answer"), f.lastError().text());
    assertTrue(f.stores.stories().list(f.alice.person()).isEmpty());
  }

  @Test
  void givenAStoryTellingTheSameEvents_whenADrillFinishes_thenTheStoryIsOfferedAfterTheSummary() {
    // GIVEN a story that tells the drill's events in its own words
    f.type(
        "/story add Stale prices | S: checkout read prices from a cache owned by another team;"
            + " stale prices after each import | T: not my team's cache, no ticket | A: compared"
            + " import logs with cache writes, reproduced the race on staging, wrote the fix,"
            + " added an alert on price age | R: stale prices fell, refunds dropped");

    // WHEN the drill finishes
    f.chat.clear();
    drill();

    // THEN the summary is followed by the offer to update story 1, and no tip
    List<String> kinds = f.chat.kinds();
    int summary = kinds.indexOf("SessionSummary");
    assertEquals("StoryShown", kinds.get(summary + 1));
    StoryView.StoryMatchOffer offer = f.last(StoryView.StoryMatchOffer.class);
    assertEquals(new StoryNumber(1), offer.number());
    assertFalse(
        f.chat.all(CoachReply.Notice.class).stream()
            .anyMatch(n -> n.text().equals(StoryOffers.TIP)));
  }

  @Test
  void givenAnUnrelatedStory_whenADrillFinishes_thenOnlyTheTipToKeepItFollows() {
    // GIVEN a story about something else entirely
    f.type(
        "/story add Hiring | S: lost two senior engineers | T: hire one in 6 weeks | A: I rewrote"
            + " the role and ran 14 screens | R: hired in 5 weeks");

    // WHEN the drill finishes
    f.chat.clear();
    drill();

    // THEN no offer, and the tip once, after the summary
    assertTrue(f.views(StoryView.StoryMatchOffer.class).isEmpty());
    List<String> kinds = f.chat.kinds();
    assertEquals("Notice", kinds.get(kinds.indexOf("SessionSummary") + 1));
    assertEquals(
        1,
        f.chat.all(CoachReply.Notice.class).stream()
            .filter(n -> n.text().equals(StoryOffers.TIP))
            .count());
  }

  @Test
  void givenThirteenStories_whenAnUnrelatedDrillFinishes_thenNoTipIsShown() {
    // GIVEN a bank of 13 stories, none like the drill
    for (int i = 1; i <= 13; i++) {
      f.type("/story add Story " + i + " | S: a board game night " + i + " | A: I baked bread");
    }

    // WHEN the drill finishes
    f.chat.clear();
    drill();

    // THEN the bank is built: no tip
    assertTrue(
        f.chat.all(CoachReply.Notice.class).stream()
            .noneMatch(n -> n.text().equals(StoryOffers.TIP)));
  }

  @Test
  void givenLimits_whenExceeded_thenEachIsRefusedWithItsLimitNamed() {
    // GIVEN a bank with settings allowing answers of 200 characters
    StoryFixture small = new StoryFixture(new EngineSettings(200, 10, 3));

    // WHEN the title is too long, a step too long, and the bank full
    small.type("/story add " + "t".repeat(101));
    String title = small.lastError().text();
    small.type("/story add Long | S: " + "x ".repeat(150));
    String text = small.lastError().text();
    small.type("/story add Draft");
    small.type("y".repeat(201));
    String line = small.lastError().text();
    for (int i = 0; i < 49; i++) {
      small
          .stores
          .stories()
          .add(small.alice.person(), "s" + i, List.of(), List.of(), small.clock.instant());
    }
    small.type("/story add One too many");
    String full = small.lastError().text();

    // THEN each error names its limit
    assertTrue(title.contains("limit is 100"), title);
    assertTrue(text.contains("limit is 200"), text);
    assertTrue(line.contains("limit is 200"), line);
    assertTrue(full.contains("50 stories"), full);
    assertEquals(50, small.stores.stories().list(small.alice.person()).size());
  }

  @Test
  void givenStories_whenExported_thenEveryStoryIsThereWithVersionsAndDecisions() {
    // GIVEN a story with an edit and a decision
    f.type("/story add Prices | " + WHOLE);
    f.type("/story edit 1 result I cut refunds to 0");
    f.type("/story confirm 1 ownership");

    // WHEN the person exports their data
    f.type("export");

    // THEN the export holds the story, its six versions and the decision
    String json = f.chat.last(CoachReply.DataExport.class).json();
    assertTrue(json.contains("\"stories\""), json);
    assertTrue(json.contains("\"title\" : \"Prices\""), json);
    assertTrue(json.contains("I cut refunds to 0"), json);
    assertTrue(json.contains("\"Ownership\" : \"confirmed\""), json);
    assertEquals(6, json.split("\"version\" :", -1).length - 1, json);
  }

  @Test
  void givenStories_whenThePersonIsForgotten_thenTheirStoriesAndDraftAreGone() {
    // GIVEN a whole story and one being written
    f.type("/story add Prices | " + WHOLE);
    f.type("/story add Draft");

    // WHEN the person forgets their data
    f.send(new CoachEvent.ForgetData(true));

    // THEN the bank is empty and a plain line is no story text
    assertTrue(f.stores.stories().list(f.alice.person()).isEmpty());
    assertEquals(Optional.empty(), f.stores.stories().drafting(f.alice.person()));
    f.type("Our build took 40 minutes.");
    assertEquals(ErrorCode.NO_SESSION, f.lastError().code());
  }

  @Test
  void givenTheStoreOffline_whenAStoryCommandIsTyped_thenTheOutageIsSaid() {
    // GIVEN the database unreachable
    f.stores.setOffline(true);

    // WHEN a story is listed
    f.type("/story list");

    // THEN the person is told, and nothing else happens
    assertEquals(ErrorCode.STORAGE_UNAVAILABLE, f.lastError().code());
  }
}
