package dev.starcoach.storage;

import static dev.starcoach.storage.Fixtures.T0;
import static dev.starcoach.storage.Fixtures.answered;
import static dev.starcoach.storage.Fixtures.freshKey;
import static dev.starcoach.storage.Fixtures.newDrill;
import static dev.starcoach.storage.Fixtures.scored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PersonSettings;
import dev.starcoach.core.store.PlaceSettingsStore;
import dev.starcoach.core.store.PostClaim;
import dev.starcoach.core.store.QuizAttempt;
import dev.starcoach.core.store.ReminderStore;
import dev.starcoach.core.store.ScoredAnswer;
import dev.starcoach.core.store.StaleSessionException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The one contract every store implementation keeps: the JDBC stores on SQLite and PostgreSQL, and
 * bot-core's in-memory fake (so the fake the engine tests use stays honest). Each test works on its
 * own people and places, so a database can be shared by the whole class.
 */
abstract class StoreContractTest {

  /** The stores under test. */
  abstract CoachStores stores();

  /** The schedule store, where the implementation has one. */
  abstract Optional<DailyScheduleStore> schedules();

  /** The place settings store, where the implementation has one. */
  abstract Optional<PlaceSettingsStore> places();

  /** The reminder store, where the implementation has one (over the same sessions). */
  abstract Optional<ReminderStore> reminders();

  /** The platform name used for keys; distinct per implementation only for readability. */
  String platform() {
    return "discord";
  }

  private static Instant at(int seconds) {
    return T0.plusSeconds(seconds);
  }

  // ---- sessions: insert, open rule, compare-and-set ----

  @Test
  void givenNewSession_whenSaved_thenItIsOpenAtVersionOneExactlyAsWritten() {
    // GIVEN a new drill at version 0
    PracticeSession fresh = newDrill(freshKey(platform()), "q-ownership", T0);

    // WHEN it is saved
    PracticeSession saved = stores().sessions().save(fresh, List.of());

    // THEN it comes back at version 1 and reads back equal, every field and instant digit kept
    assertEquals(1, saved.version());
    assertEquals(fresh.withVersion(1), saved);
    assertEquals(Optional.of(saved), stores().sessions().findOpen(fresh.key()));
  }

  @Test
  void givenOpenSession_whenAnotherIsStartedAtTheSamePlace_thenItIsRefused() {
    // GIVEN an open session
    SessionKey key = freshKey(platform());
    PracticeSession first = stores().sessions().save(newDrill(key, "q-1", T0), List.of());

    // WHEN a second session for the same person and place is inserted
    PracticeSession second = newDrill(key, "q-2", at(1));

    // THEN it is refused as stale and the first stays the open one
    assertThrows(StaleSessionException.class, () -> stores().sessions().save(second, List.of()));
    assertEquals(Optional.of(first), stores().sessions().findOpen(key));
  }

  @Test
  void givenOpenSession_whenTheSamePersonStartsElsewhere_thenBothAreOpen() {
    // GIVEN an open session of a person in one place
    SessionKey here = freshKey(platform());
    SessionKey there = new SessionKey(here.person(), here.place() + "-other");
    PracticeSession a = stores().sessions().save(newDrill(here, "q-1", T0), List.of());

    // WHEN the same person starts in another place
    PracticeSession b = stores().sessions().save(newDrill(there, "q-2", T0), List.of());

    // THEN each place has its own open session
    assertEquals(Optional.of(a), stores().sessions().findOpen(here));
    assertEquals(Optional.of(b), stores().sessions().findOpen(there));
  }

