package dev.starcoach.core.remind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.EngineSettings;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReminderServiceTest {
  private static final String WALK = TestBank.WALKTHROUGH_ID;

  private final SteppingClock clock = SteppingClock.monday9am();
  private final InMemoryStores stores = new InMemoryStores();
  private final InMemoryReminders reminders = new InMemoryReminders(stores);
  private final CoachEngine engine =
      new CoachEngine(
          TestBank.load(),
          new FakeScorer(),
          stores.bundle(),
          new TestPlaces(stores, clock).services(),
          clock,
          new Random(7),
          EngineSettings.defaults(),
          reminders);
  private final SessionKey alice = SessionKey.of("discord", "guild-1/chan-1", "alice");
  private final SessionKey bob = SessionKey.of("slack", "T1/C1", "bob");
  private final RecordingConversation chat = new RecordingConversation();
  private final List<Reminder> sent = new ArrayList<>();

  private ReminderService service(ReminderPublisher publisher) {
    return new ReminderService(
        TestBank.load(), reminders, publisher, clock, ReminderService.DEFAULT_AFTER);
  }

  private void send(SessionKey key, CoachEvent event) {
    engine.handle(key, event, chat);
  }

  private void startDrillAndAnswerTwoSteps(SessionKey key) {
    send(key, new CoachEvent.StartPractice(SessionMode.DRILL, WALK, null));
    send(key, new CoachEvent.SubmitAnswer(ScriptedDrill.ANSWERS.get(0)));
    send(key, new CoachEvent.SubmitAnswer(ScriptedDrill.ANSWERS.get(1)));
  }

  @Test
  void optingInAndOutIsRememberedAndShown() {
    // GIVEN a person who never said anything about reminders
    send(alice, new CoachEvent.SetReminders(null));
    assertTrue(chat.last(CoachReply.Notice.class).text().startsWith("Reminders are off"));
    assertFalse(reminders.optedIn(alice.person()));

    // WHEN they turn reminders on, THEN they are on and the notice says so
    send(alice, new CoachEvent.SetReminders(true));
    assertTrue(reminders.optedIn(alice.person()));
    assertTrue(chat.last(CoachReply.Notice.class).text().startsWith("Reminders on"));
    send(alice, new CoachEvent.SetReminders(null));
    assertTrue(chat.last(CoachReply.Notice.class).text().startsWith("Reminders are on"));

    // WHEN they turn them off, THEN they are off, and nobody else was touched
    send(alice, new CoachEvent.SetReminders(false));
    assertFalse(reminders.optedIn(alice.person()));
    assertTrue(chat.last(CoachReply.Notice.class).text().startsWith("Reminders off"));
    assertFalse(reminders.optedIn(bob.person()));
  }

  @Test
  void anOptedInPersonIsRemindedOnlyAfterADayIdleAtTheStepTheyLeft() {
    // GIVEN alice opted in and left a drill after two steps
    send(alice, new CoachEvent.SetReminders(true));
    startDrillAndAnswerTwoSteps(alice);
    ReminderService service = service(sent::add);

    // WHEN a tick runs a minute short of a day later
    clock.advance(Duration.ofHours(24).minusMinutes(1));
    List<ReminderService.Outcome> early = service.tick();

    // THEN nothing is sent yet
    assertEquals(List.of(), early);
    assertEquals(List.of(), sent);

    // WHEN two minutes later it ticks again, and again after that
    clock.advance(Duration.ofMinutes(2));
    List<ReminderService.Outcome> due = service.tick();
    service.tick();

    // THEN exactly one reminder went out, for the Action step of alice's drill
    assertEquals(1, due.size());
    assertEquals(ReminderService.Action.SENT, due.get(0).action());
    assertEquals(1, sent.size());
    Reminder reminder = sent.get(0);
    assertEquals(alice, reminder.session().key());
    assertEquals(WALK, reminder.question().id());
    assertEquals("the Action step", reminder.stepLabel());
    assertTrue(
        reminder.text().startsWith("You left your drill on '" + reminder.question().text() + "'"),
        reminder.text());
    assertTrue(reminder.text().contains("at the Action step."), reminder.text());
  }

  @Test
  void aSessionTouchedAgainRestartsTheWait() {
    // GIVEN alice opted in and left a drill, then answered one more step 20 hours later
    send(alice, new CoachEvent.SetReminders(true));
    startDrillAndAnswerTwoSteps(alice);
    clock.advance(Duration.ofHours(20));
    send(alice, new CoachEvent.SubmitAnswer(ScriptedDrill.ANSWERS.get(2)));
    ReminderService service = service(sent::add);

    // WHEN 5 hours later (25 h after the start) a tick runs, THEN nothing is due yet
    clock.advance(Duration.ofHours(5));
    assertEquals(List.of(), service.tick());

    // WHEN a day after her last answer it ticks, THEN she is reminded at the Result step
    clock.advance(Duration.ofHours(19).plusMinutes(1));
    service.tick();
    assertEquals(List.of("the Result step"), sent.stream().map(Reminder::stepLabel).toList());
  }

  @Test
  void twoServicesOnOneStoreSendEachReminderOnce() {
    // GIVEN alice opted in and left a drill, and two instances sharing the store
    send(alice, new CoachEvent.SetReminders(true));
    startDrillAndAnswerTwoSteps(alice);
    ReminderService a = service(sent::add);
    ReminderService b = service(sent::add);
    clock.advance(Duration.ofHours(25));

    // WHEN both tick, and a restarted instance ticks too
    List<ReminderService.Outcome> fromA = a.tick();
    List<ReminderService.Outcome> fromB = b.tick();
    service(sent::add).tick();

    // THEN one reminder was sent, by the first
    assertEquals(1, sent.size());
    assertEquals(ReminderService.Action.SENT, fromA.get(0).action());
    assertEquals(List.of(), fromB, "the claimed session no longer shows as unfinished");
    assertEquals(1, reminders.claims().size());
  }

  @Test
  void aRaceForTheSameSessionIsWonByOneClaim() {
    // GIVEN a session both instances saw as due at the same time
    send(alice, new CoachEvent.SetReminders(true));
    startDrillAndAnswerTwoSteps(alice);
    clock.advance(Duration.ofHours(25));
    String id = reminders.unfinishedSince(clock.instant(), 10).get(0).id();

    // WHEN both claim it
    boolean first = reminders.claimReminder(id, clock.instant());
    boolean second = reminders.claimReminder(id, clock.instant());

    // THEN only the first wins
    assertTrue(first);
    assertFalse(second);
  }

  @Test
  void finishedSessionsAndPeopleWhoDidNotOptInAreNotReminded() {
    // GIVEN bob left a drill without opting in, and alice opted in but finished hers
    startDrillAndAnswerTwoSteps(bob);
    send(alice, new CoachEvent.SetReminders(true));
    send(alice, new CoachEvent.StartPractice(SessionMode.DRILL, WALK, null));
    ScriptedDrill.ANSWERS.forEach(answer -> send(alice, new CoachEvent.SubmitAnswer(answer)));
    assertTrue(stores.bundle().sessions().findOpen(alice).isEmpty());

    // WHEN two days pass and a tick runs
    clock.advance(Duration.ofDays(2));
    List<ReminderService.Outcome> outcomes = service(sent::add).tick();

    // THEN nobody is reminded
    assertEquals(List.of(), outcomes);
    assertEquals(List.of(), sent);

    // AND a person who opted out again before the day was up is not reminded either
    SessionKey carol = SessionKey.of("discord", "dm", "carol");
    send(carol, new CoachEvent.SetReminders(true));
    startDrillAndAnswerTwoSteps(carol);
    send(carol, new CoachEvent.SetReminders(false));
    clock.advance(Duration.ofDays(2));
    assertEquals(List.of(), service(sent::add).tick());
  }

  @Test
  void aStoppedPracticeIsNotReminded() {
    // GIVEN alice opted in, started a drill and stopped it
    send(alice, new CoachEvent.SetReminders(true));
    startDrillAndAnswerTwoSteps(alice);
    send(alice, new CoachEvent.StopSession());

    // WHEN a day passes
    clock.advance(Duration.ofDays(1).plusMinutes(1));

    // THEN nothing is sent
    assertEquals(List.of(), service(sent::add).tick());
  }

  @Test
  void aFailedSendKeepsItsClaimAndIsNotRetried() {
    // GIVEN alice opted in and left a drill, and a platform that refuses the DM
    send(alice, new CoachEvent.SetReminders(true));
    startDrillAndAnswerTwoSteps(alice);
    clock.advance(Duration.ofHours(25));
    ReminderPublisher refusing =
        r -> {
          throw new IllegalStateException("Cannot send messages to this user");
        };

    // WHEN a tick fails to send, and a working instance ticks after it
    List<ReminderService.Outcome> failed = service(refusing).tick();
    List<ReminderService.Outcome> later = service(sent::add).tick();

    // THEN the failure is reported with the platform's reason, and nothing is sent twice
    assertEquals(1, failed.size());
    assertEquals(ReminderService.Action.FAILED, failed.get(0).action());
    assertEquals("Cannot send messages to this user", failed.get(0).detail());
    assertEquals(List.of(), later);
    assertEquals(List.of(), sent);
    assertEquals(1, reminders.claims().size());
  }

  @Test
  void aProcessOnlyClaimsRemindersItCanDeliver() {
    // GIVEN alice (Discord) and bob (Slack) both opted in and left drills
    send(alice, new CoachEvent.SetReminders(true));
    send(bob, new CoachEvent.SetReminders(true));
    startDrillAndAnswerTwoSteps(alice);
    startDrillAndAnswerTwoSteps(bob);
    clock.advance(Duration.ofHours(25));
    ReminderService slackOnly =
        new ReminderService(
            TestBank.load(),
            reminders,
            sent::add,
            clock,
            Duration.ofHours(24),
            key -> key.person().platform().equals("slack"));

    // WHEN the Slack-only process ticks
    slackOnly.tick();

    // THEN only bob is reminded, and alice's reminder is left for a Discord process
    assertEquals(List.of(bob), sent.stream().map(r -> r.session().key()).toList());
    assertEquals(1, reminders.unfinishedSince(clock.instant(), 10).size());
  }

  @Test
  void forgettingAPersonForgetsTheirOptInAndClaims() {
    // GIVEN alice opted in and was reminded of a drill
    send(alice, new CoachEvent.SetReminders(true));
    startDrillAndAnswerTwoSteps(alice);
    clock.advance(Duration.ofHours(25));
    service(sent::add).tick();

    // WHEN she deletes her data
    send(alice, new CoachEvent.ForgetData(true));

    // THEN her opt-in and her reminder claim are gone too (sessions 1, answers 2, opt-in, claim)
    assertFalse(reminders.optedIn(alice.person()));
    assertEquals(0, reminders.claims().size());
    assertEquals(5, chat.last(CoachReply.Forgotten.class).records());
  }

  @Test
  void theIdleTimeMustBePositive() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ReminderService(TestBank.load(), reminders, sent::add, clock, Duration.ZERO));
  }
}
