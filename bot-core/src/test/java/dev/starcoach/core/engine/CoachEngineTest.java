package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEvent.ChooseOption;
import dev.starcoach.core.engine.CoachEvent.StartPractice;
import dev.starcoach.core.engine.CoachEvent.SubmitAnswer;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.ScriptedDrill;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.core.testing.TestPlaces;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoachEngineTest {
  private static final String WALK = TestBank.WALKTHROUGH_ID;

  private final SteppingClock clock = SteppingClock.monday9am();
  private final InMemoryStores stores = new InMemoryStores();
  private final CoachEngine engine =
      new CoachEngine(
          TestBank.load(),
          new FakeScorer(),
          stores.bundle(),
          new TestPlaces(stores, clock).services(),
          clock,
          new Random(7),
          EngineSettings.defaults(),
          new InMemoryReminders(stores));
  private final SessionKey alice = SessionKey.of("test", "room-1", "alice");
  private final RecordingConversation chat = new RecordingConversation();

  private void send(CoachEvent event) {
    engine.handle(alice, event, chat);
  }

  @Test
  void drillPromptsEveryStepTimesEachReplyAndEndsWithASummary() {
    // GIVEN a drill on the walkthrough
    send(new StartPractice(SessionMode.DRILL, WALK, null));
    CoachReply.StepPrompt first = chat.last(CoachReply.StepPrompt.class);
    assertEquals(Step.SITUATION, first.step());
    // the level's budget split in the walkthrough's proportions: the step targets add up to it
    assertEquals(
        TestBank.load().byId(WALK).orElseThrow().targetSeconds(Step.SITUATION, Level.SDE2),
        first.targetSeconds());
    assertNull(first.coaching(), "drill gives no hints unless asked");

    // WHEN five answers arrive 40 seconds apart
    for (String answer : ScriptedDrill.ANSWERS) {
      clock.advance(Duration.ofSeconds(40));
      send(new SubmitAnswer(answer));
    }

    // THEN each got timed feedback, prompts came in STAR order, and a summary closed it
    List<CoachReply.AnswerFeedback> feedback = chat.all(CoachReply.AnswerFeedback.class);
    assertEquals(5, feedback.size());
    feedback.forEach(f -> assertEquals(40_000, f.replyMillis()));
    assertEquals(
        List.of(Step.SITUATION, Step.TASK, Step.ACTION, Step.RESULT, Step.REFLECTION),
        chat.all(CoachReply.StepPrompt.class).stream().map(CoachReply.StepPrompt::step).toList());
    CoachReply.SessionSummary summary = chat.last(CoachReply.SessionSummary.class);
    assertEquals(5, summary.rows().size());
    assertTrue(summary.completed());
    assertTrue(stores.bundle().sessions().findOpen(alice).isEmpty(), "the drill is finished");
    assertEquals(5, stores.answersOf(alice.person()).size(), "every answer is in the history");
  }

  @Test
  void guidedShowsCoachingBeforeAndTheStrongExampleAfterEachStep() {
    // GIVEN a guided practice
    send(new StartPractice(SessionMode.GUIDED, WALK, Level.SENIOR));
    CoachReply.StepPrompt prompt = chat.last(CoachReply.StepPrompt.class);

    // THEN the prompt carries the coaching tip and the common mistake
    assertNotNull(prompt.coaching());
    assertNotNull(prompt.commonMistake());

    // WHEN the person answers every step
    for (String answer : ScriptedDrill.ANSWERS) {
      send(new SubmitAnswer(answer));
    }

    // THEN each answer is followed by a strong example; the reflection one is the senior one
    List<CoachReply.StrongExample> examples = chat.all(CoachReply.StrongExample.class);
    assertEquals(5, examples.size());
    assertTrue(examples.get(4).example().contains("root cause"), examples.get(4).example());
    List<String> kinds = chat.kinds();
    int firstFeedback = kinds.indexOf("AnswerFeedback");
    assertEquals("StrongExample", kinds.get(firstFeedback + 1));
  }

  @Test
  void mockSplitsTheAnswerNamesMissingPartsAsksProbesAndGivesAVerdict() {
    // GIVEN a mock interview
    send(new StartPractice(SessionMode.MOCK, WALK, null));
    assertNotNull(chat.last(CoachReply.FullAnswerPrompt.class));

    // WHEN one full answer without a reflection arrives
    send(
        new SubmitAnswer(
            "S: prices were stale for 2 hours | T: not my team and no ticket | A: I fixed it in 3"
                + " days | R: refunds fell from 40 to 0"));

    // THEN the breakdown has four parts and names the missing reflection, and a probe follows
    CoachReply.MockBreakdown breakdown = chat.last(CoachReply.MockBreakdown.class);
    assertEquals(4, breakdown.parts().size());
    assertEquals(List.of(Step.REFLECTION), breakdown.missing());
    CoachReply.ProbePrompt probe = chat.last(CoachReply.ProbePrompt.class);
    assertEquals(1, probe.number());
    assertTrue(probe.of() >= 2 && probe.of() <= 3);
    assertEquals(Step.REFLECTION, probe.focus(), "the first probe aims at the weakest part");

    // WHEN every probe is answered in turn
    for (int i = 0; i < probe.of(); i++) {
      send(new SubmitAnswer("I measured it: 40 refunds a week, and I wrote the fix myself."));
    }

    // THEN the probes came one at a time and a verdict with reasons ends the interview
    assertEquals(probe.of(), chat.all(CoachReply.ProbePrompt.class).size());
    CoachReply.VerdictCard verdict = chat.last(CoachReply.VerdictCard.class);
    assertFalse(verdict.verdict().reasons().isEmpty());
    assertTrue(stores.bundle().sessions().findOpen(alice).isEmpty());
  }

  @Test
  void quizTakesNumberedChoicesAndCountsTheRightOnes() {
    // GIVEN a quiz on the walkthrough (2 items; the right options are 2 then 1)
    send(new CoachEvent.StartQuiz(WALK));
    assertEquals(2, chat.last(CoachReply.QuizQuestion.class).of());

    // WHEN the person picks 2 (right) by typing it, then 2 (wrong) by button
    send(new SubmitAnswer("2"));
    send(new ChooseOption(2));

    // THEN the feedback says right then wrong, and the summary counts 1 of 2
    List<CoachReply.QuizFeedback> feedback = chat.all(CoachReply.QuizFeedback.class);
    assertTrue(feedback.get(0).correct());
    assertFalse(feedback.get(1).correct());
    assertEquals(1, feedback.get(1).answer());
    CoachReply.QuizSummary summary = chat.last(CoachReply.QuizSummary.class);
    assertEquals(1, summary.correct());
    assertEquals(2, stores.attemptsOf(alice.person()).size());
  }

  @Test
  void hintSkipAndStopWorkMidDrill() {
    // GIVEN a drill at its first step
    send(new StartPractice(SessionMode.DRILL, WALK, null));

    // WHEN the person asks a hint, skips Situation, answers Task, then stops
    send(new CoachEvent.RequestHint());
    send(new CoachEvent.SkipStep());
    send(new SubmitAnswer("Nobody asked me; it was not my team's cache."));
    send(new CoachEvent.StopSession());

    // THEN the hint named the step, the summary shows a skipped Situation and a scored Task
    assertEquals(Step.SITUATION, chat.last(CoachReply.Hint.class).step());
    CoachReply.SessionSummary summary = chat.last(CoachReply.SessionSummary.class);
    assertFalse(summary.completed());
    assertTrue(summary.rows().get(0).skipped());
    assertFalse(summary.rows().get(1).skipped());
    assertTrue(stores.bundle().sessions().findOpen(alice).isEmpty());
  }

  @Test
  void aSecondPracticeAtTheSamePlaceIsRefusedWhileOneIsOpen() {
    // GIVEN an open drill
    send(new StartPractice(SessionMode.DRILL, WALK, null));

    // WHEN another practice is started at the same place
    send(new StartPractice(SessionMode.MOCK, null, null));

    // THEN it is refused with a way out, and the drill is untouched
    CoachReply.ErrorNotice error = chat.last(CoachReply.ErrorNotice.class);
    assertEquals(ErrorCode.SESSION_OPEN, error.code());
    assertTrue(error.text().contains("stop"));
    assertEquals(
        SessionMode.DRILL, stores.bundle().sessions().findOpen(alice).orElseThrow().mode());

    // AND another place is independent
    engine.handle(
        SessionKey.of("test", "room-2", "alice"), new StartPractice(null, null, null), chat);
    assertEquals(
        CoachReply.StepPrompt.class, chat.replies().get(chat.replies().size() - 1).getClass());
  }

  @Test
  void badAnswersAreRefusedWithTheReasonAndNothingIsStored() {
    // GIVEN a drill
    send(new StartPractice(SessionMode.DRILL, WALK, null));

    // WHEN an empty answer and an answer over the limit arrive
    send(new SubmitAnswer("   "));
    send(new SubmitAnswer("x".repeat(4001)));

    // THEN both are refused with their reason, the limit is named, the step has not moved
    List<CoachReply.ErrorNotice> errors = chat.all(CoachReply.ErrorNotice.class);
    assertEquals(ErrorCode.EMPTY_ANSWER, errors.get(0).code());
    assertEquals(ErrorCode.ANSWER_TOO_LONG, errors.get(1).code());
    assertTrue(errors.get(1).text().contains("4000"));
    assertEquals(0, stores.bundle().sessions().findOpen(alice).orElseThrow().position());
    assertTrue(stores.answersOf(alice.person()).isEmpty());
  }

  @Test
  void anEngineThatDidNotStartTheSessionResumesItAtTheSameStep() {
    // GIVEN a drill answered up to Task by one engine
    send(new StartPractice(SessionMode.DRILL, WALK, null));
    send(new SubmitAnswer(ScriptedDrill.ANSWERS.get(0)));

    // WHEN a new engine on the same stores (a restart) gets the person's next answer
    CoachEngine restarted =
        new CoachEngine(
            TestBank.load(),
            new FakeScorer(),
            stores.bundle(),
            new TestPlaces(stores, clock).services(),
            clock,
            new Random(1),
            EngineSettings.defaults(),
            new InMemoryReminders(stores));
    RecordingConversation after = new RecordingConversation();
    restarted.handle(alice, new SubmitAnswer(ScriptedDrill.ANSWERS.get(1)), after);

    // THEN it first says it is resuming at Task, then takes the answer as the Task answer
    CoachReply.ResumeNotice resume = (CoachReply.ResumeNotice) after.replies().get(0);
    assertEquals("Task", resume.stepLabel());
    assertEquals(Step.TASK, after.last(CoachReply.AnswerFeedback.class).step());
    assertEquals(Step.ACTION, after.last(CoachReply.StepPrompt.class).step());
  }

  @Test
  void aStorageOutageIsReportedAndTheSessionRecoversAfterwards() {
    // GIVEN a drill, then the database goes away
    send(new StartPractice(SessionMode.DRILL, WALK, null));
    stores.setOffline(true);

    // WHEN the person answers
    send(new SubmitAnswer(ScriptedDrill.ANSWERS.get(0)));

    // THEN they are told to try again; once the database is back the same answer is taken
    assertEquals(ErrorCode.STORAGE_UNAVAILABLE, chat.last(CoachReply.ErrorNotice.class).code());
    stores.setOffline(false);
    send(new SubmitAnswer(ScriptedDrill.ANSWERS.get(0)));
    assertEquals(Step.SITUATION, chat.last(CoachReply.AnswerFeedback.class).step());
    assertEquals(1, stores.bundle().sessions().findOpen(alice).orElseThrow().position());
  }

  @Test
  void levelLensQuestionsExportAndForget() {
    // GIVEN a person who sets a level and finishes a short drill
    send(new CoachEvent.ChangeLevel(Level.SENIOR));
    send(new StartPractice(SessionMode.DRILL, WALK, null));
    send(new SubmitAnswer(ScriptedDrill.ANSWERS.get(0)));
    send(new CoachEvent.StopSession());

    // WHEN they ask for a lens, the questions of a principle, an export, then forget
    send(new CoachEvent.ShowLens("customer obsession"));
    send(new CoachEvent.ListQuestions("ownership"));
    send(new CoachEvent.ExportData());
    send(new CoachEvent.ForgetData(false));
    send(new CoachEvent.ForgetData(true));

    // THEN the level applied, the lens and list fit, the export holds the answer, forget erased
    assertEquals(Level.SENIOR, chat.last(CoachReply.PracticeStarted.class).level());
    // the lens retells the person's own story (issue 16), not the walkthrough's sample story
    String lead = chat.last(CoachReply.LensCard.class).lens().leadWith();
    assertTrue(lead.contains("Our checkout read prices from a cache owned by another team"), lead);
    assertEquals(1, chat.last(CoachReply.QuestionList.class).questions().size());
    String json = chat.last(CoachReply.DataExport.class).json();
    assertTrue(json.contains("\"question_id\" : \"" + WALK + "\""), json);
    assertTrue(json.contains("owned by another team"), json);
    assertNotNull(chat.last(CoachReply.ForgetConfirmation.class));
    assertTrue(chat.last(CoachReply.Forgotten.class).records() > 0);
    assertTrue(stores.answersOf(alice.person()).isEmpty());
    assertTrue(stores.sessionsOf(alice.person()).isEmpty());
  }

  @Test
  void aPrincipleSelectorPicksAQuestionNotPractisedRecently() {
    // GIVEN the walkthrough was practised just now
    send(new StartPractice(SessionMode.DRILL, WALK, null));
    send(new SubmitAnswer(ScriptedDrill.ANSWERS.get(0)));
    send(new CoachEvent.StopSession());

    // WHEN a practice is started with no selector
    send(new StartPractice(SessionMode.MOCK, null, null));

    // THEN the other question is picked
    assertEquals(
        "test-short-deadline", chat.last(CoachReply.PracticeStarted.class).question().id());
    assertEquals(
        Phase.FULL_ANSWER, stores.bundle().sessions().findOpen(alice).orElseThrow().phase());

    // AND an unknown selector gets a clear error
    send(new CoachEvent.StopSession());
    send(new StartPractice(SessionMode.DRILL, "nonsense words", null));
    assertEquals(ErrorCode.UNKNOWN_QUESTION, chat.last(CoachReply.ErrorNotice.class).code());
  }

  @Test
  void aDailyThreadAnswerIsScoredPrivatelyStoredAndOnlyItsBandReturned() {
    // GIVEN a daily question answered in a thread
    RecordingConversation privately = new RecordingConversation();

    // WHEN the engine scores it
    DailyFeedback feedback =
        engine.answerDaily(
            alice, WALK, null, "S: stale prices | A: I fixed it in 2 days | R: 40 to 0");
    feedback.privately().sendTo(privately);
    var band = feedback.band();

    // THEN the full breakdown went privately, the band comes back, and the answer is in history
    assertTrue(band.isPresent());
    CoachReply.MockBreakdown breakdown = privately.last(CoachReply.MockBreakdown.class);
    assertEquals(List.of(Step.TASK, Step.REFLECTION), breakdown.missing());
    assertEquals(1, stores.answersOf(alice.person()).size());
    assertTrue(
        stores.bundle().sessions().findOpen(alice).isEmpty(),
        "a daily answer leaves no open session");

    // AND an empty answer is refused privately with no band
    DailyFeedback empty = engine.answerDaily(alice, WALK, null, " ");
    empty.privately().sendTo(privately);
    assertTrue(empty.band().isEmpty());
    assertEquals(ErrorCode.EMPTY_ANSWER, privately.last(CoachReply.ErrorNotice.class).code());
  }

  @Test
  void aLensUsesTheLastQuestionEvenWhenNoStepWasScored() {
    // GIVEN a drill that was stopped after only skipping
    send(new StartPractice(SessionMode.DRILL, WALK, null));
    send(new CoachEvent.SkipStep());
    send(new CoachEvent.StopSession());

    // WHEN a lens is asked for
    send(new CoachEvent.ShowLens("customer obsession"));

    // THEN it retells that question
    assertEquals(WALK, chat.last(CoachReply.LensCard.class).question().id());
  }
}
