package dev.starcoach.bench;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.scoring.rules.Tokenizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;

/**
 * Scores the 300-word full answer on one thread (so per core) and, in the same run, times the bare
 * tokenisation pass over the same text; the ratio says what the rules cost on top of reading the
 * words. Warm-up first, then alternating rounds; each figure is the median of its rounds.
 *
 * <p>Rates are per second of the thread's own CPU time (what one core does while it runs this
 * thread), so other processes on a shared machine do not deflate them; the wall-clock rate is
 * reported next to it.
 */
public final class ScorerBench {
  /**
   * The figures.
   *
   * @param answersPerSecond full answers scored per second of one core's CPU time
   * @param answersPerWallSecond the same per second of wall-clock time
   * @param tokenizePerSecond tokenisation passes over the same text per CPU second
   * @param ratio the cost of scoring over the cost of tokenising
   * @param words the words in the answer
   */
  public record Result(
      double answersPerSecond,
      double answersPerWallSecond,
      double tokenizePerSecond,
      double ratio,
      int words) {}

  private record Rate(double perCpuSecond, double perWallSecond) {}

  private final Scorer scorer;
  private final Duration warmUp;
  private final Duration round;
  private final int rounds;
  private long sink;

  public ScorerBench(Scorer scorer, Duration warmUp, Duration round, int rounds) {
    this.scorer = scorer;
    this.warmUp = warmUp;
    this.round = round;
    this.rounds = rounds;
  }

  /** Runs the warm-up and the rounds on the calling thread. */
  public Result run() {
    String text = BenchTexts.FULL_ANSWER;
    ScoreRequest request = new ScoreRequest(AnswerKind.FULL, text, Level.SDE2, null, 0);
    long warmUntil = System.nanoTime() + warmUp.toNanos();
    while (System.nanoTime() < warmUntil) {
      perSecond(() -> sink += scorer.assess(request).score(), Duration.ofMillis(50));
      perSecond(() -> sink += Tokenizer.tokenize(text).size(), Duration.ofMillis(50));
    }
    double[] scoring = new double[rounds];
    double[] scoringWall = new double[rounds];
    double[] tokenising = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      Rate s = perSecond(() -> sink += scorer.assess(request).score(), round);
      scoring[i] = s.perCpuSecond();
      scoringWall[i] = s.perWallSecond();
      tokenising[i] =
          perSecond(() -> sink += Tokenizer.tokenize(text).size(), round).perCpuSecond();
    }
    double score = median(scoring);
    double tokenize = median(tokenising);
    return new Result(
        score, median(scoringWall), tokenize, tokenize / score, Tokenizer.tokenize(text).size());
  }

  /** Keeps the JIT from discarding the work; meaningless otherwise. */
  long sink() {
    return sink;
  }

  private static Rate perSecond(Runnable work, Duration duration) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    long count = 0;
    long now;
    do {
      for (int i = 0; i < 16; i++) {
        work.run();
      }
      count += 16;
      now = System.nanoTime();
    } while (now < end);
    long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
    double wall = count / ((now - start) / 1e9);
    return new Rate(cpu > 0 ? count / (cpu / 1e9) : wall, wall);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
