package dev.starcoach.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.starcoach.app.AppEnvironment;
import dev.starcoach.app.Wiring;
import dev.starcoach.app.config.AppConfig;
import dev.starcoach.bench.BenchReport;
import dev.starcoach.bench.BenchRunner;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine bench on a real, embedded PostgreSQL (synchronous commit on), so PostgreSQL figures
 * can be produced offline. By default a small run that checks nothing is lost; with {@code
 * -Dstarcoach.bench.full=true} the full 1,000-person run, whose figures are written to {@code
 * bot-app/target/bench-postgresql.json} ({@code -Dstarcoach.bench.pool=N} sets the connection pool,
 * default {@code storage.pool_size}):
 *
 * <pre>
 * mvn -B -pl bot-app -am verify -Dtest=PostgresEngineBenchTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dstarcoach.bench.full=true
 * </pre>
 */
class PostgresEngineBenchTest {

  @Test
  void engineOnPostgresLosesNoAcknowledgedAnswer() throws Exception {
    // GIVEN a fresh database on the embedded server and the app's real wiring
    boolean full = Boolean.getBoolean("starcoach.bench.full");
    String url = EmbeddedPostgresForTests.newDatabase("bench");
    PrintStream progress = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    AppEnvironment env =
        new AppEnvironment(
            Map.of("STARCOACH_DB_USER", "postgres"),
            new ByteArrayInputStream(new byte[0]),
            progress,
            progress,
            RepoRoot.find());
    Wiring wiring = new Wiring(env, AppConfig::defaults);
    BenchRunner.Options base =
        full ? BenchRunner.Options.full(url) : BenchRunner.Options.quick(url);
    BenchRunner.Options options =
        new BenchRunner.Options(
            url,
            full ? base.people() : 40,
            base.answersEach(),
            base.workers(),
            full ? 10_000 : 500,
            full ? base.scorerRound() : Duration.ofMillis(100),
            0,
            Integer.getInteger("starcoach.bench.pool", 0),
            Set.of("engine", "store"));

    // WHEN the bench runs on it
    BenchReport report = new BenchRunner(new AppBench(wiring), progress).run(options);

    // THEN every acknowledged answer is in PostgreSQL
    if (full) {
      Files.writeString(Path.of("target", "bench-postgresql.json"), report.toJson() + "\n");
    }
    System.out.println(report.toJson());
    assertEquals("postgresql", report.figures().get("engine_store"));
    assertEquals(0.0, report.number("lost_answers"), report.toJson());
    assertEquals(0.0, report.number("engine_errors"), report.toJson());
  }
}
