package dev.starcoach.slack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work after Slack's acknowledgement: tasks with the same key run one at a time, in the order
 * they were submitted (a person's answers are applied in the order they were sent); different keys
 * run in parallel on a small pool.
 *
 * <p>A staged task ({@link #submitStaged}) runs its quick part (the engine call) on the pool and
 * returns a stage for what waits on Slack (a DM being opened, a thread being started). The pool
 * thread is free at once; only the same key's next task waits for that stage, without a thread, so
 * a person's replies stay in order and nobody else waits for them.
 */
final class KeyedSerialExecutor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KeyedSerialExecutor.class);

  private final ExecutorService pool;
  private final UnaryOperator<Runnable> decorator;
  private final UnaryOperator<Supplier<CompletionStage<?>>> stagedDecorator;
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
    this(threads, decorator, UnaryOperator.identity());
  }

  /**
   * @param decorator wraps each task when it is queued, on the queuing thread
   * @param stagedDecorator wraps each staged task when it is queued (the inbox counts the event
   *     handled when the task's stage has completed)
   */
  KeyedSerialExecutor(
      int threads,
      UnaryOperator<Runnable> decorator,
      UnaryOperator<Supplier<CompletionStage<?>>> stagedDecorator) {
    this.decorator = decorator;
    this.stagedDecorator = stagedDecorator;
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

  /**
   * Queues a task behind the earlier tasks of the same key; the key's next task starts when the
   * stage the task returns has completed (the pool thread is released as soon as the task returns).
   * The staged decorator sees the task and its stage, so the inbox counts an event handled once the
   * engine has stored it and its replies are queued, even when that happened in the stage.
   */
  CompletableFuture<Void> submitStaged(Object key, Supplier<? extends CompletionStage<?>> queued) {
    Supplier<CompletionStage<?>> decorated = stagedDecorator.apply(queued::get);
    AtomicReference<CompletionStage<?>> after = new AtomicReference<>();
    Runnable task = () -> after.set(decorated.get());
    AtomicReference<CompletableFuture<Void>> created = new AtomicReference<>();
    tails.compute(
        key,
        (k, tail) -> {
          CompletableFuture<Void> previous =
              tail == null ? CompletableFuture.completedFuture(null) : tail;
          CompletableFuture<Void> next =
              previous
                  .handle((ignored, error) -> null)
                  .thenRunAsync(guarded(task), pool)
                  .thenCompose(
                      ignored -> {
                        CompletionStage<?> stage = after.get();
                        return stage == null
                            ? CompletableFuture.<Void>completedFuture(null)
                            : stage.handle(
                                (result, error) -> {
                                  if (error != null) {
                                    LOG.warn("Slack delivery failed: {}", error.toString());
                                  }
                                  return (Void) null;
                                });
                      });
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
