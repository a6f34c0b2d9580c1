package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.OpenPractice;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.SessionMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where practices live: learned only from outcomes, and bounded. */
class DeliveryBookTest {
  private static final Destination THREAD = new Destination("C1", "17.1");
  private static final Destination DM = new Destination("D1", null);

  @Test
  void aPlaceIsLearnedFromTheOutcomeAndForgottenWhenNothingIsOpen() {
    // GIVEN a practice that started in a thread
    DeliveryBook book = new DeliveryBook();
    book.learn("T/U1", open("s1", 0, true), THREAD);
    assertEquals(THREAD, book.practiceOf("T/U1").orElseThrow().where());

    // WHEN a later step's outcome was answered elsewhere (ephemeral), THEN the place stays
    book.learn("T/U1", open("s1", 2, false), null);
    assertEquals(THREAD, book.practiceOf("T/U1").orElseThrow().where());
    assertEquals(2, book.practiceOf("T/U1").orElseThrow().open().position());

    // WHEN the database was out, THEN nothing is forgotten
    book.learn(
        "T/U1",
        new Outcome(List.of(), false, Optional.empty(), Optional.of(ErrorCode.STORAGE_UNAVAILABLE)),
        null);
    assertTrue(book.practiceOf("T/U1").isPresent());

    // WHEN the practice ended, THEN its place is forgotten
    book.learn("T/U1", new Outcome(List.of(), false, Optional.empty(), Optional.empty()), THREAD);
    assertTrue(book.practiceOf("T/U1").isEmpty());
  }

  @Test
  void anotherPracticeOpenThanTheOneKnownDropsTheOldPlace() {
    // GIVEN a place known for practice s1
    DeliveryBook book = new DeliveryBook();
    book.learn("T/U1", open("s1", 0, true), THREAD);

    // WHEN an outcome reports s2 open, with no place of its own, THEN s1's place is not reused
    book.learn("T/U1", open("s2", 0, false), null);
    assertTrue(book.practiceOf("T/U1").isEmpty());

    // AND a place given with it is learned
    book.learn("T/U1", open("s2", 1, false), DM);
    assertEquals(DM, book.practiceOf("T/U1").orElseThrow().where());
  }

  @Test
  void theBookIsBounded() {
    // GIVEN a book of at most 50 people
    DeliveryBook book = new DeliveryBook(50);

    // WHEN 1,000 people start practices
    for (int i = 0; i < 1000; i++) {
      book.learn("T/U" + i, open("s" + i, 0, true), DM);
      book.directChannel("T/U" + i, "D" + i);
    }

    // THEN it keeps at most 50, and the documented cap is the default
    assertTrue(book.practices() <= 50, "kept " + book.practices());
    assertEquals(100_000, DeliveryBook.MAX_PEOPLE);
  }

  private static Outcome open(String session, int position, boolean started) {
    return new Outcome(
        List.of(),
        started,
        Optional.of(
            new OpenPractice(session, SessionMode.DRILL, "q", Phase.STEPS, position, "Task")),
        Optional.empty());
  }
}
