package dev.starcoach.bench;

import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.storage.Storage;
import dev.starcoach.storage.StorageSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Runs every benchmark of {@code starcoach bench} in order and collects the figures: the scorer,
 * the engine under load, the store alone, heap per session and start-up time.
 */
public final class BenchRunner {
  /**
   * What to run.
   *
   * @param dbUrl a PostgreSQL (or SQLite) JDBC URL for the engine and store runs; empty for a
   *     SQLite file in a temporary folder
   * @param people simulated people practising at once
   * @param answersEach answers each person gives
   * @param workers the bounded pool engine calls run on
   * @param heapSessions sessions held open for the heap figure
   * @param scorerRound the length of one timed scorer round (five rounds, after a warm-up of three)
   * @param startupRuns fresh JVMs started per start-up figure (0 skips them)
   * @param poolSize database connections; 0 for the configured {@code storage.pool_size}
   * @param parts which parts to run: scorer, engine, store, heap, startup, chat
   * @param chatNewPeople people starting at once through the chat adapter, whose DM it must open
   * @param chatPeople people already practising through the chat adapter meanwhile (10 answers
   *     each)
   * @param chatSettings the platform stand-in's pacing and DM latency
   */
  public record Options(
      String dbUrl,
      int people,
      int answersEach,
      int workers,
      int heapSessions,
      Duration scorerRound,
      int startupRuns,
      int poolSize,
      Set<String> parts,
      int chatNewPeople,
      int chatPeople,
      ChatLoad.Settings chatSettings) {
    /** Every part, in the order they run. */
    public static final Set<String> ALL_PARTS =
        Collections.unmodifiableSet(
            new LinkedHashSet<>(List.of("scorer", "engine", "store", "heap", "startup", "chat")));

    /** The chat part at a small size: 20 new people, 5 practising, fast pacing. */
    static final ChatLoad.Settings QUICK_CHAT =
        new ChatLoad.Settings(Duration.ofMillis(100), Duration.ofMillis(200));

    /** Slack's pace: one post a second per channel, a DM that takes a second to open. */
    static final ChatLoad.Settings SLACK_PACE =
        new ChatLoad.Settings(Duration.ofSeconds(1), Duration.ofSeconds(1));

    /** The options with the chat part at its small size. */
    public Options(
        String dbUrl,
        int people,
        int answersEach,
        int workers,
        int heapSessions,
        Duration scorerRound,
        int startupRuns,
        int poolSize,
        Set<String> parts) {
      this(
          dbUrl,
          people,
          answersEach,
          workers,
          heapSessions,
          scorerRound,
          startupRuns,
          poolSize,
          parts,
          20,
          5,
          QUICK_CHAT);
    }

    public Options {
      parts = Set.copyOf(parts);
      for (String part : parts) {
        if (!ALL_PARTS.contains(part)) {
          throw new IllegalArgumentException(
              "unknown bench part '" + part + "' (expected " + String.join(", ", ALL_PARTS) + ")");
        }
      }
    }

    /** The full run: 1,000 people, 10 answers each, 8 workers, 100,000 sessions. */
    public static Options full(String dbUrl) {
      return new Options(
          dbUrl,
          1_000,
          10,
          8,
          100_000,
          Duration.ofSeconds(1),
          3,
          0,
          ALL_PARTS,
          200,
          100,
          SLACK_PACE);
    }

    /** A short run for tests and a quick look: the same steps, small sizes. */
    public static Options quick(String dbUrl) {
      return new Options(dbUrl, 50, 10, 8, 2_000, Duration.ofMillis(150), 1, 0, ALL_PARTS);
    }

    /** A copy with other sizes (null keeps the current value). */
    public Options with(
        Integer people,
        Integer workers,
        Integer heapSessions,
        Integer poolSize,
        Set<String> parts) {
      return new Options(
          dbUrl,
          people != null ? people : this.people,
          answersEach,
          workers != null ? workers : this.workers,
          heapSessions != null ? heapSessions : this.heapSessions,
          scorerRound,
          startupRuns,
          poolSize != null ? poolSize : this.poolSize,
          parts != null ? parts : this.parts,
          chatNewPeople,
          chatPeople,
          chatSettings);
    }
  }

  private final BenchApp app;
  private final PrintStream progress;

  /**
   * @param app the application as it builds its parts (content, rules, engine, storage settings)
   * @param progress where progress lines go (standard error), never the report
   */
  public BenchRunner(BenchApp app, PrintStream progress) {
    this.app = app;
    this.progress = progress;
  }

