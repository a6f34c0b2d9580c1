package dev.starcoach.storage;

import static dev.starcoach.storage.Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.inbox.EventInbox;
import dev.starcoach.core.inbox.InboundEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * The one contract of the event inbox, run on bot-core's in-memory fake, SQLite and PostgreSQL.
 * Each test uses its own platform name, so one database serves the whole class.
 */
abstract class EventInboxContractTest {
  private static final Duration STALE = Duration.ofSeconds(60);

  /** The inbox under test; the same database for every call in one test class. */
  abstract EventInbox inbox();

  private final String platform = "p-" + UUID.randomUUID();

  private InboundEvent event(String id, Instant at) {
    return new InboundEvent(platform, id, "http", "{\"text\":\"answer " + id + "\"}", at);
  }

  private static List<String> ids(List<InboundEvent> events) {
    return events.stream().map(InboundEvent::id).toList();
  }

  @Test
  void givenNewEvent_whenAcceptedTwice_thenTheSecondIsADuplicateAndItIsStoredOnce() {
    // GIVEN an event never seen
    InboundEvent e = event("Ev1", T0);

    // WHEN it is accepted, then delivered again (by a retry or to another instance)
    boolean first = inbox().accept(e, "instance-a");
    boolean again = inbox().accept(e, "instance-b");

    // THEN only the first is taken, and it is pending once, exactly as delivered
    assertTrue(first);
    assertFalse(again);
    assertEquals(List.of(e), inbox().pending(platform, 10));
  }

  @Test
  void givenOneEvent_when16ThreadsAcceptItAtOnce_thenExactlyOneWins() throws Exception {
    // GIVEN 16 threads ready to accept the same event id
    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        String instance = "instance-" + i;
        Callable<Boolean> accept =
            () -> {
              go.await();
              return inbox().accept(event("Race", T0), instance);
            };
        results.add(pool.submit(accept));
      }

      // WHEN they all go at once
      go.countDown();
      int wins = 0;
      for (Future<Boolean> f : results) {
        wins += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }

      // THEN exactly one accepted it
      assertEquals(1, wins);
      assertEquals(List.of("Race"), ids(inbox().pending(platform, 10)));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void givenAcceptedEvent_whenMarkedDone_thenItIsNoLongerPendingButStillADuplicate() {
    // GIVEN an accepted event
    inbox().accept(event("Ev2", T0), "instance-a");

    // WHEN it is marked done
    inbox().markDone(platform, "Ev2", T0.plusSeconds(1));

    // THEN nothing is pending, a redelivery is still refused and nobody can take it over
    assertEquals(List.of(), inbox().pending(platform, 10));
    assertFalse(inbox().accept(event("Ev2", T0.plusSeconds(2)), "instance-b"));
    assertEquals(
        Optional.empty(),
        inbox().claimNext(platform, "instance-b", T0.plus(Duration.ofHours(1)), STALE));
  }

  @Test
  void givenPendingEvents_whenListed_thenOldestFirstUpToTheLimit() {
    // GIVEN three accepted events
    inbox().accept(event("A", T0), "i");
    inbox().accept(event("B", T0.plusSeconds(1)), "i");
    inbox().accept(event("C", T0.plusSeconds(2)), "i");

    // WHEN the pending events are listed with a limit of two
    List<InboundEvent> two = inbox().pending(platform, 2);

    // THEN the two oldest come back in order
    assertEquals(List.of("A", "B"), ids(two));
  }

