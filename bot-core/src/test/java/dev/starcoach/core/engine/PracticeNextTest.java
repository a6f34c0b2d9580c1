package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code practice next} through the engine: the pick, its reasons, then a drill on it. */
class PracticeNextTest {
  private final SteppingClock clock = SteppingClock.monday9am();
  private final InMemoryStores stores = new InMemoryStores();
  private final CoachEngine engine = LoopScript.engine(stores, clock);
  private final SessionKey ada = SessionKey.of("test", "room-1", "ada");

  private static StoryView.NextPick pickOf(Outcome outcome) {
    return (StoryView.NextPick) ((CoachReply.StoryShown) outcome.replies().get(0)).view();
  }

  @Test
  void givenStoriesCoveringAllButDiveDeep_whenPracticeNext_thenItDrillsDiveDeepAndSaysWhy() {
    // GIVEN two stories the person confirmed for every principle except Dive Deep
    Principle[] allButDiveDeep =
        EnumSet.complementOf(EnumSet.of(Principle.DIVE_DEEP)).toArray(new Principle[0]);
    LoopScript.addStory(stores, ada, "Garbled invoices", LoopScript.INVOICE_STORY, allButDiveDeep);
    LoopScript.addStory(stores, ada, "Slow builds", LoopScript.BUILD_STORY, allButDiveDeep);

    // WHEN the person asks for the next practice
    Outcome outcome = engine.handle(ada, new CoachEvent.TypedLine("practice next"));

    // THEN the pick comes first: Dive Deep, the Action as focus (no history), with reasons
    StoryView.NextPick pick = pickOf(outcome);
    assertEquals(Principle.DIVE_DEEP, pick.principle());
    assertEquals(Step.ACTION, pick.focus());
    assertEquals("no usable story for Dive Deep yet (you need 2)", pick.reasons().get(0));
    assertTrue(pick.reasons().stream().anyMatch(r -> r.contains("focuses on the Action")));
    // AND a drill on a Dive Deep question starts, at the person's level
    CoachReply.PracticeStarted started = (CoachReply.PracticeStarted) outcome.replies().get(1);
    assertEquals(SessionMode.DRILL, started.mode());
    assertEquals(Principle.DIVE_DEEP, started.question().principle());
    assertEquals(Level.SDE2, started.level());
    assertInstanceOf(CoachReply.StepPrompt.class, outcome.replies().get(2));
    assertTrue(outcome.started());
    assertEquals(SessionMode.DRILL, outcome.open().orElseThrow().mode());
  }

  @Test
  void givenWeakResultsInADrill_whenPracticeNext_thenTheFocusIsTheResultAndANewPrinciple() {
    // GIVEN a finished drill whose Result answer was weak (no "I", no number) and the rest strong
    Outcome drill =
        engine.handle(ada, new CoachEvent.StartPractice(SessionMode.DRILL, "ownership", null));
    String drilled = drill.open().orElseThrow().questionId();
    List<String> answers =
        List.of(
            "I saw 3% of our invoice e-mails arrive with garbled names.",
            "I took it on, though the templates belonged to 2 other teams.",
            "I reproduced it in 1 test mailbox and I switched the template to UTF-8.",
            "It went well and people were happy.",
            "I now test 1 accented name in every new template.");
    for (String answer : answers) {
      clock.advance(Duration.ofSeconds(30));
      engine.handle(ada, new CoachEvent.SubmitAnswer(answer));
    }
    clock.advance(Duration.ofDays(3));

    // WHEN the person asks for the next practice at senior level
    Outcome outcome = engine.handle(ada, new CoachEvent.TypedLine("/practice next --level senior"));

    // THEN the focus is the Result, said with its score, and the principle is one never answered
    StoryView.NextPick pick = pickOf(outcome);
    assertEquals(Step.RESULT, pick.focus());
    assertTrue(
        pick.reasons()
            .contains(
                "your Result answers average 40 on your one answer, your lowest step, so the drill"
                    + " focuses on the Result"),
        pick.reasons().toString());
    assertEquals(Principle.CUSTOMER_OBSESSION, pick.principle(), "never answered, first in order");
    CoachReply.PracticeStarted started = (CoachReply.PracticeStarted) outcome.replies().get(1);
    assertEquals(Level.SENIOR, started.level());
    assertFalse(started.question().id().equals(drilled));
  }

  @Test
  void givenAPracticeOpen_whenPracticeNext_thenItIsRefusedBeforeAnyPick() {
    // GIVEN a mock already open
    engine.handle(ada, new CoachEvent.StartPractice(SessionMode.MOCK, "ownership", null));

    // WHEN practice next is sent
    Outcome outcome = engine.handle(ada, new CoachEvent.PracticeNext(Optional.empty()));

    // THEN it is refused as a second practice and nothing was picked
    assertEquals(Optional.of(ErrorCode.SESSION_OPEN), outcome.refusal());
    assertTrue(outcome.replies().stream().noneMatch(r -> r instanceof CoachReply.StoryShown));
    assertEquals(SessionMode.MOCK, outcome.open().orElseThrow().mode());
  }
}
