package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.ScriptedDrill;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.core.testing.TestPlaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What the engine's {@link Outcome} tells adapters, and the one typed-line rule. */
class OutcomeTest {
  private static final String WALK = TestBank.WALKTHROUGH_ID;

  private final SteppingClock clock = SteppingClock.monday9am();
  private final InMemoryStores stores = new InMemoryStores();
  private final CountingScorer scorer = new CountingScorer();
  private final CoachEngine engine =
      new CoachEngine(
          TestBank.load(),
          scorer,
          stores.bundle(),
          new TestPlaces(stores, clock).services(),
          clock,
          new Random(3),
          EngineSettings.defaults(),
          new InMemoryReminders(stores));
  private final SessionKey alice = SessionKey.of("test", "room-1", "alice");

  private Outcome typed(String line) {
    return engine.handle(alice, new CoachEvent.TypedLine(line));
  }

  @Test
  void startingAPracticeSaysSoAndNamesWhatIsOpen() {
    // WHEN alice starts a drill
    Outcome started =
        engine.handle(alice, new CoachEvent.StartPractice(SessionMode.DRILL, WALK, null));

    // THEN the outcome says a practice started, at the Situation, with no refusal
    assertTrue(started.started());
    OpenPractice open = started.open().orElseThrow();
    assertEquals(SessionMode.DRILL, open.mode());
    assertEquals(Phase.STEPS, open.phase());
    assertEquals("Situation", open.label());
    assertTrue(started.refusal().isEmpty());

    // AND a second start is refused with its code, nothing started, the first still open
    Outcome second =
        engine.handle(alice, new CoachEvent.StartPractice(SessionMode.MOCK, WALK, null));
    assertFalse(second.started());
    assertEquals(ErrorCode.SESSION_OPEN, second.refusal().orElseThrow());
    assertEquals(open.sessionId(), second.open().orElseThrow().sessionId());
  }

  @Test
  void eachAnswerMovesTheOpenPositionAndTheLastClosesIt() {
    // GIVEN a drill
    engine.handle(alice, new CoachEvent.StartPractice(SessionMode.DRILL, WALK, null));

    // WHEN the five answers are typed as plain lines
    List<String> labels = new ArrayList<>();
    Outcome last = null;
    for (String answer : ScriptedDrill.ANSWERS) {
      last = typed(answer);
      last.open().ifPresent(o -> labels.add(o.label()));
    }

    // THEN the open step moved Task, Action, Result, Reflection, and nothing is open at the end
    assertEquals(List.of("Task", "Action", "Result", "Reflection"), labels);
    assertTrue(last.open().isEmpty());
    assertFalse(ScriptedDrill.outcome(last.replies()).isEmpty(), "the summary came back");
  }

  @Test
  void barePracticeWordsAreCommandsOnlyWhileAPracticeIsOpen() {
    // GIVEN nothing open: a line that reads as a command starts a practice
    Outcome started = typed("practice drill " + WALK);
    assertTrue(started.started());

    // WHEN a bare "hint" is typed while it is open
    Outcome hint = typed("hint");

    // THEN it is a hint, not an answer; and "practice mock" while open is the answer text
    assertInstanceOf(CoachReply.Hint.class, hint.replies().get(0));
    Outcome answered = typed("practice mock");
    assertInstanceOf(CoachReply.AnswerFeedback.class, answered.replies().get(0));
    assertEquals("Task", answered.open().orElseThrow().label());
  }

  @Test
  void slashCommandsAreAlwaysCommandsAndBadOnesAreRefusedByCode() {
    // GIVEN an open drill
    typed("/practice drill " + WALK);

    // WHEN unknown and invalid commands are typed
    Outcome unknown = typed("/dance");
    Outcome invalid = typed("/level wizard");
    Outcome help = typed("/help");

    // THEN each is refused with its own code, and help says a practice is open
    assertEquals(ErrorCode.UNKNOWN_COMMAND, unknown.refusal().orElseThrow());
    assertEquals(ErrorCode.INVALID_COMMAND, invalid.refusal().orElseThrow());
    assertTrue(((CoachReply.Help) help.replies().get(0)).practiceOpen());
    assertEquals("Situation", help.open().orElseThrow().label(), "nothing moved");
  }