  @Test
  void givenEventHeldByALiveInstance_whenAnotherTriesToTakeIt_thenOnlyAStaleHoldIsTakenOver() {
    // GIVEN an event accepted by instance A at T0
    inbox().accept(event("Ev3", T0), "instance-a");

    // WHEN B looks for work while A's hold is fresh, and again after it went stale
    Optional<InboundEvent> fresh =
        inbox().claimNext(platform, "instance-b", T0.plusSeconds(30), STALE);
    Optional<InboundEvent> stale =
        inbox().claimNext(platform, "instance-b", T0.plusSeconds(61), STALE);
    Optional<InboundEvent> third =
        inbox().claimNext(platform, "instance-c", T0.plusSeconds(62), STALE);

    // THEN B gets nothing at first, then gets it; C then gets nothing (B's hold is fresh)
    assertEquals(Optional.empty(), fresh);
    assertEquals(Optional.of("Ev3"), stale.map(InboundEvent::id));
    assertEquals(Optional.empty(), third);
  }

  @Test
  void givenInstanceThatRenewsItsHold_whenAnotherLooksLater_thenItKeepsTheEvent() {
    // GIVEN an event accepted by A at T0, whose hold A renews at T0+50s
    inbox().accept(event("Ev4", T0), "instance-a");
    inbox().renew("instance-a", T0.plusSeconds(50));

    // WHEN B looks at T0+70s (stale after 60 s of silence)
    Optional<InboundEvent> taken =
        inbox().claimNext(platform, "instance-b", T0.plusSeconds(70), STALE);

    // THEN A still holds it
    assertEquals(Optional.empty(), taken);
    assertEquals(
        Optional.of("Ev4"),
        inbox()
            .claimNext(platform, "instance-b", T0.plusSeconds(111), STALE)
            .map(InboundEvent::id));
  }

  @Test
  void givenStaleEvent_when8InstancesTakeOverAtOnce_thenExactlyOneGetsIt() throws Exception {
    // GIVEN an event whose holder died
    inbox().accept(event("Orphan", T0), "dead");
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Optional<InboundEvent>>> results = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        String instance = "instance-" + i;
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  return inbox().claimNext(platform, instance, T0.plusSeconds(120), STALE);
                }));
      }

      // WHEN they all look for work at once
      go.countDown();
      int got = 0;
      for (Future<Optional<InboundEvent>> f : results) {
        got += f.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
      }

      // THEN exactly one takes it over
      assertEquals(1, got);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void givenDoneEvents_whenPurged_thenOnlyOldDoneIdsGoAndPendingOnesStay() {
    // GIVEN one event done long ago, one done recently, one pending
    inbox().accept(event("Old", T0), "i");
    inbox().markDone(platform, "Old", T0.plusSeconds(1));
    inbox().accept(event("Recent", T0), "i");
    inbox().markDone(platform, "Recent", T0.plus(Duration.ofHours(30)));
    inbox().accept(event("Open", T0), "i");

    // WHEN done events older than a day are purged
    int purged = inbox().purgeDone(T0.plus(Duration.ofHours(24)));

    // THEN the old id is accepted anew, the recent one is still a duplicate, the pending one stays
    assertTrue(purged >= 1);
    assertTrue(inbox().accept(event("Old", T0.plus(Duration.ofHours(31))), "i"));
    assertFalse(inbox().accept(event("Recent", T0.plus(Duration.ofHours(31))), "i"));
    assertTrue(ids(inbox().pending(platform, 10)).contains("Open"));
  }

  @Test
  void givenAnEventWhoseHandlingFailed_whenReleased_thenAnyInstanceTakesItUpAtOnce() {
    // GIVEN an event held by a live instance whose handling failed (the database was away)
    inbox().accept(event("Failed", T0), "instance-a");
    inbox().renew("instance-a", T0.plusSeconds(10));

    // WHEN the holder releases it
    inbox().release(platform, "Failed");

    // THEN the next look for work takes it, although the holder is alive, and only once
    assertEquals(
        Optional.of("Failed"),
        inbox().claimNext(platform, "instance-a", T0.plusSeconds(11), STALE).map(InboundEvent::id));
    assertEquals(
        Optional.empty(), inbox().claimNext(platform, "instance-b", T0.plusSeconds(12), STALE));
  }
}
