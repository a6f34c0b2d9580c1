package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.inbox.EventInbox;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.InMemoryInbox;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.storage.Storage;
import dev.starcoach.storage.StorageSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Discord interactions through the inbox, on the in-memory fake and on a real SQLite database:
 * several "instances" (inboxes with their own names) share one inbox, as processes share one
 * database. A real engine on fakes takes the answers; outboxes record what would be posted.
 */
class DiscordInboxTest {
  private static final long USER = 200000000000000001L;
  private static final SessionKey KEY = Places.key(Places.DM, USER);
  private static final Duration STALE = Duration.ofSeconds(60);
  private static final String ANSWER = "Our alerts paged nobody for a week after a config change.";

  @TempDir Path dir;

  private final SteppingClock clock = SteppingClock.monday9am();
  private final InMemoryStores stores = new InMemoryStores();
  private final CoachEngine engine = TestServices.engine(stores, clock, 5);
  private final RecordingOutbox hookPosts = new RecordingOutbox();
  private final RecordingOutbox dmPosts = new RecordingOutbox();
  private Storage storage;
  private long nextId = 1_100_000_000_000_000_001L;

  @AfterEach
  void close() {
    if (storage != null) {
      storage.close();
    }
  }

  private EventInbox inbox(String kind) {
    if (kind.equals("sqlite")) {
      storage = Storage.open(StorageSettings.sqliteIn(dir));
      return storage.inbox();
    }
    return new InMemoryInbox();
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "sqlite"})
  void givenOneAnswerDeliveredTwiceAndToTwoInstances_thenItIsProcessedOnce(String kind) {
    // GIVEN a drill open in the person's DM, and two instances on one inbox
    startDrill();
    EventInbox shared = inbox(kind);
    DiscordInbox a = new DiscordInbox(shared, "a", clock, STALE);
    DiscordInbox b = new DiscordInbox(shared, "b", clock, STALE);
    StoredInteraction answer = answerForm(ANSWER);
    PracticeRunner runner = new PracticeRunner(engine, new DiscordRenderer(), new PracticeRoutes());

    // WHEN the same form submission reaches instance a twice and instance b once
    for (DiscordInbox instance : new DiscordInbox[] {a, a, b}) {
      Executor work = instance.tracking(Runnable::run);
      instance.intake(
          answer, () -> work.execute(() -> runner.component(id(answer), event(answer), hookPosts)));
    }

    // THEN the engine took the answer once and its feedback was posted once
    assertEquals(1, stores.answersOf(KEY.person()).size());
    assertEquals(
        1,
        hookPosts.titles().stream().filter(t -> t != null && t.startsWith("Situation")).count(),
        hookPosts.titles().toString());
    assertTrue(shared.pending(DiscordInbox.PLATFORM, 10).isEmpty(), "marked done");
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "sqlite"})
  void givenAStoredButUnprocessedAnswer_whenANewInstanceStarts_thenItIsResumedOnce(String kind) {
    // GIVEN a drill open, and an instance that acknowledged the answer form and stored it, then
    // was killed before its worker ran
    startDrill();
    EventInbox shared = inbox(kind);
    DiscordInbox dying = new DiscordInbox(shared, "dying", clock, STALE);
    StoredInteraction answer = answerForm(ANSWER);
    Executor never = dying.tracking(task -> {});
    dying.intake(answer, () -> never.execute(() -> {}));
    dying.kill();
    assertEquals(1, shared.pending(DiscordInbox.PLATFORM, 10).size(), "stored, not handled");

    // WHEN a new instance starts after the dead one's hold went stale
    clock.advance(Duration.ofMinutes(2));
    DiscordInbox fresh = newInstance(shared, "fresh");
    fresh.sweep();
    fresh.sweep();

    // THEN the answer is taken once, and its feedback goes through the interaction's token
    assertEquals(1, stores.answersOf(KEY.person()).size());
    assertTrue(
        hookPosts.titles().stream().anyMatch(t -> t != null && t.startsWith("Situation")),
        hookPosts.titles().toString());
    assertTrue(dmPosts.posted().isEmpty());
    assertTrue(shared.pending(DiscordInbox.PLATFORM, 10).isEmpty(), "marked done");
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "sqlite"})
  void givenAResumedInteractionPastItsToken_thenAnAnswerGoesToTheDmAndACommandIsDropped(
      String kind) {
    // GIVEN a drill open, and a stored answer and a stored /practice command, both left pending
    startDrill();
    EventInbox shared = inbox(kind);
    DiscordInbox dying = new DiscordInbox(shared, "dying", clock, STALE);
    Executor never = dying.tracking(task -> {});
    dying.intake(answerForm(ANSWER), () -> never.execute(() -> {}));
    StoredInteraction quiz = slash("quiz");
    dying.intake(quiz, () -> never.execute(() -> {}));
    dying.kill();

    // WHEN a new instance resumes them 20 minutes later (the tokens lived 15)
    clock.advance(Duration.ofMinutes(20));
    newInstance(shared, "fresh").sweep();

    // THEN the answer is taken and its feedback sent by DM; the command is not run
    assertEquals(1, stores.answersOf(KEY.person()).size());
    assertTrue(
        dmPosts.titles().stream().anyMatch(t -> t != null && t.startsWith("Situation")),
        dmPosts.titles().toString());
    assertTrue(hookPosts.posted().isEmpty());
    assertTrue(shared.pending(DiscordInbox.PLATFORM, 10).isEmpty(), "both marked done");
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "sqlite"})
  void storedInteractionsReadBackAsTheyWereWritten(String kind) {
    StoredInteraction s = slash("practice");
    assertEquals(s, StoredInteraction.fromJson(s.toJson()));
    StoredInteraction a = answerForm("Quotes \" and \\ and ünïcode stay.");
    assertEquals(a, StoredInteraction.fromJson(a.toJson()));
  }

  private DiscordInbox newInstance(EventInbox shared, String name) {
    DiscordInbox instance = new DiscordInbox(shared, name, clock, STALE);
    PracticeRunner runner = new PracticeRunner(engine, new DiscordRenderer(), new PracticeRoutes());
    instance.resumeWith(
        new ResumedInteractions(
            runner,
            new ResumedInteractions.Outboxes() {
              @Override
              public Outbox hook(StoredInteraction interaction) {
                return hookPosts;
              }

              @Override
              public Outbox direct(long user) {
                return dmPosts;
              }
            },
            instance.tracking(Runnable::run)));
    return instance;
  }

  private void startDrill() {
    PracticeRunner runner = new PracticeRunner(engine, new DiscordRenderer(), new PracticeRoutes());
    runner.simple(
        KEY,
        new CoachEvent.StartPractice(SessionMode.DRILL, TestBank.WALKTHROUGH_ID, null),
        new DiscordRenderer.Owner(USER, Places.DM),
        new RecordingOutbox());
  }

  private StoredInteraction answerForm(String text) {
    return new StoredInteraction(
        nextId++,
        StoredInteraction.COMPONENT,
        USER,
        Places.DM,
        false,
        "token-" + nextId,
        clock.instant(),
        ComponentId.of(ComponentId.Action.MODAL, "s0", USER, Places.DM).format(),
        text,
        null,
        Map.of(),
        false);
  }

  private StoredInteraction slash(String command) {
    return new StoredInteraction(
        nextId++,
        StoredInteraction.SLASH,
        USER,
        Places.DM,
        false,
        "token-" + nextId,
        clock.instant(),
        null,
        null,
        command,
        Map.of(),
        false);
  }

  private static ComponentId id(StoredInteraction s) {
    return ComponentId.parse(s.componentId()).orElseThrow();
  }

  private static CoachEvent event(StoredInteraction s) {
    return CommandMapping.component(id(s), s.text()).orElseThrow();
  }
}
