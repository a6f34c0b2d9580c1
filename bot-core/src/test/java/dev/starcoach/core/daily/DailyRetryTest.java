package dev.starcoach.core.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.daily.DailyQuestionService.Action;
import dev.starcoach.core.daily.DailyQuestionService.Outcome;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.store.PostAttempt;
import dev.starcoach.core.testing.InMemoryPlaces;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Daily posts exactly once: refused posts are retried with back-off, never posted twice. */
class DailyRetryTest {
  private static final PlaceId CHANNEL = new PlaceId("slack", "T1", "C1");
  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
  private static final QuestionBank BANK = TestBank.load();

  private final SteppingClock clock = new SteppingClock(Instant.parse("2026-03-02T09:00:10Z"));
  private final InMemoryPlaces places = new InMemoryPlaces();

  /** A platform that refuses the first {@code refusals} posts, then takes them. */
  private static final class FlakyPlatform implements DailyPublisher {
    final List<DailyPost> posted = new CopyOnWriteArrayList<>();
    final AtomicInteger calls = new AtomicInteger();
    volatile int refusals;
    volatile RuntimeException unclear;
    volatile Check check = Check.UNKNOWN;

    FlakyPlatform(int refusals) {
      this.refusals = refusals;
    }

    @Override
    public void publish(DailyPost post) {
      calls.incrementAndGet();
      if (unclear != null) {
        RuntimeException e = unclear;
        unclear = null;
        throw e;
      }
      if (refusals > 0) {
        refusals--;
        throw new DailyPostRefused("not_in_channel");
      }
      posted.add(post);
    }

    @Override
    public Check check(DailyPost post) {
      return check;
    }
  }

  private DailyQuestionService service(String instance, DailyPublisher publisher) {
    return new DailyQuestionService(BANK, places, publisher, clock, instance, Duration.ofHours(2));
  }

  private void schedule() {
    places.save(DailySchedule.workdays(CHANNEL, LocalTime.of(9, 0), ZoneId.of("UTC"), Level.SDE2));
  }

  private PostAttempt attempt() {
    return places.attempt(CHANNEL, MONDAY).orElseThrow();
  }

  @Test
  void
      givenAPostRefusedTwice_whenTwoInstancesTickEveryThirtySeconds_thenItIsRetriedAndPostedOnce() {
    // GIVEN a 09:00 schedule, two instances, and a platform that refuses the first two posts
    schedule();
    FlakyPlatform platform = new FlakyPlatform(2);
    DailyQuestionService a = service("a", platform);
    DailyQuestionService b = service("b", platform);
    List<Outcome> outcomes = new ArrayList<>();

    // WHEN both tick every 30 seconds for an hour
    for (int i = 0; i < 120; i++) {
      outcomes.addAll(a.tick());
      outcomes.addAll(b.tick());
      clock.advance(Duration.ofSeconds(30));
    }

    // THEN it was refused twice, retried after the back-off, and went out exactly once
    assertEquals(1, platform.posted.size());
    assertEquals(MONDAY, platform.posted.get(0).occurrence());
    assertEquals(3, platform.calls.get());
    assertEquals(PostAttempt.State.POSTED, attempt().state());
    assertEquals(3, attempt().attempts());
    assertEquals(
        2, outcomes.stream().filter(o -> o.action() == Action.FAILED).count(), outcomes.toString());
    assertEquals(
        1,
        outcomes.stream()
            .filter(o -> o.action() == Action.POSTED || o.action() == Action.CAUGHT_UP)
            .count());
  }

  @Test
  void givenARefusedPost_whenTheProcessRestartsInsideTheWindow_thenTheNewOneRetriesIt() {
    // GIVEN a post refused once by an instance that then stops
    schedule();
    FlakyPlatform platform = new FlakyPlatform(1);
    assertEquals(Action.FAILED, service("old", platform).tick().get(0).action());

    // WHEN a new process starts 10 minutes later and ticks
    clock.advance(Duration.ofMinutes(10));
    List<Outcome> after = service("new", platform).tick();

    // THEN it posts it (late, so as a catch-up), once
    assertEquals(1, platform.posted.size());
    assertEquals(Action.CAUGHT_UP, after.get(0).action());
  }

