package dev.starcoach.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.app.bench.EmbeddedPostgresForTests;
import dev.starcoach.app.bench.RepoRoot;
import dev.starcoach.bench.BenchTexts;
import dev.starcoach.core.content.ContentLoader;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.engine.StoryView;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.rules.RuleScorer;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.ScoredAnswer;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.TestPlaces;
import dev.starcoach.storage.Storage;
import dev.starcoach.storage.StorageSettings;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database goes away during a run: the person is told to send it again, nothing throws, no
 * answer is acknowledged that was not stored, and practice carries on when the database is back.
 */
class StorageOutageTest {
  private static QuestionBank bank;
  private static RuleScorer scorer;
  private static String questionId;

  @BeforeAll
  static void loadContent() {
    bank = new ContentLoader().load(List.of(RepoRoot.find().resolve("config").resolve("content")));
    scorer = RuleScorer.withDefaults();
    questionId = CrashResumeTest.firstWalkthroughId();
  }

  private static CoachEngine engine(CoachStores stores) {
    InMemoryStores spare = new InMemoryStores();
    return new CoachEngine(
        bank,
        scorer,
        stores,
        new TestPlaces(spare, Clock.systemUTC()).services(),
        Clock.systemUTC(),
        new SecureRandom(),
        EngineSettings.defaults(),
        new InMemoryReminders(spare));
  }

  private static List<AnswerKind> storedKinds(CoachStores stores, SessionKey key) {
    return stores.history().answersOf(key.person()).stream().map(ScoredAnswer::kind).toList();
  }

  private static void assertToldToRetry(RecordingConversation to) {
    CoachReply.ErrorNotice notice = to.last(CoachReply.ErrorNotice.class);
    assertEquals(ErrorCode.STORAGE_UNAVAILABLE, notice.code());
    assertTrue(notice.text().contains("again"), notice.text());
    assertTrue(to.all(CoachReply.AnswerFeedback.class).isEmpty(), to.kinds().toString());
  }

  @Test
  void databaseDownThenBackOnSqlite(@TempDir Path temp) {
    try (Storage storage = Storage.open(StorageSettings.sqliteIn(temp))) {
      // GIVEN a drill with its first answer stored
      SwitchableStores stores = new SwitchableStores(storage.coachStores());
      CoachEngine engine = engine(stores.bundle());
      SessionKey key = SessionKey.of("discord", "g1:c1", "outage-1");
      RecordingConversation to = new RecordingConversation();
      engine.handle(key, new CoachEvent.StartPractice(SessionMode.DRILL, questionId, null), to);
      engine.handle(key, new CoachEvent.SubmitAnswer(BenchTexts.stepAnswer(Step.SITUATION)), to);
      assertEquals(1, to.all(CoachReply.AnswerFeedback.class).size(), to.kinds().toString());

      // WHEN the database is down for the next answer
      stores.setDown(true);
      to.clear();
      engine.handle(key, new CoachEvent.SubmitAnswer(BenchTexts.stepAnswer(Step.TASK)), to);

      // THEN the person is told to send it again, and nothing was acknowledged
      assertToldToRetry(to);

      // WHEN the database is back and the person sends it again
      stores.setDown(false);
      to.clear();
      engine.handle(key, new CoachEvent.SubmitAnswer(BenchTexts.stepAnswer(Step.TASK)), to);

      // THEN it is taken as the Task answer and stored once
      assertEquals(Step.TASK, to.last(CoachReply.AnswerFeedback.class).step());
      assertEquals(
          List.of(AnswerKind.SITUATION, AnswerKind.TASK), storedKinds(stores.bundle(), key));
    }
  }

  @Test
  void databaseLostBetweenReadAndWriteIsNeitherAcknowledgedNorHalfStored(@TempDir Path temp) {
    try (Storage storage = Storage.open(StorageSettings.sqliteIn(temp))) {
      // GIVEN a drill waiting for its Situation
      SwitchableStores stores = new SwitchableStores(storage.coachStores());
      CoachEngine engine = engine(stores.bundle());
      SessionKey key = SessionKey.of("slack", "T1:C1", "outage-2");
      RecordingConversation to = new RecordingConversation();
      engine.handle(key, new CoachEvent.StartPractice(SessionMode.DRILL, questionId, null), to);

      // WHEN the session is read but the write of the answer fails
      stores.setWritesDown(true);
      to.clear();
      engine.handle(key, new CoachEvent.SubmitAnswer(BenchTexts.stepAnswer(Step.SITUATION)), to);

      // THEN the person is told to retry, and the session is still at the Situation
      assertToldToRetry(to);
      assertEquals(0, stores.bundle().sessions().findOpen(key).orElseThrow().position());
      assertTrue(storedKinds(stores.bundle(), key).isEmpty());

      // WHEN writes work again and the answer is resent
      stores.setWritesDown(false);
      to.clear();
      engine.handle(key, new CoachEvent.SubmitAnswer(BenchTexts.stepAnswer(Step.SITUATION)), to);

      // THEN it is the Situation answer, stored once
      assertEquals(Step.SITUATION, to.last(CoachReply.AnswerFeedback.class).step());
      assertEquals(List.of(AnswerKind.SITUATION), storedKinds(stores.bundle(), key));
    }
  }

