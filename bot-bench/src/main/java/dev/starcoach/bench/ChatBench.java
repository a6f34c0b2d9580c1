package dev.starcoach.bench;

import dev.starcoach.core.content.Step;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A chat adapter under load: {@code newPeople} people who never talked to the bot start a drill at
 * once (the adapter has to open a DM for each, which the platform answers slowly and at its rate
 * limit) while {@code existingPeople} people already practising in their DMs give {@code
 * answersEach} answers each, one after another as a person would (the next once the replies to the
 * last have arrived). The figure is the time from the adapter's acknowledgement of an answer to the
 * first post it made afterwards in that person's DM (the feedback).
 */
public final class ChatBench {
  /**
   * The sizes.
   *
   * @param newPeople people starting at once whose DM must be opened
   * @param existingPeople people already practising
   * @param answersEach answers each existing person gives (drills of five, back to back)
   * @param settings the stand-in's behaviour
   */
  public record Options(
      int newPeople, int existingPeople, int answersEach, ChatLoad.Settings settings) {}

  /**
   * The figures.
   *
   * @param answers answers acknowledged
   * @param p50Ms median time from acknowledgement to feedback posted
   * @param p99Ms its 99th percentile
   * @param maxMs the slowest
   * @param noFeedback answers acknowledged whose feedback never came (within a minute)
   * @param newStarted new people whose first question reached their DM during the run
   * @param newFirstP50Ms median time from a new person's acknowledged command to their first
   *     question, over those started
   * @param seconds wall-clock length of the loaded run
   */
  public record Result(
      int answers,
      double p50Ms,
      double p99Ms,
      double maxMs,
      int noFeedback,
      int newStarted,
      double newFirstP50Ms,
      double seconds) {}

  private static final Duration FEEDBACK_WAIT = Duration.ofMinutes(1);

  private final ChatLoad load;

  public ChatBench(ChatLoad load) {
    this.load = load;
  }

  /** Runs the load and collects the figures. */
  public Result run(Options o) throws IOException, InterruptedException {
    Duration quiet = o.settings().perChannelInterval().plusMillis(300);
    List<String> existing = new ArrayList<>();
    for (int i = 0; i < o.existingPeople(); i++) {
      existing.add(String.format("U0OLD%05d", i));
    }
    for (String person : existing) {
      load.message(person, "/practice drill");
    }
    for (String person : existing) {
      awaitPosts(person, 1, FEEDBACK_WAIT);
      awaitQuiet(person, quiet);
    }

    ExecutorService people = Executors.newFixedThreadPool(o.existingPeople() + 4);
    try {
      long started = System.nanoTime();
      long[] newAcks = new long[o.newPeople()];
      List<Future<?>> newcomers = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int first = w;
        newcomers.add(
            people.submit(
                () -> {
                  for (int i = first; i < o.newPeople(); i += 4) {
                    load.startNew(newPerson(i), "practice drill");
                    newAcks[i] = System.nanoTime();
                  }
                  return null;
                }));
      }
      List<Future<long[]>> answering = new ArrayList<>();
      for (String person : existing) {
        answering.add(people.submit(() -> answer(person, o.answersEach(), quiet)));
      }
      List<Long> times = new ArrayList<>();
      int noFeedback = 0;
      for (Future<long[]> f : answering) {
        for (long t : get(f)) {
          if (t < 0) {
            noFeedback++;
          } else {
            times.add(t);
          }
        }
      }
      for (Future<?> f : newcomers) {
        get(f);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      List<Long> firsts = new ArrayList<>();
      for (int i = 0; i < o.newPeople(); i++) {
        List<Long> posts = load.postsTo(newPerson(i));
        if (!posts.isEmpty()) {
          firsts.add(posts.get(0) - newAcks[i]);
        }
      }
      long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
      long[] firstSorted = firsts.stream().mapToLong(Long::longValue).sorted().toArray();
      return new Result(
          sorted.length + noFeedback,
          percentileMs(sorted, 0.50),
          percentileMs(sorted, 0.99),
          percentileMs(sorted, 1.0),
          noFeedback,
          firstSorted.length,
          percentileMs(firstSorted, 0.50),
          seconds);
    } finally {
      people.shutdownNow();
    }
  }

  /** One person's answers; each entry is nanoseconds from ack to feedback, or -1 for none. */
  private long[] answer(String person, int answers, Duration quiet) throws Exception {
    long[] out = new long[answers];
    Arrays.fill(out, -1);
    Step[] steps = Step.values();
    for (int i = 0; i < answers; i++) {
      if (i > 0 && i % 5 == 0) {
        int before = load.postsTo(person).size();
        load.message(person, "/practice drill");
        awaitPosts(person, before + 1, FEEDBACK_WAIT);
        awaitQuiet(person, quiet);
      }
      int before = load.postsTo(person).size();
      load.message(person, BenchTexts.stepAnswer(steps[i % 5 % steps.length]));
      long acked = System.nanoTime();
      if (!awaitPosts(person, before + 1, FEEDBACK_WAIT)) {
        continue;
      }
      out[i] = Math.max(0, load.postsTo(person).get(before) - acked);
      awaitQuiet(person, quiet);
    }
    return out;
  }

  private boolean awaitPosts(String person, int count, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (load.postsTo(person).size() < count) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(2);
    }
    return true;
  }

  /** Waits until nothing more was posted to the person for {@code quiet}. */
  private void awaitQuiet(String person, Duration quiet) throws InterruptedException {
    while (true) {
      List<Long> posts = load.postsTo(person);
      long last = posts.isEmpty() ? 0 : posts.get(posts.size() - 1);
      long left = last + quiet.toNanos() - System.nanoTime();
      if (left <= 0) {
        return;
      }
      Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
    }
  }

  private static String newPerson(int i) {
    return String.format("U1NEW%05d", i);
  }

  private static double percentileMs(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static <T> T get(Future<T> f) throws IOException, InterruptedException {
    try {
      return f.get();
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof InterruptedException ie) {
        throw ie;
      }
      throw new IllegalStateException("the chat bench failed: " + cause, cause);
    }
  }
}