  @Test
  void aLineWithNothingOpenThatIsNoCommandIsRefusedAsAnAnswer() {
    // WHEN alice types a sentence with no practice open
    Outcome outcome = typed("I rebuilt the release pipeline in a week");

    // THEN it is refused as an answer with nothing to answer, while a bare "help" is help
    assertEquals(ErrorCode.NO_SESSION, outcome.refusal().orElseThrow());
    assertTrue(outcome.open().isEmpty());
    assertFalse(((CoachReply.Help) typed("help").replies().get(0)).practiceOpen());
  }

  @Test
  void theVerdictUsesTheStoredAssessmentsAndScoresNothingAgain() {
    // GIVEN a mock interview whose full answer and probes were scored once each
    engine.handle(alice, new CoachEvent.StartPractice(SessionMode.MOCK, WALK, Level.SENIOR));
    Outcome breakdown = typed("S: prices were stale | T: not my cache | A: I fixed it in 2 days");
    int probes = breakdown.open().map(o -> 1).orElse(0);
    assertEquals(1, probes, "probes follow the breakdown");

    // WHEN every probe is answered
    Outcome last = breakdown;
    while (last.open().isPresent()) {
      int before = scorer.assessments.get();
      last = typed("I measured it: 40 refunds a week before, 0 after");
      assertEquals(before + 1, scorer.assessments.get(), "one assessment per probe answer");
    }

    // THEN the verdict came without scoring any answer again (followed by the tip to keep it)
    assertInstanceOf(CoachReply.VerdictCard.class, last.replies().get(last.replies().size() - 2));
    assertEquals(
        new CoachReply.Notice(StoryOffers.TIP), last.replies().get(last.replies().size() - 1));
    assertEquals(1, scorer.conclusions.get());
  }

  @Test
  void anAnswerTypedForAStepThatMovedOnIsGivenBackNotStoredAsTheNextStep() {
    // GIVEN two terminals showing the same drill at the Situation
    Outcome shown = typed("/practice drill " + WALK);
    OpenPractice bothSaw = shown.open().orElseThrow();
    engine.handle(alice, new CoachEvent.TypedLine(ScriptedDrill.ANSWERS.get(0), shown.open()));

    // WHEN the second terminal, still showing the Situation, sends its Situation text
    Outcome late =
        engine.handle(
            alice, new CoachEvent.TypedLine("My late situation", java.util.Optional.of(bothSaw)));

    // THEN it is refused with the text given back, and the practice still waits for the Task
    assertEquals(ErrorCode.CONFLICT, late.refusal().orElseThrow());
    assertTrue(
        ((CoachReply.ErrorNotice) late.replies().get(0)).text().contains("My late situation"));
    assertEquals("Task", late.open().orElseThrow().label());
    assertEquals(1, stores.answersOf(alice.person()).size());
  }

  @Test
  void theLineAfterForgetAnswersItsQuestionAndIsNeverAStepAnswer() {
    // GIVEN a drill at the Situation and a request to forget
    typed("/practice drill " + WALK);
    Outcome asked = typed("/forget");
    assertInstanceOf(CoachReply.ForgetConfirmation.class, asked.replies().get(0));

    // WHEN the person types "no"
    Outcome no = typed("no");

    // THEN nothing was deleted and "no" was not taken as the Situation
    assertTrue(((CoachReply.Notice) no.replies().get(0)).text().contains("Nothing was deleted"));
    assertEquals("Situation", no.open().orElseThrow().label());
    assertEquals(0, stores.answersOf(alice.person()).size());

    // AND asked again, "yes" deletes
    typed("/forget");
    assertInstanceOf(CoachReply.Forgotten.class, typed("yes").replies().get(0));
  }

  /** The fake scorer, counting its calls. */
  private static final class CountingScorer implements Scorer {
    private final FakeScorer fake = new FakeScorer();
    final AtomicInteger assessments = new AtomicInteger();
    final AtomicInteger conclusions = new AtomicInteger();

    @Override
    public Assessment assess(ScoreRequest request) {
      assessments.incrementAndGet();
      return fake.assess(request);
    }

    @Override
    public BarRaiserVerdict conclude(Assessment full, List<Assessment> probes, Level level) {
      conclusions.incrementAndGet();
      return fake.conclude(full, probes, level);
    }
  }
}
