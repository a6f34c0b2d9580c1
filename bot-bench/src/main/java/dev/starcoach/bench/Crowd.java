package dev.starcoach.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Many simulated people taking turns on a bounded pool of workers, the way an adapter's worker pool
 * serves a channel full of people: each turn does one action of one person, then the person goes to
 * the back of the queue until it has nothing left to do. Everyone is "in the middle of practising"
 * at once; only {@code workers} actions run at a time.
 */
final class Crowd {
  /** One simulated person. */
  interface Member {
    /** Does the next action; returns false when this person is done. */
    boolean turn();
  }

  private Crowd() {}

  /**
   * How long a crowd took.
   *
   * @param seconds wall-clock time
   * @param cpuSeconds CPU time of the whole process meanwhile (workers, GC, JIT, SQLite), or -1
   */
  record Timing(double seconds, double cpuSeconds) {
    /** CPU milliseconds per unit of work, or -1 when the CPU time is not known. */
    double cpuMsPer(long units) {
      return cpuSeconds < 0 || units == 0 ? -1 : cpuSeconds * 1000 / units;
    }
  }

  /**
   * Runs every member to the end on {@code workers} threads.
   *
   * @throws IllegalStateException when a turn threw, or the crowd did not finish in {@code limit}
   */
  static Timing run(List<? extends Member> members, int workers, long limitSeconds)
      throws InterruptedException {
    LinkedBlockingQueue<Member> queue = new LinkedBlockingQueue<>(members);
    AtomicInteger remaining = new AtomicInteger(members.size());
    AtomicReference<Throwable> failure = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(workers, named());
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    for (int w = 0; w < workers; w++) {
      pool.execute(
          () -> {
            try {
              while (remaining.get() > 0 && failure.get() == null) {
                Member m = queue.poll(20, TimeUnit.MILLISECONDS);
                if (m == null) {
                  continue;
                }
                if (m.turn()) {
                  queue.add(m);
                } else {
                  remaining.decrementAndGet();
                }
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            }
          });
    }
    pool.shutdown();
    boolean finished = pool.awaitTermination(limitSeconds, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    long cpuEnd = processCpuNanos();
    if (!finished) {
      pool.shutdownNow();
      throw new IllegalStateException(
          "the crowd did not finish within " + limitSeconds + " s (" + remaining + " left)");
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a simulated person failed: " + failure.get(), failure.get());
    }
    return new Timing(seconds, cpuStart < 0 || cpuEnd < 0 ? -1 : (cpuEnd - cpuStart) / 1e9);
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static ThreadFactory named() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "bench-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
