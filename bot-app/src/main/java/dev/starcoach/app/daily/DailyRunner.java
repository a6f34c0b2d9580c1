package dev.starcoach.app.daily;

import dev.starcoach.core.daily.DailyQuestionService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls {@link DailyQuestionService#tick()} on a fixed delay (and once at start, which catches up a
 * post missed while the bot was down). The database claim inside the service keeps posts
 * exactly-once however many instances run this.
 */
public final class DailyRunner implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DailyRunner.class);

  private final DailyQuestionService service;
  private final Duration every;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "starcoach-daily");
            t.setDaemon(true);
            return t;
          });

  public DailyRunner(DailyQuestionService service, Duration every) {
    this.service = service;
    this.every = every;
  }

  /** Starts ticking. */
  public void start() {
    timer.scheduleWithFixedDelay(this::tickSafely, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void tickSafely() {
    try {
      service
          .tick()
          .forEach(
              outcome ->
                  LOG.info(
                      "daily question {} for {} on {}: {}",
                      outcome.questionId() == null ? "-" : outcome.questionId(),
                      outcome.place(),
                      outcome.occurrence(),
                      outcome.action()));
    } catch (RuntimeException e) {
      LOG.warn("daily question run failed, will retry: {}", e.toString());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