  /** Runs everything and returns the report. */
  public BenchReport run(Options o) throws IOException, InterruptedException {
    String runId = UUID.randomUUID().toString().substring(0, 8);
    BenchReport report = new BenchReport();
    QuestionBank bank = app.bank();
    Scorer scorer = app.scorer();
    Path temp = Files.createTempDirectory("starcoach-bench-");
    report.put("load_average_at_start", loadAverage());
    try {
      if (o.parts().contains("scorer")) {
        say(
            "scorer: a %d-word full answer on one thread",
            BenchTexts.FULL_ANSWER.split(" ").length);
        ScorerBench.Result s =
            new ScorerBench(scorer, o.scorerRound().multipliedBy(3), o.scorerRound(), 5).run();
        report.put("scorer_answers_per_s", s.answersPerSecond());
        report.put("scorer_answers_per_wall_s", s.answersPerWallSecond());
        report.put("tokenize_per_s", s.tokenizePerSecond());
        report.put("score_vs_tokenize_ratio", s.ratio());
      }

      boolean postgres = o.dbUrl() != null && o.dbUrl().startsWith("jdbc:postgresql:");
      if (o.parts().contains("engine") || o.parts().contains("store")) {
        try (Storage storage = openStorage(o, o.dbUrl(), temp.resolve("engine"), 0)) {
          CoachEngine engine = app.engine(bank, scorer, storage);
          report.put("engine_store", postgres ? "postgresql" : "sqlite");
          report.put("pool_size", storage.settings().poolSize());
          int warmPeople = Math.max(10, o.people() / 10);
          EngineBench warm = new EngineBench(engine, storage.coachStores(), "bench-warm", runId);
          EngineBench bench = new EngineBench(engine, storage.coachStores(), "bench", runId);
          if (o.parts().contains("engine")) {
            say(
                "engine: warm-up, then %d people x %d answers on %s",
                o.people(), o.answersEach(), storage.describe());
            warm.run(new EngineBench.Options(warmPeople, o.answersEach(), o.workers()));
            EngineBench.Result e =
                bench.run(new EngineBench.Options(o.people(), o.answersEach(), o.workers()));
            report.put("engine_people", e.people());
            report.put("engine_workers", e.workers());
            report.put("engine_answers", e.answers());
            report.put("engine_answers_per_s", e.answersPerSecond());
            report.put("engine_cpu_ms_per_answer", e.cpuMsPerAnswer());
            report.put("engine_p50_ms", e.p50Ms());
            report.put("engine_p99_ms", e.p99Ms());
            report.put("engine_max_ms", e.maxMs());
            report.put("engine_p99_own_cpu_ms", e.p99OwnCpuMs());
            report.put("engine_errors", e.errors());
            report.put("lost_answers", e.lost());
          }

          StoreBench store = new StoreBench(storage.coachStores(), scorer, "bench-store", runId);
          if (o.parts().contains("store")) {
            say("store: %d writers x %d answers, no engine", o.people(), o.answersEach());
            StoreBench.Result st = store.run(o.people(), o.answersEach(), o.workers());
            report.put("storage_answers_per_s", st.answersPerSecond());
            report.put("storage_cpu_ms_per_answer", st.cpuMsPerAnswer());
          }
          if (postgres) {
            say("cleaning up the bench rows in the shared database");
            warm.forgetPeople(warmPeople);
            bench.forgetPeople(o.people());
            store.forgetPeople(o.people());
          }
        }
      }

      if (o.parts().contains("heap")) {
        say("heap: %d open sessions through the engine on SQLite", o.heapSessions());
        try (Storage storage = openStorage(o, "", temp.resolve("heap"), o.heapSessions())) {
          CoachEngine engine = app.engine(bank, scorer, storage);
          HeapBench.Result h =
              new HeapBench(engine, storage, runId).run(o.heapSessions(), o.workers());
          report.put("heap_sessions", h.sessions());
          report.put("heap_cached_sessions", h.cached());
          report.put("heap_bytes_per_session", h.bytesPerSession());
        }
      }

      if (o.parts().contains("chat")) {
        say(
            "chat: %d new people start while %d practising give %d answers each, through Slack",
            o.chatNewPeople(), o.chatPeople(), o.answersEach());
        try (Storage storage = openStorage(o, "", temp.resolve("chat"), 0)) {
          CoachEngine engine = app.engine(bank, scorer, storage);
          try (ChatLoad load = app.chatLoad(engine, storage, o.chatSettings())) {
            ChatBench.Result c =
                new ChatBench(load)
                    .run(
                        new ChatBench.Options(
                            o.chatNewPeople(), o.chatPeople(), o.answersEach(), o.chatSettings()));
            report.put("chat_new_people", o.chatNewPeople());
            report.put("chat_answers", c.answers());
            report.put("chat_answer_p50_ms", c.p50Ms());
            report.put("chat_answer_p99_ms", c.p99Ms());
            report.put("chat_answer_max_ms", c.maxMs());
            report.put("chat_answers_without_feedback", c.noFeedback());
            report.put("chat_new_people_started", c.newStarted());
            report.put("chat_new_first_question_p50_ms", c.newFirstP50Ms());
            report.put("chat_seconds", c.seconds());
          }
        }
      }

      if (o.startupRuns() > 0 && o.parts().contains("startup")) {
        say("start-up: fresh JVMs, %d run(s) each", o.startupRuns());
        Map<String, String> env = postgres ? app.databaseEnvironment(o.dbUrl()) : Map.of();
        StartupBench.Result up = new StartupBench(app, env).run(temp, o.startupRuns());
        report.put("console_start_ms", up.consoleMs());
        report.put("bot_start_ms", up.botMs());
        report.put("bot_start_phases", up.botPhases());
      }
      report.put("load_average_at_end", loadAverage());
      report.put("cores", Runtime.getRuntime().availableProcessors());
      report.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
      report.put("java", System.getProperty("java.version"));
      return report;
    } finally {
      deleteTree(temp);
    }
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private Storage openStorage(Options o, String dbUrl, Path dir, int minCache) {
    StorageSettings s = app.storageSettings(dbUrl == null ? "" : dbUrl, dir);
    int pool = o.poolSize() > 0 ? o.poolSize() : s.poolSize();
    int cache = Math.max(s.cacheMaxSessions(), minCache);
    return Storage.open(s.withPoolSize(pool).withCache(cache, s.cacheIdle()));
  }

  private void say(String format, Object... args) {
    progress.println("bench: " + String.format(format, args));
    progress.flush();
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
