package dev.starcoach.bench.storage;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.ScoredAnswer;
import dev.starcoach.core.store.SessionStore;
import dev.starcoach.storage.Storage;
import dev.starcoach.storage.StorageSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures what the storage can take: answers persisted per second (each a compare-and-set save of
 * a session with its one scored answer, in one transaction) and heap per cached idle session.
 *
 * <p>Run against any database with {@code java -cp ... dev.starcoach.bench.storage.StorageBenchmark
 * [JDBC_URL [USER]]} (password from {@code STARCOACH_DB_PASSWORD}); with no URL it uses a SQLite
 * file in a temporary directory. The test-side {@code EmbeddedPostgresBenchmark} runs it on SQLite
 * and on an embedded PostgreSQL. Numbers, not assertions: this is a benchmark, not a test.
 */
public final class StorageBenchmark {
  private static final String SITUATION =
      "Our checkout service read prices from a cache another team owned, and after every nightly"
          + " import about 2% of prices stayed stale for hours, which customers noticed at"
          + " checkout and support had to refund.";
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private StorageBenchmark() {}

  /**
   * Answers persisted per second.
   *
   * @param lookups true to read the open session before each save, as the engine does
   */
  public record Throughput(
      String database,
      int threads,
      boolean lookups,
      int answers,
      Duration elapsed,
      Duration processCpu) {
    /** Stored answers per second. */
    public double perSecond() {
      return answers / (elapsed.toNanos() / 1e9);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-10s threads=%d %-14s %,7d answers in %6.2f s = %,7.0f answers/s,"
              + " JVM CPU %4.0f us/answer",
          database,
          threads,
          lookups ? "findOpen+save" : "save",
          answers,
          elapsed.toNanos() / 1e9,
          perSecond(),
          processCpu.toNanos() / 1e3 / answers);
    }
  }

  /** Heap retained by the session cache, measured after full collections. */
  public record HeapUse(int sessions, int answersPerSession, long before, long after) {
    /** Bytes of heap per cached session. */
    public long bytesPerSession() {
      return (after - before) / sessions;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%,d cached sessions with %d answer(s) each: %,d bytes retained = %,d bytes per session",
          sessions,
          answersPerSession,
          after - before,
          bytesPerSession());
    }
  }

  /**
   * Saves {@code sessionsPerThread} drills per thread through all five steps, each save carrying
   * one scored answer, after a warm-up round; returns the measured round.
   */
  public static Throughput answersPerSecond(
      Storage storage, String label, int threads, int sessionsPerThread, boolean lookups)
      throws Exception {
    runRound(
        storage.coachStores().sessions(), threads, Math.max(1, sessionsPerThread / 4), lookups);
    long[] wallAndCpu =
        runRound(storage.coachStores().sessions(), threads, sessionsPerThread, lookups);
    return new Throughput(
        label,
        threads,
        lookups,
        threads * sessionsPerThread * 5,
        Duration.ofNanos(wallAndCpu[0]),
        Duration.ofNanos(wallAndCpu[1]));
  }

  /** Returns the wall-clock and the JVM process CPU nanoseconds of the timed part. */
  private static long[] runRound(SessionStore store, int threads, int sessions, boolean lookups)
      throws Exception {
    List<List<PracticeSession>> started = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<PracticeSession> mine = new ArrayList<>();
      for (int i = 0; i < sessions; i++) {
        mine.add(store.save(newDrill(key(), 0), List.of()));
      }
      started.add(mine);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Void>> work = new ArrayList<>();
      for (List<PracticeSession> mine : started) {
        work.add(
            () -> {
              for (PracticeSession s : mine) {
                PracticeSession current = s;
                for (int step = 0; step < 5; step++) {
                  if (lookups) {
                    current = store.findOpen(current.key()).orElseThrow();
                  }
                  ScoredAnswer row = scored(current, SITUATION);
                  current = store.save(answered(current, SITUATION), List.of(row));
                }
              }
              return null;
            });
      }
      long cpuStart = processCpuNanos();
      long start = System.nanoTime();
      List<Future<Void>> futures = pool.invokeAll(work);
      for (Future<Void> f : futures) {
        f.get();
      }
      return new long[] {System.nanoTime() - start, processCpuNanos() - cpuStart};
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Stores {@code sessions} open drills with {@code answersPerSession} answers each, then reads
   * each once through a fresh storage so its cache holds them all, and measures the heap it
   * retains. {@code storageSettings} must allow at least that many cached sessions.
   */
  public static HeapUse heapPerCachedSession(
      StorageSettings storageSettings, int sessions, int answersPerSession) throws Exception {
    List<SessionKey> keys = new ArrayList<>(sessions);
    try (Storage filling = Storage.open(storageSettings.withCache(0, Duration.ofMinutes(1)))) {
      SessionStore store = filling.coachStores().sessions();
      int threads = 4;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Callable<List<SessionKey>>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int count = sessions / threads + (t < sessions % threads ? 1 : 0);
          work.add(
              () -> {
                List<SessionKey> mine = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                  PracticeSession s = newDrill(key(), answersPerSession);
                  store.save(s, List.of());
                  mine.add(s.key());
                }
                return mine;
              });
        }
        for (Future<List<SessionKey>> f : pool.invokeAll(work)) {
          keys.addAll(f.get());
        }
      } finally {
        pool.shutdownNow();
      }
    }
    try (Storage storage = Storage.open(storageSettings)) {
      SessionStore store = storage.coachStores().sessions();
      store.findOpen(key());
      long before = usedHeapAfterGc();
      for (SessionKey key : keys) {
        store.findOpen(key).orElseThrow();
      }
      long after = usedHeapAfterGc();
      if (storage.cachedSessions() < sessions) {
        throw new IllegalStateException(
            "the cache kept only " + storage.cachedSessions() + " of " + sessions + " sessions");
      }
      return new HeapUse(sessions, answersPerSession, before, after);
    }
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(200);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static SessionKey key() {
    return SessionKey.of(
        "discord", "123456789012345678/234567890123456789", "U" + UUID.randomUUID());
  }

  private static PracticeSession newDrill(SessionKey key, int answers) {
    PracticeSession s =
        new PracticeSession(
            UUID.randomUUID().toString(),
            key,
            SessionMode.DRILL,
            "ownership-stale-cache",
            Level.SDE2,
            Phase.STEPS,
            0,
            List.of(),
            List.of(),
            0,
            T0,
            T0,
            T0,
            0);
    for (int i = 0; i < answers; i++) {
      s = answered(s, SITUATION);
    }
    return s;
  }

  private static PracticeSession answered(PracticeSession s, String text) {
    Step step = Step.values()[s.position()];
    Instant at = T0.plusSeconds(20L * (s.position() + 1));
    RecordedAnswer answer =
        new RecordedAnswer(
            AnswerKind.of(step),
            s.position(),
            step.label(),
            text,
            72,
            14.8,
            30,
            41_250,
            at,
            false,
            dev.starcoach.core.content.Verdict.HIRE,
            java.util.List.of(),
            java.util.List.of());
    int next = s.position() + 1;
    return s.withAnswer(answer)
        .advance(next < Step.values().length ? Phase.STEPS : Phase.FINISHED, next, at);
  }

  private static ScoredAnswer scored(PracticeSession s, String text) {
    Step step = Step.values()[s.position()];
    return new ScoredAnswer(
        UUID.randomUUID().toString(),
        s.id(),
        s.key(),
        s.questionId(),
        Principle.OWNERSHIP,
        s.mode(),
        AnswerKind.of(step),
        s.level(),
        text,
        72,
        14.8,
        30,
        41_250,
        List.of(
            new Finding(FindingCategory.NO_METRIC, "Name the number and its baseline.", ""),
            new Finding(FindingCategory.I_STATEMENTS, "Clear ownership.", "I")),
        T0.plusSeconds(20L * (s.position() + 1)));
  }

  /** Runs the benchmark on the given database URL, or on a temporary SQLite file. */
  public static void main(String[] args) throws Exception {
    StorageSettings settings;
    if (args.length == 0) {
      Path dir = Files.createTempDirectory("starcoach-bench");
      settings = StorageSettings.sqliteIn(dir);
    } else {
      settings =
          StorageSettings.postgres(
              args[0], args.length > 1 ? args[1] : null, System.getenv("STARCOACH_DB_PASSWORD"));
    }
    String label = settings.isPostgres() ? "PostgreSQL" : "SQLite";
    for (String line : run(settings, label, 100_000)) {
      System.out.println(line);
    }
  }

  /** The standard run: throughput at 1 and 4 threads (save, then findOpen+save), then heap. */
  public static List<String> run(StorageSettings settings, String label, int heapSessions)
      throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("# " + label + " " + settings.safeUrl() + ", " + describeMachine());
    try (Storage storage = Storage.open(settings.withPoolSize(Math.max(8, settings.poolSize())))) {
      for (int threads : new int[] {1, 4, 8}) {
        for (boolean lookups : new boolean[] {false, true}) {
          String line =
              answersPerSecond(storage, label, threads, 4_000 / threads, lookups).toString();
          System.err.println(line);
          lines.add(line);
        }
      }
    }
    if (heapSessions > 0) {
      StorageSettings cached = settings.withCache(heapSessions + 1, Duration.ofHours(1));
      for (int answers : new int[] {0, 1}) {
        String line = heapPerCachedSession(cached, heapSessions, answers).toString();
        System.err.println(line);
        lines.add(line);
      }
    }
    return lines;
  }

  private static String describeMachine() {
    Runtime rt = Runtime.getRuntime();
    return String.format(
        Locale.ROOT,
        "%d CPUs, Java %s, max heap %,d MB",
        rt.availableProcessors(),
        System.getProperty("java.version"),
        rt.maxMemory() / (1024 * 1024));
  }
}
