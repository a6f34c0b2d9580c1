package dev.starcoach.storage;

import static dev.starcoach.storage.Fixtures.T0;
import static dev.starcoach.storage.Fixtures.freshKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.loop.Interview;
import dev.starcoach.core.loop.InterviewResult;
import dev.starcoach.core.loop.Loop;
import dev.starcoach.core.loop.LoopStatus;
import dev.starcoach.core.loop.LoopStore;
import dev.starcoach.core.loop.StaleLoopException;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.PersonDataEraser;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The one contract of loop rehearsals, run on bot-core's in-memory fake, SQLite and PostgreSQL.
 * Each test uses fresh people, so one database serves the whole class.
 */
abstract class LoopStoreContractTest {

  /** The store under test. */
  abstract LoopStore loops();

  /** The eraser of everything of a person, which must take their loops too. */
  abstract PersonDataEraser eraser();

  private static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  private static Loop newLoop(SessionKey key) {
    return new Loop(
        UUID.randomUUID().toString(),
        key,
        Level.SENIOR,
        List.of(
            Interview.planned(Principle.OWNERSHIP, "own-1"),
            Interview.planned(Principle.DIVE_DEEP, "dive-2"),
            Interview.planned(Principle.FRUGALITY, "frugal-3"),
            Interview.planned(Principle.THINK_BIG, "big-4")),
        LoopStatus.OPEN,
        at(0),
        at(0),
        0);
  }

  @Test
  void givenANewLoop_whenSaved_thenItIsTheOpenLoopAtVersionOne() {
    SessionKey key = freshKey("discord");
    Loop loop = newLoop(key);

    Loop saved = loops().save(loop);

    assertEquals(1, saved.version());
    assertEquals(Optional.of(saved), loops().findOpen(key));
  }

  @Test
  void givenRoundsAskedAndEnded_whenSavedAndRead_thenEveryFieldComesBackAsItWas() {
    // GIVEN a loop whose first round ended (answered) and whose second is under way
    SessionKey key = freshKey("slack");
    Loop v1 = loops().save(newLoop(key));
    Loop moved =
        v1.with(
                0,
                v1.interviews()
                    .get(0)
                    .inSession("session-1")
                    .ended(new InterviewResult(true, Verdict.LEANING_NO_HIRE, 48, at(300))),
                at(300))
            .with(1, v1.interviews().get(1).inSession("session-2"), at(301));

    // WHEN it is saved and read back
    Loop v2 = loops().save(moved);
    Loop read = loops().findOpen(key).orElseThrow();

    // THEN it is the same loop, at the next version, with the second round current
    assertEquals(2, v2.version());
    assertEquals(v2, read);
    assertEquals(Optional.of(1), read.current());
    assertEquals(Optional.of("session-2"), read.interviews().get(1).sessionId());
    assertEquals(Optional.empty(), read.interviews().get(2).sessionId());
    assertEquals(Level.SENIOR, read.level());
  }

  @Test
  void givenAnOpenLoop_whenASecondIsStartedAtTheSamePlace_thenItIsRefusedButAnotherPlaceIsFine() {
    SessionKey key = freshKey("discord");
    loops().save(newLoop(key));

    assertThrows(StaleLoopException.class, () -> loops().save(newLoop(key)));
    SessionKey elsewhere = SessionKey.of("discord", key.place() + "-other", key.person().userId());
    assertEquals(1, loops().save(newLoop(elsewhere)).version());
  }

  @Test
  void givenTwoWritersOfOneVersion_whenBothSave_thenTheSecondIsStale() {
    SessionKey key = freshKey("discord");
    Loop v1 = loops().save(newLoop(key));
    loops().save(v1.with(0, v1.interviews().get(0).inSession("a"), at(5)));

    assertThrows(
        StaleLoopException.class,
        () -> loops().save(v1.with(0, v1.interviews().get(0).inSession("b"), at(6))));
    assertEquals(
        Optional.of("a"), loops().findOpen(key).orElseThrow().interviews().get(0).sessionId());
  }

  @Test
  void givenAClosedLoop_whenANewOneStarts_thenBothAreListedOldestFirstAndOnlyTheNewIsOpen() {
    // GIVEN a loop the person stopped
    SessionKey key = freshKey("slack");
    Loop first = loops().save(newLoop(key));
    Loop stopped = loops().save(first.closed(LoopStatus.STOPPED, at(60)));

    // WHEN a new loop starts at the same place
    Loop second = loops().save(newLoop(key));

    // THEN the new one is open and both are the person's, oldest first
    assertEquals(Optional.of(second), loops().findOpen(key));
    assertEquals(List.of(stopped, second), loops().loopsOf(key.person()));
    assertEquals(LoopStatus.STOPPED, loops().loopsOf(key.person()).get(0).status());
  }

  @Test
  void givenTwoPeoplesLoops_whenOneIsForgotten_thenOnlyTheirLoopsGo() {
    // GIVEN loops of two people
    SessionKey gone = freshKey("discord");
    SessionKey kept = freshKey("discord");
    loops().save(newLoop(gone));
    Loop other = loops().save(newLoop(kept));

    // WHEN the first person is forgotten through the eraser of all their data
    int removed = eraser().forget(gone.person());

    // THEN their loop is gone and the other person's stays
    assertTrue(removed >= 1);
    assertTrue(loops().loopsOf(gone.person()).isEmpty());
    assertTrue(loops().findOpen(gone).isEmpty());
    assertEquals(List.of(other), loops().loopsOf(kept.person()));
  }

  @Test
  void givenALoop_whenItsStoreForgetsThePerson_thenItCountsWhatWent() {
    SessionKey key = freshKey("slack");
    Loop first = loops().save(newLoop(key));
    loops().save(first.closed(LoopStatus.FINISHED, at(10)));
    loops().save(newLoop(key));

    assertEquals(2, loops().forget(key.person()));
    assertTrue(loops().loopsOf(key.person()).isEmpty());
  }
}