  @Test
  void givenFinishedSession_whenANewOneStartsAtTheSamePlace_thenItIsAccepted() {
    // GIVEN a session that was stopped
    SessionKey key = freshKey(platform());
    PracticeSession open = stores().sessions().save(newDrill(key, "q-1", T0), List.of());
    stores().sessions().save(open.advance(Phase.STOPPED, 0, at(5)), List.of());
    assertEquals(Optional.empty(), stores().sessions().findOpen(key));

    // WHEN a new one starts
    PracticeSession next = stores().sessions().save(newDrill(key, "q-2", at(6)), List.of());

    // THEN it is the open one, and both are in the person's sessions, oldest first
    assertEquals(Optional.of(next), stores().sessions().findOpen(key));
    List<PracticeSession> all = stores().sessions().sessionsOf(key.person());
    assertEquals(List.of(open.id(), next.id()), all.stream().map(PracticeSession::id).toList());
    assertEquals(Phase.STOPPED, all.get(0).phase());
  }

  @Test
  void givenTwoWritersAtTheSameVersion_whenBothSave_thenOnlyTheFirstWins() {
    // GIVEN two writers that read the session at version 1
    SessionKey key = freshKey(platform());
    PracticeSession read = stores().sessions().save(newDrill(key, "q-1", T0), List.of());
    PracticeSession mine = answered(read, "I fixed the cache.", at(10));
    PracticeSession theirs = answered(read, "I rewrote the importer.", at(11));

    // WHEN both save from version 1
    PracticeSession won =
        stores().sessions().save(mine, List.of(scored(read, "I fixed the cache.", at(10))));

    // THEN the second loses, and neither its session nor its answer was written
    assertThrows(
        StaleSessionException.class,
        () ->
            stores()
                .sessions()
                .save(theirs, List.of(scored(read, "I rewrote the importer.", at(11)))));
    assertEquals(2, won.version());
    assertEquals(Optional.of(won), stores().sessions().findOpen(key));
    assertEquals(
        List.of("I fixed the cache."),
        stores().history().answersOf(key.person()).stream().map(ScoredAnswer::text).toList());
  }

  @Test
  void givenManyThreadsAtTheSameVersion_whenAllSaveAtOnce_thenExactlyOneWinsWithItsAnswer()
      throws Exception {
    // GIVEN a stored session and eight writers that all read version 1
    SessionKey key = freshKey(platform());
    PracticeSession read = stores().sessions().save(newDrill(key, "q-1", T0), List.of());
    int writers = 8;
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      String text = "I did step one, take " + i;
      tasks.add(
          () -> {
            go.await();
            try {
              stores()
                  .sessions()
                  .save(answered(read, text, at(10)), List.of(scored(read, text, at(10))));
              return text;
            } catch (StaleSessionException e) {
              return null;
            }
          });
    }

    // WHEN they all save at once
    List<String> winners = runTogether(tasks, go);

