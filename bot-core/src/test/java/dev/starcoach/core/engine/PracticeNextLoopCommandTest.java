package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code practice next} and {@code practice loop} as typed in every text adapter. */
class PracticeNextLoopCommandTest {

  private static CoachEvent event(String line) {
    return ((TextCommand.Run) TextCommand.parse(line)).event();
  }

  @Test
  void givenPracticeNext_whenParsed_thenItAimsAtTheGapsWithTheLevelIfGiven() {
    // WHEN practice next is typed bare, with a level, and with --level=
    // THEN each is a PracticeNext carrying the level given
    assertEquals(new CoachEvent.PracticeNext(Optional.empty()), event("practice next"));
    assertEquals(
        new CoachEvent.PracticeNext(Optional.of(Level.SENIOR)),
        event("/practice next --level senior"));
    assertEquals(
        new CoachEvent.PracticeNext(Optional.of(Level.SDE1)), event("practise NEXT --level=sde1"));
  }

  @Test
  void givenPracticeLoop_whenParsed_thenItStartsALoopWithTheLevelIfGiven() {
    assertEquals(new CoachEvent.StartLoop(Optional.empty()), event("practice loop"));
    assertEquals(new CoachEvent.StartLoop(Optional.of(Level.SDE2)), event("practice loop -l sde2"));
  }

  @Test
  void givenASelectorOrBadLevel_whenParsed_thenTheErrorNamesWhatWasWrong() {
    // WHEN next or loop get a principle, a bad level, or a level without a value
    TextCommand selector = TextCommand.parse("practice next ownership");
    TextCommand badLevel = TextCommand.parse("practice loop --level principal");
    TextCommand noValue = TextCommand.parse("practice loop --level");

    // THEN each is refused, naming the word that was wrong
    assertTrue(((TextCommand.Invalid) selector).message().contains("ownership"));
    assertTrue(((TextCommand.Invalid) badLevel).message().contains("principal"));
    assertTrue(((TextCommand.Invalid) noValue).message().contains("--level needs a value"));
  }

  @Test
  void givenNextAsATopLevelWord_whenParsed_thenItStillSkips() {
    // GIVEN next alone is an alias of skip; only "practice next" is the gap practice
    assertInstanceOf(CoachEvent.SkipStep.class, event("next"));
    // AND a question id that merely starts a practice is still a selector
    assertEquals(
        "loops-and-more",
        ((CoachEvent.StartPractice) event("practice drill loops-and-more")).selector());
  }
}
