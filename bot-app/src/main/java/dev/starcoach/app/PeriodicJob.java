package dev.starcoach.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a job on its own daemon thread with a fixed delay between runs. A failing run is logged and
 * retried at the next tick; it never stops the schedule. Used for the daily-question and reminder
 * services, whose database claims keep them exactly-once across instances.
 */
public final class PeriodicJob implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PeriodicJob.class);

  private final String name;
  private final Runnable job;
  private final ScheduledExecutorService timer;

  public PeriodicJob(String name, Runnable job) {
    this.name = name;
    this.job = job;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "starcoach-" + name);
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts running after {@code firstDelay}, then every {@code every}. */
  public void start(Duration firstDelay, Duration every) {
    timer.scheduleWithFixedDelay(
        this::runSafely, firstDelay.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void runSafely() {
    try {
      job.run();
    } catch (RuntimeException e) {
      LOG.warn("{} run failed, will retry: {}", name, e.toString());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
