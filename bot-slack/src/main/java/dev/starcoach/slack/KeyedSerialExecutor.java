package dev.starcoach.slack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work after Slack's acknowledgement: tasks with the same key run one at a time, in the order
 * they were submitted (a person's answers are applied in the order they were sent); different keys
 * run in parallel on a small pool.
 */
final class KeyedSerialExecutor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KeyedSerialExecutor.class);

  private final ExecutorService pool;
  private final UnaryOperator<Runnable> decorator;
  private final ConcurrentHashMap<Object, CompletableFuture<Void>> tails =
      new ConcurrentHashMap<>();

  KeyedSerialExecutor(int threads) {
    this(threads, UnaryOperator.identity());
  }

  /**
   * @param decorator wraps each task when it is queued, on the queuing thread (the inbox uses it to
   *     learn when the work of an acknowledged event has run)
   */
  KeyedSerialExecutor(int threads, UnaryOperator<Runnable> decorator) {
    this.decorator = decorator;
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, "starcoach-slack-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    this.pool = Executors.newFixedThreadPool(threads, factory);
  }

  /** Queues a task behind the earlier tasks of the same key. */
  CompletableFuture<Void> submit(Object key, Runnable queued) {
    Runnable task = decorator.apply(queued);
    AtomicReference<CompletableFuture<Void>> created = new AtomicReference<>();
    tails.compute(
        key,
        (k, tail) -> {
          CompletableFuture<Void> previous =
              tail == null ? CompletableFuture.completedFuture(null) : tail;
          CompletableFuture<Void> next =
              previous.handle((ignored, error) -> null).thenRunAsync(guarded(task), pool);
          created.set(next);
          return next;
        });
    CompletableFuture<Void> next = created.get();
    next.whenComplete((ignored, error) -> tails.remove(key, next));
    return next;
  }

  /** Runs a task on the pool without ordering. */
  CompletableFuture<Void> run(Runnable task) {
    return CompletableFuture.runAsync(guarded(decorator.apply(task)), pool);
  }

  private static Runnable guarded(Runnable task) {
    return () -> {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.error("Slack work failed", e);
      }
    };
  }

  @Override
  public void close() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