  @Test
  void realPostgresRefusingConnectionsThenAcceptingAgain() throws InterruptedException {
    // GIVEN the engine on a real PostgreSQL database, a drill with its first answer stored
    String url = EmbeddedPostgresForTests.newDatabase("outage");
    String database = url.substring(url.lastIndexOf('/') + 1);
    try (Storage storage = Storage.open(StorageSettings.postgres(url, "postgres", null))) {
      CoachEngine engine = engine(storage.coachStores());
      SessionKey key = SessionKey.of("discord", "g2:c2", "outage-3");
      RecordingConversation to = new RecordingConversation();
      engine.handle(key, new CoachEvent.StartPractice(SessionMode.DRILL, questionId, null), to);
      engine.handle(key, new CoachEvent.SubmitAnswer(BenchTexts.stepAnswer(Step.SITUATION)), to);
      assertEquals(1, to.all(CoachReply.AnswerFeedback.class).size(), to.kinds().toString());

      // WHEN the server drops every connection to it and refuses new ones
      EmbeddedPostgresForTests.admin(
          "ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS false");
      EmbeddedPostgresForTests.admin(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
              + database
              + "'");
      to.clear();
      engine.handle(key, new CoachEvent.SubmitAnswer(BenchTexts.stepAnswer(Step.TASK)), to);

      // THEN the person is told to send it again; nothing threw
      assertToldToRetry(to);

      // WHEN the database accepts connections again and the person resends, as told, until it
      // is taken (each failed try is answered with the same notice)
      EmbeddedPostgresForTests.admin("ALTER DATABASE " + database + " WITH ALLOW_CONNECTIONS true");
      int tries = 0;
      do {
        Thread.sleep(tries == 0 ? 0 : 500);
        to.clear();
        engine.handle(key, new CoachEvent.SubmitAnswer(BenchTexts.stepAnswer(Step.TASK)), to);
        tries++;
        if (to.all(CoachReply.AnswerFeedback.class).isEmpty()) {
          assertToldToRetry(to);
        }
      } while (to.all(CoachReply.AnswerFeedback.class).isEmpty() && tries < 20);
      System.out.println("taken on try " + tries);

      // THEN practice carries on at the Task, and both answers are stored once
      assertEquals(Step.TASK, to.last(CoachReply.AnswerFeedback.class).step());
      assertEquals(
          List.of(AnswerKind.SITUATION, AnswerKind.TASK), storedKinds(storage.coachStores(), key));
    }
  }

  @Test
  void givenTheDatabaseDown_whenAStoryIsAdded_thenToldToRetryAndItIsKeptOnceWhenBack(
      @TempDir Path temp) {
    try (Storage storage = Storage.open(StorageSettings.sqliteIn(temp))) {
      // GIVEN the database down
      SwitchableStores stores = new SwitchableStores(storage.coachStores());
      CoachEngine engine = engine(stores.bundle());
      SessionKey key = SessionKey.of("discord", "g1:c1", "outage-story");
      RecordingConversation to = new RecordingConversation();
      stores.setDown(true);

      // WHEN a story is added
      engine.handle(key, new CoachEvent.TypedLine("/story add The midnight rollback"), to);

      // THEN the person is told to send it again
      assertEquals(ErrorCode.STORAGE_UNAVAILABLE, to.last(CoachReply.ErrorNotice.class).code());

      // WHEN the database is back and it is sent again
      stores.setDown(false);
      engine.handle(key, new CoachEvent.TypedLine("/story add The midnight rollback"), to);

      // THEN it is stored once, and its first step is asked
      assertEquals(1, stores.bundle().stories().list(key.person()).size());
      assertTrue(to.last(CoachReply.StoryShown.class).view() instanceof StoryView.StoryStepAsked);
    }
  }
}
