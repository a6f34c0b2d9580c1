package dev.starcoach.bench.scorer;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.rules.RuleScorer;
import dev.starcoach.core.scoring.rules.Tokenizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Locale;

/**
 * A plain timed-loop benchmark of the rule scorer on one thread: full 300-word answers scored per
 * second, and how many times more a score costs than a bare tokenisation pass ({@link
 * Tokenizer#tokenize}) over the same text. Slices of scoring and tokenising alternate, so both see
 * the same machine conditions. Run it with {@code main} or from the app's {@code bench} command.
 */
public final class ScorerBenchmark {
  private ScorerBenchmark() {}

  /**
   * The figures of one run.
   *
   * @param answersPerSecond full answers scored per CPU-second of the benchmark thread (per core)
   * @param tokenizeRatio CPU time to score an answer divided by CPU time to tokenise it
   * @param tokenizationsPerSecond bare tokenisation passes per CPU-second
   * @param wallAnswersPerSecond full answers scored per wall-clock second (lower on a busy machine)
   * @param words words in the benchmark answer
   * @param answersScored answers scored in the measured part of the run
   */
  public record Result(
      double answersPerSecond,
      double tokenizeRatio,
      double tokenizationsPerSecond,
      double wallAnswersPerSecond,
      int words,
      long answersScored) {

    /** A one-paragraph summary for people. */
    public String summary() {
      return String.format(
          Locale.ROOT,
          "full answers (%d words): %,.0f scored per CPU-second on one core (%,.0f per wall-clock "
              + "second); bare tokenisation: %,.0f per CPU-second; scoring costs %.1fx a "
              + "tokenisation pass (%,d answers measured)",
          words,
          answersPerSecond,
          wallAnswersPerSecond,
          tokenizationsPerSecond,
          tokenizeRatio,
          answersScored);
    }
  }

  private static volatile long sink;

  /** Runs for about {@code duration} (a quarter of it warm-up) with the bundled rules. */
  public static Result run(Duration duration) {
    return run(RuleScorer.withDefaults(), duration);
  }

  /** Runs for about {@code duration} (a quarter of it warm-up) with the given scorer. */
  public static Result run(RuleScorer scorer, Duration duration) {
    String text = sampleAnswer();
    ScoreRequest request = ScoreRequest.of(AnswerKind.FULL, text, Level.SDE2);
    long total = Math.max(200_000_000L, duration.toNanos());
    long warm = total / 4;
    long end = System.nanoTime() + warm;
    while (System.nanoTime() < end) {
      sink += scorer.assess(request).score();
      sink += Tokenizer.tokenize(text).size();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long slice = 100_000_000L;
    long scoreWall = 0;
    long scoreCpu = 0;
    long scoreCount = 0;
    long tokCpu = 0;
    long tokCount = 0;
    long measureEnd = System.nanoTime() + (total - warm);
    while (System.nanoTime() < measureEnd) {
      long c0 = cpu ? threads.getCurrentThreadCpuTime() : 0;
      long t0 = System.nanoTime();
      long n = 0;
      while (System.nanoTime() - t0 < slice / 2) {
        for (int i = 0; i < 16; i++) {
          sink += scorer.assess(request).score();
        }
        n += 16;
      }
      long t1 = System.nanoTime();
      long c1 = cpu ? threads.getCurrentThreadCpuTime() : 0;
      scoreWall += t1 - t0;
      scoreCpu += cpu ? c1 - c0 : t1 - t0;
      scoreCount += n;
      n = 0;
      while (System.nanoTime() - t1 < slice / 2) {
        for (int i = 0; i < 64; i++) {
          sink += Tokenizer.tokenize(text).size();
        }
        n += 64;
      }
      long c2 = cpu ? threads.getCurrentThreadCpuTime() : 0;
      tokCpu += cpu ? c2 - c1 : System.nanoTime() - t1;
      tokCount += n;
    }
    double perScore = (double) scoreCpu / scoreCount;
    double perTok = (double) tokCpu / tokCount;
    return new Result(
        1e9 / perScore,
        perScore / perTok,
        1e9 / perTok,
        1e9 * scoreCount / scoreWall,
        Tokenizer.tokenize(text).size(),
        scoreCount);
  }

  /** Prints one run; the optional argument is the duration in seconds (default 10). */
  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    Result r = run(Duration.ofMillis((long) (seconds * 1000)));
    System.out.println(r.summary());
  }

  /** The benchmark's full answer: a strong STAR story of about 300 words. */
  public static String sampleAnswer() {
    return "Last spring the order-export queue at my company started backing up every evening. "
        + "By 9pm about 18,000 messages were waiting, and warehouse partners received their pick "
        + "lists up to three hours late, which pushed next-day deliveries to the day after. "
        + "The queue and its consumers belonged to the integrations team, not mine, and there "
        + "was no ticket because the backlog always drained by morning. Nobody had asked me to "
        + "look, but I set myself a goal of keeping the backlog under ten minutes at peak. "
        + "I pulled a week of consumer metrics and lined them up with the partner delivery "
        + "logs. I found that one partner's endpoint slowed down after 7pm and that our "
        + "consumer retried it in-line, blocking every other partner behind it. I reproduced "
        + "the stall in staging with a fake slow endpoint. I wrote a change that moves slow "
        + "deliveries to a separate retry queue with backoff, and I added a per-partner "
        + "timeout. I load-tested it at twice our peak volume, wrote up the results with a "
        + "rollout plan, and walked the integrations lead through it. I paired with their "
        + "on-call engineer during the rollout and watched the backlog graph for a week. "
        + "The evening backlog fell from 18,000 messages to under 400, and pick lists now "
        + "arrive within eight minutes instead of three hours. Late next-day deliveries "
        + "dropped by 64%, which support estimated at about 900 fewer complaint tickets a "
        + "month. The integrations team adopted the separate retry queue as the default "
        + "for every new partner connector. "
        + "I learned that in-line retries turn one slow dependency into an outage for "
        + "everyone sharing the consumer, so I now isolate retries per dependency from the "
        + "start. The deeper cause was that nobody owned partner latency end to end, so I "
        + "proposed a per-partner delivery SLO that the integrations team now reviews "
        + "every month.";
  }
}
