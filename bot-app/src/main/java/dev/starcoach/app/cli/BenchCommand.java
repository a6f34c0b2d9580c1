package dev.starcoach.app.cli;

import dev.starcoach.app.Wiring;
import dev.starcoach.app.bench.AppBench;
import dev.starcoach.bench.BenchReport;
import dev.starcoach.bench.BenchRunner;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code starcoach bench [--json] [--quick] [--db-url URL]}: measures the scorer, the engine under
 * load on real storage, heap per open session and start-up time. See docs/PERFORMANCE.md.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      // one string per paragraph: picocli wraps each at word boundaries
      "Measure the scorer, the engine under load (1,000 people practising at once) on real"
          + " storage, heap per open session, start-up time, and the Slack bot's time from ack to"
          + " feedback while 200 new people start (chat).",
      "SQLite in a temporary folder unless --db-url or STARCOACH_DB_URL names a database (user"
          + " and password from STARCOACH_DB_USER / STARCOACH_DB_PASSWORD). Exit status 1 when an"
          + " answer was lost. Figures and targets: docs/PERFORMANCE.md."
    })
public final class BenchCommand implements Callable<Integer> {
  @Option(names = "--json", description = "Print one JSON object with every figure.")
  boolean json;

  @Option(names = "--quick", description = "A short run with small sizes (figures are rough).")
  boolean quick;

  @Option(
      names = "--db-url",
      paramLabel = "URL",
      description = "JDBC URL of the database for the engine run (default: STARCOACH_DB_URL).")
  String dbUrl;

  @Option(
      names = "--people",
      paramLabel = "N",
      description = "Simulated people practising at once (default 1000; 50 with --quick).")
  Integer people;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "Worker threads calling the engine (default 8, like the Discord adapter).")
  Integer workers;

  @Option(
      names = "--sessions",
      paramLabel = "N",
      description = "Open sessions for the heap figure (default 100000; 2000 with --quick).")
  Integer sessions;

  @Option(
      names = "--pool",
      paramLabel = "N",
      description = "Database connections (default: storage.pool_size from the config).")
  Integer pool;

  @Option(
      names = "--only",
      paramLabel = "PART",
      split = ",",
      description = "Run only these parts: scorer, engine, store, heap, startup, chat.")
  Set<String> only;

  private final Wiring wiring;

  public BenchCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() throws Exception {
    String url = dbUrl != null ? dbUrl.strip() : wiring.environment().get(Wiring.DB_URL);
    BenchRunner.Options o = quick ? BenchRunner.Options.quick(url) : BenchRunner.Options.full(url);
    o = o.with(people, workers, sessions, pool, only);
    BenchReport report = new BenchRunner(new AppBench(wiring), wiring.environment().err()).run(o);
    PrintWriter out =
        new PrintWriter(
            new java.io.OutputStreamWriter(wiring.environment().out(), StandardCharsets.UTF_8),
            true);
    if (json) {
      out.println(report.toJson());
    } else {
      report.printTable(out);
    }
    out.flush();
    return report.number("lost_answers") > 0 ? 1 : 0;
  }
}
