package dev.starcoach.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.scoring.rules.RuleScorer;
import dev.starcoach.core.scoring.rules.ScoringRules;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.core.testing.TestPlaces;
import dev.starcoach.storage.Storage;
import dev.starcoach.storage.StorageSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The harness on its own, without the application: the engine, store, heap and scorer parts run on
 * SQLite over the core engine built here, which is all bot-bench may know of (bot-app plugs in
 * through {@link BenchApp}; its end-to-end test is bot-app's {@code BenchCommandTest}).
 */
class BenchRunnerTest {

  /** The core parts as a bench target: the test pack, the bundled rules, the default engine. */
  private static final class CoreOnly implements BenchApp {
    @Override
    public QuestionBank bank() {
      return TestBank.load();
    }

    @Override
    public Scorer scorer() {
      return new RuleScorer(ScoringRules.loadDefault());
    }

    @Override
    public CoachEngine engine(QuestionBank bank, Scorer scorer, Storage storage) {
      return new CoachEngine(
          bank,
          scorer,
          storage.coachStores(),
          new TestPlaces(new InMemoryStores(), Clock.systemUTC()).services(),
          Clock.systemUTC(),
          new SecureRandom(),
          EngineSettings.defaults(),
          storage.reminders());
    }

    @Override
    public StorageSettings storageSettings(String dbUrl, Path sqliteDir) {
      return StorageSettings.sqliteIn(sqliteDir).withPoolSize(4);
    }

    @Override
    public Path home() {
      return Path.of("").toAbsolutePath();
    }

    @Override
    public Map<String, String> databaseEnvironment(String dbUrl) {
      return Map.of();
    }

    @Override
    public ChatLoad chatLoad(CoachEngine engine, Storage storage, ChatLoad.Settings settings) {
      return new EngineChat(engine);
    }

    @Override
    public Start consoleStart(Path dataDir) {
      throw new UnsupportedOperationException("no application to start");
    }

    @Override
    public Start botStart(Path dataDir) {
      throw new UnsupportedOperationException("no application to start");
    }
  }

  /** A chat with no platform: each line goes straight to the engine, each reply is a post. */
  private static final class EngineChat implements ChatLoad {
    private final CoachEngine engine;
    private final Map<String, List<Long>> posts = new ConcurrentHashMap<>();

    EngineChat(CoachEngine engine) {
      this.engine = engine;
    }

    @Override
    public void message(String person, String text) {
      var outcome =
          engine.handle(SessionKey.of("bench", "chat", person), new CoachEvent.TypedLine(text));
      List<Long> mine = posts.computeIfAbsent(person, p -> new ArrayList<>());
      synchronized (mine) {
        outcome.replies().forEach(r -> mine.add(System.nanoTime()));
      }
    }

    @Override
    public void startNew(String person, String text) {
      message(person, "/" + text);
    }

    @Override
    public List<Long> postsTo(String person) {
      List<Long> mine = posts.getOrDefault(person, List.of());
      synchronized (mine) {
        return List.copyOf(mine);
      }
    }

    @Override
    public void close() {}
  }

  @Test
  void smallRunOnSqliteReportsEveryInProcessFigureAndLosesNoAnswer() throws Exception {
    // GIVEN the core parts only and a small run of every in-process part (no start-up JVMs)
    ByteArrayOutputStream progress = new ByteArrayOutputStream();
    BenchRunner.Options options =
        new BenchRunner.Options(
            "", 12, 10, 4, 300, Duration.ofMillis(50), 0, 0, BenchRunner.Options.ALL_PARTS);

    // WHEN the harness runs
    BenchReport report =
        new BenchRunner(new CoreOnly(), new PrintStream(progress, true, StandardCharsets.UTF_8))
            .run(options);

    // THEN the figures are there, nothing was lost, and progress went to its own stream
    for (String key :
        List.of(
            "scorer_answers_per_s",
            "engine_answers_per_s",
            "engine_p99_ms",
            "storage_answers_per_s",
            "heap_bytes_per_session")) {
      assertTrue(report.number(key) > 0, key + " in " + report.toJson());
    }
    assertEquals("sqlite", report.figures().get("engine_store"));
    assertEquals(120.0, report.number("engine_answers"), report.toJson());
    assertEquals(0.0, report.number("lost_answers"), report.toJson());
    assertEquals(0.0, report.number("engine_errors"), report.toJson());
    assertFalse(report.figures().containsKey("console_start_ms"), report.toJson());
    // and the chat part: every answer of the 5 people practising got its feedback, and all 20
    // new people got their first question
    assertEquals(50.0, report.number("chat_answers"), report.toJson());
    assertEquals(0.0, report.number("chat_answers_without_feedback"), report.toJson());
    assertEquals(20.0, report.number("chat_new_people_started"), report.toJson());
    assertTrue(report.number("chat_answer_p99_ms") >= 0, report.toJson());
    assertTrue(progress.toString(StandardCharsets.UTF_8).contains("bench: engine:"));
  }

  @Test
  void unknownPartIsRefusedWithTheKnownOnesNamed() {
    // GIVEN / WHEN options naming a part the harness does not have
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> BenchRunner.Options.quick("").with(null, null, null, null, Set.of("disk")));

    // THEN the message names the unknown part and the known ones
    assertTrue(e.getMessage().contains("'disk'"), e.getMessage());
    assertTrue(e.getMessage().contains("scorer, engine, store, heap, startup"), e.getMessage());
  }
}
