package dev.starcoach.storage;

import static dev.starcoach.storage.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PostAttempt;
import dev.starcoach.core.store.PostAttempt.State;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The attempts and outcomes of daily post claims, on bot-core's fake, SQLite and PostgreSQL. Each
 * test uses its own place, so one database serves the whole class.
 */
abstract class DailyAttemptContractTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  abstract DailyScheduleStore store();

  private final PlaceId place = new PlaceId("slack", "T-" + UUID.randomUUID(), "C1");

  @Test
  void givenNoClaim_thenThereIsNoAttempt_andAClaimIsTheFirstAttempt() {
    // GIVEN nothing claimed
    assertEquals(Optional.empty(), store().attempt(place, DAY));

    // WHEN the post is claimed
    assertTrue(store().claimPost(place, DAY, "a", T0));

    // THEN it stands at attempt 1, being posted by a
    PostAttempt a = store().attempt(place, DAY).orElseThrow();
    assertEquals(State.ATTEMPTING, a.state());
    assertEquals(1, a.attempts());
    assertEquals("a", a.instanceId());
    assertEquals(T0, a.updatedAt());
    assertNull(a.retryAt());
  }

  @Test
  void givenARefusedAttempt_whenRecordedForRetry_thenItKeepsTheReasonAndTheRetryTime() {
    // GIVEN a claimed post
    store().claimPost(place, DAY, "a", T0);

    // WHEN its refusal is recorded with a retry time
    boolean recorded =
        store()
            .recordOutcome(
                place,
                DAY,
                1,
                State.RETRY,
                T0.plusSeconds(60),
                "not_in_channel",
                T0.plusSeconds(1));

    // THEN it reads back with both
    assertTrue(recorded);
    PostAttempt a = store().attempt(place, DAY).orElseThrow();
    assertEquals(State.RETRY, a.state());
    assertEquals(T0.plusSeconds(60), a.retryAt());
    assertEquals("not_in_channel", a.lastError());
  }

  @Test
  void givenARetry_when8InstancesRetakeItAtOnce_thenExactlyOneGetsTheNextAttempt()
      throws Exception {
    // GIVEN a refused post waiting for its retry
    store().claimPost(place, DAY, "a", T0);
    store().recordOutcome(place, DAY, 1, State.RETRY, T0.plusSeconds(60), "x", T0);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        String who = "i" + i;
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return store().retakePost(place, DAY, 1, who, T0.plusSeconds(61));
                }));
      }

      // WHEN they all retake it at once
      go.countDown();
      int won = 0;
      for (Future<Boolean> f : results) {
        won += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }

      // THEN one got attempt 2
      assertEquals(1, won);
      PostAttempt a = store().attempt(place, DAY).orElseThrow();
      assertEquals(State.ATTEMPTING, a.state());
      assertEquals(2, a.attempts());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void givenAPostedPost_thenItCannotBeRetakenNorItsOutcomeChanged() {
    // GIVEN a post that went out
    store().claimPost(place, DAY, "a", T0);
    assertTrue(store().recordOutcome(place, DAY, 1, State.POSTED, null, null, T0));

    // WHEN someone tries to retake it or to record another outcome
    boolean retaken = store().retakePost(place, DAY, 1, "b", T0.plusSeconds(5));
    boolean changed = store().recordOutcome(place, DAY, 1, State.RETRY, T0, "late", T0);

    // THEN neither happens
    assertFalse(retaken);
    assertFalse(changed);
    assertEquals(State.POSTED, store().attempt(place, DAY).orElseThrow().state());
  }

  @Test
  void givenALateWriterOfAnOldAttempt_thenItsOutcomeIsIgnored() {
    // GIVEN attempt 1 whose poster was taken over (attempt 2 now)
    store().claimPost(place, DAY, "a", T0);
    assertTrue(store().retakePost(place, DAY, 1, "b", T0.plusSeconds(400)));

    // WHEN the first poster records its outcome late
    boolean recorded = store().recordOutcome(place, DAY, 1, State.POSTED, null, null, T0);

    // THEN it changes nothing
    assertFalse(recorded);
    assertEquals(2, store().attempt(place, DAY).orElseThrow().attempts());
  }
}