    // THEN exactly one won, and the stored session and history hold its answer alone
    assertEquals(1, winners.size(), "winners: " + winners);
    PracticeSession stored = stores().sessions().findOpen(key).orElseThrow();
    assertEquals(2, stored.version());
    assertEquals(1, stored.answers().size());
    assertEquals(winners.get(0), stored.answers().get(0).text());
    List<ScoredAnswer> history = stores().history().answersOf(key.person());
    assertEquals(List.of(winners.get(0)), history.stream().map(ScoredAnswer::text).toList());
  }

  @Test
  void givenManyThreads_whenAllStartASessionAtTheSamePlace_thenExactlyOneIsOpen() throws Exception {
    // GIVEN eight new sessions for one person and place
    SessionKey key = freshKey(platform());
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      PracticeSession s = newDrill(key, "q-" + i, T0);
      tasks.add(
          () -> {
            go.await();
            try {
              return stores().sessions().save(s, List.of()).id();
            } catch (StaleSessionException e) {
              return null;
            }
          });
    }

    // WHEN all are inserted at once
    List<String> inserted = runTogether(tasks, go);

    // THEN exactly one got in and it is the open one
    assertEquals(1, inserted.size());
    assertEquals(inserted.get(0), stores().sessions().findOpen(key).orElseThrow().id());
    assertEquals(1, stores().sessions().sessionsOf(key.person()).size());
  }

  @Test
  void givenNeverStoredSession_whenSavedAtAVersionAboveZero_thenItIsStale() {
    // GIVEN a session that claims version 3 but was never stored
    PracticeSession ghost = newDrill(freshKey(platform()), "q-1", T0).withVersion(3);

    // WHEN it is saved, THEN it is stale and nothing is open
    assertThrows(StaleSessionException.class, () -> stores().sessions().save(ghost, List.of()));
    assertEquals(Optional.empty(), stores().sessions().findOpen(ghost.key()));
  }

  // ---- answers: appended atomically, read back for export, recent questions ----

  @Test
  void givenAFullDrill_whenEachStepIsSavedWithItsAnswer_thenHistoryHoldsThemInOrder() {
    // GIVEN a drill answered step by step, each save carrying that step's scored answer
    SessionKey key = freshKey(platform());
    PracticeSession s = stores().sessions().save(newDrill(key, "q-1", T0), List.of());
    List<ScoredAnswer> expected = new ArrayList<>();
    for (int step = 0; step < 5; step++) {
      String text = "Step " + step + ": I measured 2% stale prices \u2014 fixed it \uD83D\uDE80";
      ScoredAnswer row = scored(s, text, at(10 + step));
      expected.add(row);
      // WHEN the step is saved (on a stuck clock as well as a moving one)
      s = stores().sessions().save(answered(s, text, at(10 + step)), List.of(row));
    }

    // THEN the session is finished with five answers, and the history has the five rows as written
    assertEquals(Optional.empty(), stores().sessions().findOpen(key));
    PracticeSession stored = stores().sessions().sessionsOf(key.person()).get(0);
    assertEquals(s, stored);
    assertEquals(5, stored.answers().size());
    assertEquals(expected, stores().history().answersOf(key.person()));
  }

  @Test
  void givenAnswersInSeveralPlaces_whenAPlacePrefixAndWeekAreAsked_thenOnlyThoseComeBack() {
    // GIVEN answers in two channels of one server, in a look-alike server, on another
    // platform, and one outside the time window
    String server = "guild:" + UUID.randomUUID().toString().replace("-", "");
    String person = "u-" + UUID.randomUUID();
    SessionKey chan1 = SessionKey.of(platform(), server + "#chan:1", person);
    SessionKey chan2 = SessionKey.of(platform(), server + "#chan:2", person + "-b");
    SessionKey lookAlike = SessionKey.of(platform(), server + "_x#chan:1", person + "-c");
    SessionKey practice = SessionKey.of(platform(), server, person + "-p");
    SessionKey longerChannel = SessionKey.of(platform(), server + "#chan:23", person + "-d");
    SessionKey elsewhere = SessionKey.of(platform() + "-other", server + "#chan:1", person);
    for (SessionKey key : List.of(chan1, chan2, lookAlike, elsewhere, practice, longerChannel)) {
      PracticeSession s = stores().sessions().save(newDrill(key, "q-1", T0), List.of());
      stores()
          .sessions()
          .save(answered(s, "in window", at(100)), List.of(scored(s, "in window", at(100))));
    }
    PracticeSession late =
        stores()
            .sessions()
            .save(
                newDrill(
                    SessionKey.of(platform(), server + "#chan:1", person + "-late"), "q-1", T0),
                List.of());
    stores()
        .sessions()
        .save(answered(late, "late", at(10_000)), List.of(scored(late, "late", at(10_000))));

    // WHEN the server's and one channel's answers of the window are asked for
    List<ScoredAnswer> serverWide =
        stores().history().answersInPlaces(platform(), server, T0, at(1_000));
    List<ScoredAnswer> channel =
        stores().history().answersInPlaces(platform(), server + "#chan:2", T0, at(1_000));

    List<ScoredAnswer> channelOne =
        stores().history().answersInPlaces(platform(), server + "#chan:1", T0, at(1_000));

    // THEN the server has its practice and channels (no look-alike, no other platform, no late
    // one), and a channel is exactly that channel
    assertEquals(
        Set.of(chan1.place(), chan2.place(), practice.place(), longerChannel.place()),
        serverWide.stream().map(a -> a.key().place()).collect(java.util.stream.Collectors.toSet()));
    assertEquals(4, serverWide.size());
    assertEquals(List.of(chan1), channelOne.stream().map(ScoredAnswer::key).toList());
    assertEquals(1, channel.size());
    assertEquals(chan2, channel.get(0).key());
  }

  @Test
  void givenAnswersAtTheSameInstant_whenRead_thenTheyComeInTheOrderTheyWereSaved() {
    // GIVEN three steps saved on a clock that does not move
    SessionKey key = freshKey(platform());
    PracticeSession s = stores().sessions().save(newDrill(key, "q-1", T0), List.of());
    List<String> texts = List.of("first", "second", "third");
    for (String text : texts) {
      s = stores().sessions().save(answered(s, text, T0), List.of(scored(s, text, T0)));
    }

    // WHEN the history is read, THEN it keeps the saving order
    assertEquals(
        texts,
        stores().history().answersOf(key.person()).stream().map(ScoredAnswer::text).toList());
  }

  @Test
  void givenAnswersToSeveralQuestions_whenRecentIdsAreAsked_thenNewestFirstWithoutRepeats() {
    // GIVEN answers to q-a, q-b, q-a, q-c in that order
    SessionKey key = freshKey(platform());
    int t = 0;
    for (String question : List.of("q-a", "q-b", "q-a", "q-c")) {
      PracticeSession s = stores().sessions().save(newDrill(key, question, at(t)), List.of());
      String text = "I answered " + question;
      stores()
          .sessions()
          .save(
              answered(s, text, at(t + 1)).advance(Phase.STOPPED, 1, at(t + 1)),
              List.of(scored(s, text, at(t + 1))));
      t += 10;
    }

    // WHEN the recent question ids are asked for
    List<String> recent = stores().history().recentQuestionIds(key.person(), 10);
    List<String> lastTwo = stores().history().recentQuestionIds(key.person(), 2);

    // THEN they are newest first, each once, and the limit holds
    assertEquals(List.of("q-c", "q-a", "q-b"), recent);
    assertEquals(List.of("q-c", "q-a"), lastTwo);
    assertEquals(List.of(), stores().history().recentQuestionIds(freshKey("slack").person(), 5));
  }

  @Test
  void givenTwoPeople_whenTheirDataIsRead_thenEachSeesOnlyTheirOwn() {
    // GIVEN two people with one answered step each
    SessionKey ann = freshKey(platform());
    SessionKey bob = freshKey(platform());
    for (SessionKey key : List.of(ann, bob)) {
      PracticeSession s = stores().sessions().save(newDrill(key, "q-1", T0), List.of());
      String text = "I am " + key.person().userId();
      stores().sessions().save(answered(s, text, at(1)), List.of(scored(s, text, at(1))));
      stores().quiz().record(new QuizAttempt(key.person(), "q-1", 0, 1, 1, at(2)));
    }

    // WHEN Ann's data is read (as export does)
    List<PracticeSession> sessions = stores().sessions().sessionsOf(ann.person());
    List<ScoredAnswer> answers = stores().history().answersOf(ann.person());
    List<QuizAttempt> quiz = stores().quiz().attemptsOf(ann.person());

    // THEN only Ann's rows come back
    assertEquals(1, sessions.size());
    assertEquals(ann, sessions.get(0).key());
    assertEquals(
        List.of("I am " + ann.person().userId()), answers.stream().map(a -> a.text()).toList());
    assertEquals(List.of(ann.person()), quiz.stream().map(QuizAttempt::person).toList());
  }

  @Test
  void givenLongAnswer_whenSaved_thenEveryCharacterIsKept() {
    // GIVEN a 4,000-character answer with chat-style markup and non-Latin letters
    String text =
        ("- **I** shipped it \u2705 \u00e9\u00e8 \u65e5\u672c 'quoted' \"x\"\n").repeat(100);
    text = text.substring(0, 4000);
    SessionKey key = freshKey(platform());
    PracticeSession s = stores().sessions().save(newDrill(key, "q-1", T0), List.of());

    // WHEN it is saved
    PracticeSession saved =
        stores().sessions().save(answered(s, text, at(1)), List.of(scored(s, text, at(1))));

    // THEN the session and the history give it back unchanged
    assertEquals(text, stores().sessions().findOpen(key).orElseThrow().answers().get(0).text());
    assertEquals(saved, stores().sessions().findOpen(key).orElseThrow());
    assertEquals(text, stores().history().answersOf(key.person()).get(0).text());
  }

  // ---- quiz, settings, forget ----

  @Test
  void givenQuizAnswers_whenRecorded_thenTheyReadBackOldestFirst() {
    // GIVEN a person who answers three quiz items, one wrongly
    PersonId person = freshKey(platform()).person();
    List<QuizAttempt> attempts =
        List.of(
            new QuizAttempt(person, "q-1", 0, 2, 2, at(1)),
            new QuizAttempt(person, "q-1", 1, 0, 3, at(2)),
            new QuizAttempt(person, "q-1", 2, 1, 1, at(2)));

    // WHEN they are recorded
    attempts.forEach(stores().quiz()::record);

    // THEN they read back as recorded, in order, with the wrong one not correct
    List<QuizAttempt> read = stores().quiz().attemptsOf(person);
    assertEquals(attempts, read);
    assertFalse(read.get(1).correct());
  }

  @Test
  void givenNoSettings_whenSavedAndReplaced_thenTheLatestIsFound() {
    // GIVEN a person without settings
    PersonId person = freshKey(platform()).person();
    assertEquals(Optional.empty(), stores().settings().find(person));

    // WHEN settings are saved, then replaced without a zone
    PersonSettings first = new PersonSettings(person, Level.SENIOR, ZoneId.of("Europe/Berlin"));
    stores().settings().save(first);
    Optional<PersonSettings> afterFirst = stores().settings().find(person);
    PersonSettings second = new PersonSettings(person, Level.SDE1, null);
    stores().settings().save(second);

    // THEN each read gives what was last saved
    assertEquals(Optional.of(first), afterFirst);
    assertEquals(Optional.of(second), stores().settings().find(person));
  }

  @Test
  void givenAPersonWithEverything_whenForgotten_thenAllOfItIsGoneAndOthersAreKept() {
    // GIVEN a person with an open session, a finished one, two answers, a quiz answer and settings
    SessionKey key = freshKey(platform());
    SessionKey other = freshKey(platform());
    PracticeSession done = stores().sessions().save(newDrill(key, "q-1", T0), List.of());
    stores()
        .sessions()
        .save(
            answered(done, "I a", at(1)).advance(Phase.STOPPED, 1, at(1)),
            List.of(scored(done, "I a", at(1))));
    PracticeSession open = stores().sessions().save(newDrill(key, "q-2", at(2)), List.of());
    stores().sessions().save(answered(open, "I b", at(3)), List.of(scored(open, "I b", at(3))));
    stores().quiz().record(new QuizAttempt(key.person(), "q-1", 0, 1, 1, at(4)));
    stores().settings().save(new PersonSettings(key.person(), Level.SDE1, null));
    PracticeSession kept = stores().sessions().save(newDrill(other, "q-1", T0), List.of());
    stores().settings().save(new PersonSettings(other.person(), Level.SENIOR, null));

    // WHEN the person is forgotten
    int removed = stores().eraser().forget(key.person());

    // THEN 2 sessions + 2 answers + 1 quiz answer + 1 settings row are gone, and nothing else
    assertEquals(6, removed);
    assertEquals(Optional.empty(), stores().sessions().findOpen(key));
    assertEquals(List.of(), stores().sessions().sessionsOf(key.person()));
    assertEquals(List.of(), stores().history().answersOf(key.person()));
    assertEquals(List.of(), stores().quiz().attemptsOf(key.person()));
    assertEquals(Optional.empty(), stores().settings().find(key.person()));
    assertEquals(Optional.of(kept), stores().sessions().findOpen(other));
    assertTrue(stores().settings().find(other.person()).isPresent());
    assertEquals(0, stores().eraser().forget(key.person()));

    // AND the person can start again at the same place
    PracticeSession again = stores().sessions().save(newDrill(key, "q-3", at(9)), List.of());
    assertEquals(Optional.of(again), stores().sessions().findOpen(key));
  }

  // ---- places: schedules, exactly-once claims, settings ----

  private static PlaceId freshPlace() {
    return new PlaceId("slack", "T-" + UUID.randomUUID(), "C-" + UUID.randomUUID());
  }

  @Test
  void givenASchedule_whenSavedPausedAndReplaced_thenFindAndAllEnabledFollow() {
    DailyScheduleStore store = scheduleStoreOrSkip();
    // GIVEN a workday schedule and a weekend one with a mention and a principle
    PlaceId place = freshPlace();
    DailySchedule workdays =
        DailySchedule.workdays(
            place, LocalTime.of(9, 0), ZoneId.of("America/New_York"), Level.SDE2);
    PlaceId weekendPlace = freshPlace();
    DailySchedule weekend =
        new DailySchedule(
            weekendPlace,
            LocalTime.of(18, 30),
            ZoneId.of("Asia/Kolkata"),
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
            "<@&12345>",
            Principle.DIVE_DEEP,
            Level.SENIOR,
            true);

    // WHEN both are saved
    store.save(workdays);
    store.save(weekend);

    // THEN each reads back as saved, workdays being Monday to Friday, and both are enabled
    assertEquals(Optional.of(workdays), store.find(place));
    assertEquals(DailySchedule.WORKDAYS, store.find(place).orElseThrow().weekdays());
    assertEquals(Optional.of(weekend), store.find(weekendPlace));
    assertTrue(store.allEnabled().containsAll(List.of(workdays, weekend)));

    // WHEN one is paused, THEN it is kept but no longer enabled
    store.save(workdays.withEnabled(false));
    assertEquals(Optional.of(workdays.withEnabled(false)), store.find(place));
    assertFalse(store.allEnabled().stream().anyMatch(s -> s.place().equals(place)));
    assertEquals(Optional.empty(), store.find(freshPlace()));
  }

  @Test
  void givenAPost_whenClaimedTwice_thenOnlyTheFirstClaimWinsAndItIsRemembered() {
    DailyScheduleStore store = scheduleStoreOrSkip();
    // GIVEN a place and a day
    PlaceId place = freshPlace();
    LocalDate monday = LocalDate.of(2026, 3, 2);

    // WHEN two instances claim the same post, then the next day and another place are claimed
    boolean first = store.claimPost(place, monday, "instance-a", T0);
    boolean second = store.claimPost(place, monday, "instance-b", T0.plusSeconds(1));
    boolean tuesday =
        store.claimPost(place, monday.plusDays(1), "instance-b", T0.plus(Duration.ofDays(1)));
    boolean elsewhere = store.claimPost(freshPlace(), monday, "instance-b", T0);

    // THEN only the first claim of each (place, day) wins, and the last claim is Tuesday's
    assertTrue(first);
    assertFalse(second);
    assertTrue(tuesday);
    assertTrue(elsewhere);
    assertEquals(
        Optional.of(
            new PostClaim(place, monday.plusDays(1), "instance-b", T0.plus(Duration.ofDays(1)))),
        store.lastClaim(place));
    assertEquals(Optional.empty(), store.lastClaim(freshPlace()));
  }

  @Test
  void givenManyThreads_whenAllClaimTheSamePostAtOnce_thenExactlyOneWins() throws Exception {
    DailyScheduleStore store = scheduleStoreOrSkip();
    // GIVEN sixteen claimants for one post
    PlaceId place = freshPlace();
    LocalDate day = LocalDate.of(2026, 3, 3);
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String instance = "instance-" + i;
      tasks.add(
          () -> {
            go.await();
            return store.claimPost(place, day, instance, T0) ? instance : null;
          });
    }

    // WHEN they claim at once
    List<String> winners = runTogether(tasks, go);

    // THEN exactly one won, and the stored claim names it
    assertEquals(1, winners.size(), "winners: " + winners);
    assertEquals(winners.get(0), store.lastClaim(place).orElseThrow().instanceId());
  }

  @Test
  void givenPlaceSettings_whenSavedAndReplaced_thenTheLatestIsFound() {
    PlaceSettingsStore store =
        places().orElseGet(() -> skip("no place settings store in this implementation"));
    // GIVEN a place with no settings
    PlaceId place = freshPlace();
    assertEquals(Optional.empty(), store.find(place));

    // WHEN settings with two admins and a zone are saved, then replaced by none
    PlaceSettings first =
        new PlaceSettings(place, Set.of("role-7", "U123"), ZoneId.of("Europe/London"));
    store.save(first);
    Optional<PlaceSettings> afterFirst = store.find(place);
    store.save(PlaceSettings.defaults(place));

    // THEN each read gives what was last saved
    assertEquals(Optional.of(first), afterFirst);
    assertEquals(Optional.of(PlaceSettings.defaults(place)), store.find(place));
  }

  // ---- reminders: opt-in, idle open sessions, exactly-once claims ----

  @Test
  void givenAPerson_whenRemindersAreTurnedOnTwiceAndOff_thenTheLatestChoiceIsKept() {
    ReminderStore store = reminderStoreOrSkip();
    // GIVEN two people who never chose
    PersonId person = freshKey(platform()).person();
    PersonId other = freshKey(platform()).person();
    assertFalse(store.optedIn(person));

    // WHEN one turns reminders on twice, THEN they are on, for that person only
    store.setOptIn(person, true);
    store.setOptIn(person, true);
    assertTrue(store.optedIn(person));
    assertFalse(store.optedIn(other));
    assertFalse(store.optedIn(new PersonId("console", person.userId())));

    // WHEN they turn them off twice, THEN they are off
    store.setOptIn(person, false);
    store.setOptIn(person, false);
    assertFalse(store.optedIn(person));
  }

  @Test
  void givenSessionsOfEveryKind_whenUnfinishedOnesAreAsked_thenOnlyIdleOpenOptedInUnclaimedCome() {
    ReminderStore store = reminderStoreOrSkip();
    // GIVEN an opted-in person with an idle open session (touched after two answers at T0+2s) in
    // one place, a stopped one elsewhere and a fresh one in a third place
    SessionKey key = freshKey(platform());
    store.setOptIn(key.person(), true);
    PracticeSession idle = stores().sessions().save(newDrill(key, "q-1", T0), List.of());
    idle =
        stores().sessions().save(answered(idle, "I a", at(1)), List.of(scored(idle, "I a", at(1))));
    idle =
        stores().sessions().save(answered(idle, "I b", at(2)), List.of(scored(idle, "I b", at(2))));
    SessionKey elsewhere = new SessionKey(key.person(), key.place() + "-2");
    PracticeSession stopped = stores().sessions().save(newDrill(elsewhere, "q-2", T0), List.of());
    stores().sessions().save(stopped.advance(Phase.STOPPED, 0, at(1)), List.of());
    SessionKey third = new SessionKey(key.person(), key.place() + "-3");
    PracticeSession fresh = stores().sessions().save(newDrill(third, "q-3", at(100)), List.of());
    // AND a person who did not opt in, with an idle open session
    SessionKey quiet = freshKey(platform());
    PracticeSession notAsked = stores().sessions().save(newDrill(quiet, "q-1", T0), List.of());

    // WHEN sessions idle since before T0+50s are asked
    List<PracticeSession> due = mine(store.unfinishedSince(at(50), 10_000), key, quiet);

    // THEN only the idle open one comes back, exactly as stored
    assertEquals(List.of(idle), due);
    assertFalse(due.contains(fresh) || due.contains(notAsked));

    // AND the boundary is strict: a session touched at the instant itself is not idle before it
    assertEquals(List.of(), mine(store.unfinishedSince(at(2), 10_000), key, quiet));

    // WHEN a later cut-off is asked, THEN the fresh one comes too, the longest idle first
    assertEquals(
        List.of(idle.id(), fresh.id()),
        mine(store.unfinishedSince(at(200), 10_000), key, quiet).stream()
            .map(PracticeSession::id)
            .toList());

    // WHEN the idle one is claimed, THEN it no longer comes back
    assertTrue(store.claimReminder(idle.id(), at(300)));
    assertEquals(
        List.of(fresh.id()),
        mine(store.unfinishedSince(at(200), 10_000), key, quiet).stream()
            .map(PracticeSession::id)
            .toList());

    // WHEN the person turns reminders off, THEN none of theirs come back
    store.setOptIn(key.person(), false);
    assertEquals(List.of(), mine(store.unfinishedSince(at(200), 10_000), key, quiet));

    // AND a limit is kept
    store.setOptIn(quiet.person(), true);
    assertEquals(1, store.unfinishedSince(at(200), 1).size());
  }

  private static List<PracticeSession> mine(List<PracticeSession> all, SessionKey... keys) {
    List<PersonId> people = java.util.Arrays.stream(keys).map(SessionKey::person).toList();
    return all.stream().filter(s -> people.contains(s.key().person())).toList();
  }

  @Test
  void givenManyThreads_whenAllClaimTheSameReminderAtOnce_thenExactlyOneWins() throws Exception {
    ReminderStore store = reminderStoreOrSkip();
    // GIVEN sixteen claimants for one session's reminder
    String sessionId = UUID.randomUUID().toString();
    CountDownLatch go = new CountDownLatch(1);
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      String instance = "instance-" + i;
      tasks.add(
          () -> {
            go.await();
            return store.claimReminder(sessionId, T0) ? instance : null;
          });
    }

    // WHEN they claim at once
    List<String> winners = runTogether(tasks, go);

    // THEN exactly one won, and a later claim loses too
    assertEquals(1, winners.size(), "winners: " + winners);
    assertFalse(store.claimReminder(sessionId, at(60)));
    assertTrue(store.claimReminder(UUID.randomUUID().toString(), at(60)));
  }

  @Test
  void givenAnOptedInPersonWhoWasReminded_whenForgotten_thenOptInAndClaimsGoToo() {
    ReminderStore store = reminderStoreOrSkip();
    // GIVEN an opted-in person whose open session was reminded of, and another opted-in person
    SessionKey key = freshKey(platform());
    SessionKey other = freshKey(platform());
    store.setOptIn(key.person(), true);
    store.setOptIn(other.person(), true);
    PracticeSession open = stores().sessions().save(newDrill(key, "q-1", T0), List.of());
    assertTrue(store.claimReminder(open.id(), at(10)));

    // WHEN the person is forgotten
    int removed = stores().eraser().forget(key.person());

    // THEN the session, the opt-in and the claim are gone (3 records); the other keeps theirs
    assertEquals(3, removed);
    assertFalse(store.optedIn(key.person()));
    assertTrue(store.optedIn(other.person()));

    // AND when they opt in again with a new session, it can be reminded of
    store.setOptIn(key.person(), true);
    PracticeSession again = stores().sessions().save(newDrill(key, "q-2", T0), List.of());
    assertEquals(List.of(again), mine(store.unfinishedSince(at(1), 10_000), key));
  }

  private ReminderStore reminderStoreOrSkip() {
    return reminders().orElseGet(() -> skip("no reminder store in this implementation"));
  }

  private DailyScheduleStore scheduleStoreOrSkip() {
    return schedules().orElseGet(() -> skip("no schedule store in this implementation"));
  }

  private static <T> T skip(String why) {
    assumeTrue(false, why);
    throw new AssertionError("unreachable");
  }

  /** Starts every task, opens the gate, and returns the non-null results. */
  static List<String> runTogether(List<Callable<String>> tasks, CountDownLatch go)
      throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (Callable<String> task : tasks) {
        futures.add(pool.submit(task));
      }
      go.countDown();
      List<String> results = new ArrayList<>();
      for (Future<String> f : futures) {
        String r = f.get(60, TimeUnit.SECONDS);
        if (r != null) {
          results.add(r);
        }
      }
      return results;
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("a writer did not finish", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
