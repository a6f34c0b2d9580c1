package dev.starcoach.bench;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.Conversation;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.ScoredAnswer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many people practising drills at once through the real {@link CoachEngine} on real storage. Each
 * person starts a drill, answers its five steps, starts another, and so on until it has given its
 * answers. The time of an answer runs from handing it to the engine to receiving its {@link
 * CoachReply.AnswerFeedback} (which the engine sends only after the answer is stored). Afterwards
 * every acknowledged answer is looked up in the store.
 */
public final class EngineBench {
  private static final Step[] STEPS = Step.values();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /**
   * How big a run is.
   *
   * @param people simulated people practising at once
   * @param answersEach answers each person gives (drills of five steps, back to back)
   * @param workers the bounded pool the engine calls run on
   */
  public record Options(int people, int answersEach, int workers) {}

  /**
   * The figures of one run.
   *
   * @param answers answers handed to the engine
   * @param acknowledged answers that got their feedback
   * @param unacknowledged answers handed over that never got feedback
   * @param missingFromStore acknowledged answers not found in the store afterwards
   * @param errors error replies of any kind (storage unavailable, conflicts...)
   * @param cpuMsPerAnswer process CPU time per answer (starts included), in milliseconds
   * @param p99OwnCpuMs the 99th percentile of the CPU time the handling thread itself spent on an
   *     answer: far below {@code p99Ms} means the tail is waiting (for a core or a lock), not work
   */
  public record Result(
      int people,
      int workers,
      long answers,
      double seconds,
      double answersPerSecond,
      double p50Ms,
      double p99Ms,
      double maxMs,
      double cpuMsPerAnswer,
      double p99OwnCpuMs,
      long acknowledged,
      long unacknowledged,
      long missingFromStore,
      long errors) {
    /** Answers lost: acknowledged but not stored, plus never acknowledged. Must be 0. */
    public long lost() {
      return unacknowledged + missingFromStore;
    }
  }

  private final CoachEngine engine;
  private final CoachStores stores;
  private final String platform;
  private final String runId;

  /**
   * A bench on an engine and the stores it writes to.
   *
   * @param platform the platform name of the simulated people's ids (kept apart from real data)
   * @param runId makes this run's ids unique, so runs can share a database
   */
  public EngineBench(CoachEngine engine, CoachStores stores, String platform, String runId) {
    this.engine = engine;
    this.stores = stores;
    this.platform = platform;
    this.runId = runId;
  }

  /** Runs the crowd, then checks the store for every acknowledged answer. */
  public Result run(Options options) throws InterruptedException {
    long[] latencies = new long[options.people() * options.answersEach()];
    long[] ownCpu = new long[latencies.length];
    AtomicInteger recorded = new AtomicInteger();
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < options.people(); i++) {
      people.add(new Person(i, options.answersEach(), latencies, ownCpu, recorded));
    }
    Crowd.Timing timing = Crowd.run(people, options.workers(), 900);
    double seconds = timing.seconds();
    long answers = 0;
    long acknowledged = 0;
    long errors = 0;
    long missing = 0;
    for (Person p : people) {
      answers += p.handed;
      acknowledged += p.acknowledged.size();
      errors += p.errors;
      Set<String> stored = new HashSet<>();
      for (ScoredAnswer a : stores.history().answersOf(p.key.person())) {
        stored.add(a.text());
      }
      for (String text : p.acknowledged) {
        if (!stored.contains(text)) {
          missing++;
        }
      }
    }
    long[] sorted = Arrays.copyOf(latencies, recorded.get());
    Arrays.sort(sorted);
    long[] sortedCpu = Arrays.copyOf(ownCpu, recorded.get());
    Arrays.sort(sortedCpu);
    return new Result(
        options.people(),
        options.workers(),
        answers,
        seconds,
        answers / seconds,
        percentile(sorted, 50),
        percentile(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
        timing.cpuMsPer(answers),
        percentile(sortedCpu, 99),
        acknowledged,
        answers - acknowledged,
        missing,
        errors);
  }

  /** Deletes every simulated person's data (for runs on a shared database). */
  public void forgetPeople(int people) {
    for (int i = 0; i < people; i++) {
      stores.eraser().forget(key(i).person());
    }
  }

  /** Nearest-rank percentile of sorted nanosecond values, in milliseconds. */
  static double percentile(long[] sortedNanos, int percent) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
    return sortedNanos[Math.max(0, rank - 1)] / 1e6;
  }

  private SessionKey key(int index) {
    return SessionKey.of(platform, "bench-channel-" + (index % 20), runId + "-" + index);
  }

  /** One person: drills back to back, keeping what the engine said. */
  private final class Person implements Crowd.Member, Conversation {
    private final int index;
    private final SessionKey key;
    private final int answersEach;
    private final long[] latencies;
    private final long[] ownCpu;
    private final AtomicInteger recorded;
    private final List<CoachReply> replies = new ArrayList<>();
    private final List<String> acknowledged = new ArrayList<>();
    private int stepInDrill = -1;
    private int handed;
    private int errors;
    private int failedStarts;
    private String pending;
    private long sentAt;
    private boolean prompted;

    private long cpuAt;

    Person(int index, int answersEach, long[] latencies, long[] ownCpu, AtomicInteger recorded) {
      this.index = index;
      this.key = key(index);
      this.answersEach = answersEach;
      this.latencies = latencies;
      this.ownCpu = ownCpu;
      this.recorded = recorded;
    }

    @Override
    public boolean turn() {
      if (stepInDrill < 0) {
        prompted = false;
        engine.handle(key, new CoachEvent.StartPractice(SessionMode.DRILL, null, null), this);
        if (prompted) {
          stepInDrill = 0;
        } else if (++failedStarts > 20) {
          throw new IllegalStateException(
              "person " + index + " could not start a drill: " + replies.get(replies.size() - 1));
        }
        return true;
      }
      String text =
          BenchTexts.stepAnswer(STEPS[stepInDrill])
              + " ["
              + runId
              + " "
              + index
              + "."
              + handed
              + "]";
      pending = text;
      handed++;
      cpuAt = THREADS.getCurrentThreadCpuTime();
      sentAt = System.nanoTime();
      engine.handle(key, new CoachEvent.SubmitAnswer(text), this);
      if (pending == null) {
        stepInDrill = stepInDrill + 1 == STEPS.length ? -1 : stepInDrill + 1;
      }
      pending = null;
      return handed < answersEach;
    }

    @Override
    public void send(CoachReply reply) {
      replies.add(reply);
      if (reply instanceof CoachReply.AnswerFeedback && pending != null) {
        long wall = System.nanoTime() - sentAt;
        int at = recorded.getAndIncrement();
        latencies[at] = wall;
        ownCpu[at] = THREADS.getCurrentThreadCpuTime() - cpuAt;
        acknowledged.add(pending);
        pending = null;
      } else if (reply instanceof CoachReply.StepPrompt) {
        prompted = true;
      } else if (reply instanceof CoachReply.ErrorNotice) {
        errors++;
      }
    }
  }
}
