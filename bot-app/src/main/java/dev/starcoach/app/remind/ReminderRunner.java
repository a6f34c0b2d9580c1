package dev.starcoach.app.remind;

import dev.starcoach.core.remind.ReminderService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls {@link ReminderService#tick()} on a fixed delay, the first time a minute after start (so
 * the adapters are connected). The database claim inside the service keeps each reminder
 * exactly-once however many instances run this.
 */
public final class ReminderRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReminderRunner.class);
  private static final Duration FIRST_DELAY = Duration.ofMinutes(1);

  private final ReminderService service;
  private final Duration every;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "starcoach-reminders");
            t.setDaemon(true);
            return t;
          });

  public ReminderRunner(ReminderService service, Duration every) {
    this.service = service;
    this.every = every;
  }

  /** Starts ticking. */
  public void start() {
    timer.scheduleWithFixedDelay(
        this::tickSafely, FIRST_DELAY.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void tickSafely() {
    try {
      service
          .tick()
          .forEach(
              outcome ->
                  LOG.info(
                      "reminder for session {} ({}): {}{}",
                      outcome.sessionId(),
                      outcome.key().person().platform(),
                      outcome.action(),
                      outcome.detail() == null ? "" : " (" + outcome.detail() + ")"));
    } catch (RuntimeException e) {
      LOG.warn("reminder run failed, will retry: {}", e.toString());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