  @Test
  void givenAPlatformThatKeepsRefusing_whenTheCatchUpWindowCloses_thenItIsGivenUpNeverPosted() {
    // GIVEN a platform that refuses every time
    schedule();
    FlakyPlatform platform = new FlakyPlatform(Integer.MAX_VALUE);
    DailyQuestionService a = service("a", platform);

    // WHEN the instance ticks every 30 seconds for three hours
    for (int i = 0; i < 360; i++) {
      a.tick();
      clock.advance(Duration.ofSeconds(30));
    }

    // THEN it tried with growing pauses (1, 2, 4, 8, 16, 30, 30 ... min) and then gave up
    assertEquals(PostAttempt.State.GAVE_UP, attempt().state());
    assertTrue(platform.calls.get() >= 6 && platform.calls.get() <= 10, "" + platform.calls);
    assertTrue(platform.posted.isEmpty());
  }

  @Test
  void givenATimeoutThatCannotBeChecked_thenThePostIsNotTriedAgain() {
    // GIVEN a platform whose first post times out, and that cannot tell whether it went out
    schedule();
    FlakyPlatform platform = new FlakyPlatform(0);
    platform.unclear = new IllegalStateException("timed out");
    DailyQuestionService a = service("a", platform);

    // WHEN the instance ticks for an hour
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      outcomes.addAll(a.tick());
      clock.advance(Duration.ofSeconds(30));
    }

    // THEN it was attempted once only and recorded as uncertain (never twice)
    assertEquals(1, platform.calls.get());
    assertEquals(PostAttempt.State.UNCERTAIN, attempt().state());
    assertEquals(Action.FAILED, outcomes.get(0).action());
    assertTrue(outcomes.get(0).detail().startsWith("may have gone out"));
  }

  @Test
  void givenATimeoutThePlatformSaysDidNotPost_thenItIsRetriedAndPostedOnce() {
    // GIVEN a first post that times out, and a platform that can check it is not there
    schedule();
    FlakyPlatform platform = new FlakyPlatform(0);
    platform.unclear = new IllegalStateException("timed out");
    platform.check = DailyPublisher.Check.NOT_POSTED;
    DailyQuestionService a = service("a", platform);

    // WHEN the instance ticks for an hour
    for (int i = 0; i < 120; i++) {
      a.tick();
      clock.advance(Duration.ofSeconds(30));
    }

    // THEN it was posted once, on the second attempt
    assertEquals(1, platform.posted.size());
    assertEquals(2, platform.calls.get());
    assertEquals(PostAttempt.State.POSTED, attempt().state());
  }

  @Test
  void givenAPosterThatDiedMidPost_whenTheOutcomeCannotBeChecked_thenNobodyPostsItAgain() {
    // GIVEN a claim taken at 09:00 whose poster died before recording an outcome
    schedule();
    assertTrue(places.claimPost(CHANNEL, MONDAY, "dead", clock.instant()));
    FlakyPlatform platform = new FlakyPlatform(0);
    DailyQuestionService a = service("a", platform);

    // WHEN another instance ticks for an hour (past the attempt lease)
    for (int i = 0; i < 120; i++) {
      a.tick();
      clock.advance(Duration.ofSeconds(30));
    }

    // THEN it never posts (it may have gone out), and says so
    assertEquals(0, platform.calls.get());
    assertEquals(PostAttempt.State.UNCERTAIN, attempt().state());
  }

  @Test
  void givenAPosterThatDiedMidPost_whenThePlatformSaysItIsNotThere_thenItIsPostedOnce() {
    // GIVEN a claim whose poster died, and a platform that can check
    schedule();
    assertTrue(places.claimPost(CHANNEL, MONDAY, "dead", clock.instant()));
    FlakyPlatform platform = new FlakyPlatform(0);
    platform.check = DailyPublisher.Check.NOT_POSTED;
    DailyQuestionService a = service("a", platform);

    // WHEN another instance ticks for an hour
    for (int i = 0; i < 120; i++) {
      a.tick();
      clock.advance(Duration.ofSeconds(30));
    }

    // THEN it is posted once, after the attempt lease ran out
    assertEquals(1, platform.posted.size());
    assertEquals(PostAttempt.State.POSTED, attempt().state());
  }

  @Test
  void backOffDoublesFromOneMinuteUpToThirty() {
    assertEquals(Duration.ofMinutes(1), DailyQuestionService.backOff(1));
    assertEquals(Duration.ofMinutes(2), DailyQuestionService.backOff(2));
    assertEquals(Duration.ofMinutes(16), DailyQuestionService.backOff(5));
    assertEquals(Duration.ofMinutes(30), DailyQuestionService.backOff(6));
    assertEquals(Duration.ofMinutes(30), DailyQuestionService.backOff(60));
  }
}
