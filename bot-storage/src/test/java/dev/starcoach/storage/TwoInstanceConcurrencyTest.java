package dev.starcoach.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.ScoredAnswer;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.core.testing.TestPlaces;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two bot instances on one PostgreSQL: separate pools, separate caches, separate engines. Every
 * write that two instances race for is won exactly once, and the loser never overwrites silently.
 */
class TwoInstanceConcurrencyTest {
  private static StorageSettings database;
  private static Storage first;
  private static Storage second;

  @BeforeAll
  static void open() {
    database = EmbeddedPostgresServer.newDatabase("two_instances");
    first = Storage.open(database);
    second = Storage.open(database);
  }

  @AfterAll
  static void close() {
    first.close();
    second.close();
  }

  /**
   * A scorer that makes both engines meet before either stores anything: each waits here, after
   * reading the session and before saving, until the other has read it too.
   */
  private static final class MeetingScorer implements Scorer {
    private final Scorer scorer = new FakeScorer();
    private final CyclicBarrier meeting;

    MeetingScorer(CyclicBarrier meeting) {
      this.meeting = meeting;
    }

    @Override
    public Assessment assess(ScoreRequest request) {
      try {
        meeting.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
        throw new IllegalStateException("the other engine never arrived", e);
      }
      return scorer.assess(request);
    }

    @Override
    public BarRaiserVerdict conclude(Assessment full, List<Assessment> probes, Level level) {
      return scorer.conclude(full, probes, level);
    }
  }

  @Test
  void
      givenTwoEnginesOnOneSession_whenBothAnswerEachStepAtOnce_thenOneAnswerPerStepAndTheOtherIsTold()
          throws Exception {
    // GIVEN two engines, each on its own storage instance, and a drill started through the first
    QuestionBank bank = TestBank.load();
    SteppingClock clock = SteppingClock.monday9am();
    CyclicBarrier meeting = new CyclicBarrier(2);
    CoachEngine engineA =
        new CoachEngine(
            bank,
            new MeetingScorer(meeting),
            first.coachStores(),
            new TestPlaces(new InMemoryStores(), clock).services(),
            clock,
            new Random(1),
            EngineSettings.defaults(),
            first.reminders());
    CoachEngine engineB =
        new CoachEngine(
            bank,
            new MeetingScorer(meeting),
            second.coachStores(),
            new TestPlaces(new InMemoryStores(), clock).services(),
            clock,
            new Random(2),
            EngineSettings.defaults(),
            second.reminders());
    SessionKey key = SessionKey.of("slack", "T1/C1", "U-two-instances");
    RecordingConversation start = new RecordingConversation();
    engineA.handle(
        key, new CoachEvent.StartPractice(SessionMode.DRILL, TestBank.WALKTHROUGH_ID, null), start);
    assertEquals(1, start.all(CoachReply.StepPrompt.class).size(), start.kinds().toString());
    assertTrue(second.coachStores().sessions().findOpen(key).isPresent());

    List<String> appliedTexts = new ArrayList<>();
    for (int step = 0; step < 5; step++) {
      clock.advance(Duration.ofSeconds(20));
      String textA = "I did step " + step + " from instance A, cutting errors by 40%.";
      String textB = "I did step " + step + " from instance B, cutting errors by 60%.";
      RecordingConversation toA = new RecordingConversation();
      RecordingConversation toB = new RecordingConversation();

      // WHEN both instances take an answer to the same step at the same moment
      CountDownLatch go = new CountDownLatch(1);
      List<Callable<String>> both =
          List.of(
              () -> {
                go.await();
                engineA.handle(key, new CoachEvent.SubmitAnswer(textA), toA);
                return "A";
              },
              () -> {
                go.await();
                engineB.handle(key, new CoachEvent.SubmitAnswer(textB), toB);
                return "B";
              });
      assertEquals(2, StoreContractTest.runTogether(both, go).size());

      // THEN exactly one of them was applied and acknowledged, and the other was told of the
      // conflict (with its text given back) and not acknowledged
      boolean aApplied = !toA.all(CoachReply.AnswerFeedback.class).isEmpty();
      boolean bApplied = !toB.all(CoachReply.AnswerFeedback.class).isEmpty();
      assertTrue(aApplied ^ bApplied, "A: " + toA.kinds() + " B: " + toB.kinds());
      RecordingConversation loser = aApplied ? toB : toA;
      String loserText = aApplied ? textB : textA;
      CoachReply.ErrorNotice notice = loser.last(CoachReply.ErrorNotice.class);
      assertEquals(ErrorCode.CONFLICT, notice.code());
      assertTrue(notice.text().contains(loserText), notice.text());
      appliedTexts.add(aApplied ? textA : textB);
    }

    // AND the stored session has exactly one answer per step, each the acknowledged one
    PracticeSession stored = first.coachStores().sessions().sessionsOf(key.person()).get(0);
    assertEquals(
        List.of(0, 1, 2, 3, 4), stored.answers().stream().map(RecordedAnswer::position).toList());
    assertEquals(appliedTexts, stored.answers().stream().map(RecordedAnswer::text).toList());
    assertEquals(
        appliedTexts,
        second.coachStores().history().answersOf(key.person()).stream()
            .map(ScoredAnswer::text)
            .toList());
    assertTrue(first.coachStores().sessions().findOpen(key).isEmpty());
    assertTrue(second.coachStores().sessions().findOpen(key).isEmpty());
  }

  @Test
  void givenTwoInstances_whenBothClaimTheSameDailyPostFromManyThreads_thenExactlyOneWins()
      throws Exception {
    // GIVEN a post that both instances' schedulers want to make
    PlaceId place = new PlaceId("discord", "G1", "C-daily");
    LocalDate day = LocalDate.of(2026, 3, 4);
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<String>> claims = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      for (Storage instance : List.of(first, second)) {
        DailyScheduleStore store = instance.schedules();
        String id = (instance == first ? "A-" : "B-") + i;
        claims.add(
            () -> {
              go.await();
              return store.claimPost(place, day, id, clock().instant()) ? id : null;
            });
      }
    }

    // WHEN they all claim at once
    List<String> winners = StoreContractTest.runTogether(claims, go);

    // THEN exactly one claim won, and a later claim (after a restart) loses too
    assertEquals(1, winners.size(), "winners: " + winners);
    try (Storage restarted = Storage.open(database)) {
      assertEquals(false, restarted.schedules().claimPost(place, day, "C-0", clock().instant()));
      assertEquals(
          winners.get(0), restarted.schedules().lastClaim(place).orElseThrow().instanceId());
    }
  }

  private static SteppingClock clock() {
    return SteppingClock.monday9am();
  }
}
