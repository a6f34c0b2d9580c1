package dev.starcoach.bench.storage;

import dev.starcoach.storage.StorageSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@link StorageBenchmark} on a SQLite file and on an embedded PostgreSQL (default server
 * settings: fsync and synchronous_commit on), and prints the figures. Not a test: run it with
 * {@code bot-bench/bench-storage.sh}.
 */
public final class EmbeddedPostgresBenchmark {
  private EmbeddedPostgresBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args optional: the number of sessions for the heap figure (default 100,000; 0 skips it),
   *     then {@code all}, {@code sqlite} or {@code postgres}
   */
  public static void main(String[] args) throws Exception {
    int heapSessions = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String which = args.length > 1 ? args[1] : "all";
    List<String> out = new ArrayList<>();
    if (!which.equals("postgres")) {
      Path dir = Files.createTempDirectory("starcoach-bench");
      out.addAll(StorageBenchmark.run(StorageSettings.sqliteIn(dir), "SQLite", heapSessions));
    }
    if (which.equals("sqlite")) {
      out.forEach(System.out::println);
      return;
    }
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start()) {
      StorageSettings settings =
          StorageSettings.postgres(
              "jdbc:postgresql://localhost:" + pg.getPort() + "/postgres", "postgres", null);
      out.addAll(StorageBenchmark.run(settings, "PostgreSQL", 0));
    }
    System.out.println();
    out.forEach(System.out::println);
  }
}
