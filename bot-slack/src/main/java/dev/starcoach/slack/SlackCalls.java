package dev.starcoach.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every Slack Web API call goes through here: one lane per method, each with its own token bucket
 * (Slack's tier for that method), its own cap on calls in flight, and its own pause when Slack
 * answers HTTP 429 (for as long as {@code Retry-After} says; the call is then made again). A caller
 * gets a future at once and no thread waits for a token: a lane that has to wait schedules its next
 * turn on a timer. Because lanes are separate, a slow or throttled method (200 {@code
 * conversations.open} at Tier 3) never holds up another ({@code chat.postMessage} with someone's
 * feedback).
 *
 * <p>Why not the SDK's {@code AsyncMethodsClient}: its rate limiter parks one thread of a small
 * per-team pool (5 by default) per waiting call, polling every 10 ms, and all methods share that
 * pool, so a queue of throttled calls of one method starves every other method (head-of-line
 * blocking). Here the blocking HTTP call itself runs on the SDK's synchronous {@link
 * MethodsClient}, and only calls Slack is ready for occupy a thread.
 */
final class SlackCalls implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SlackCalls.class);

  /** How often one call is tried when Slack keeps answering 429. */
  static final int MAX_ATTEMPTS = 5;

  /** The longest {@code Retry-After} honoured; a longer one is cut to this. */
  static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(2);

  /** A Web API call on the synchronous client. */
  @FunctionalInterface
  interface Call<T> {
    T on(MethodsClient client) throws IOException, SlackApiException;
  }

  /**
   * A method's pace: Slack's published tiers (per workspace, per method, per minute), as a bucket
   * that holds one minute's allowance and refills evenly; {@code inFlight} calls at most at once.
   */
  record Pace(int perMinute, int inFlight) {
    static final Pace TIER_1 = new Pace(1, 1);
    static final Pace TIER_2 = new Pace(20, 2);
    static final Pace TIER_3 = new Pace(50, 4);
    static final Pace TIER_4 = new Pace(100, 8);

    /**
     * {@code chat.postMessage} is paced per channel by {@link SlackPoster}; many channels at once.
     */
    static final Pace POSTING = new Pace(6_000, 16);

    Pace {
      if (perMinute < 1 || inFlight < 1) {
        throw new IllegalArgumentException("a pace needs at least one call a minute and one lane");
      }
    }

    /** The tier of a Web API method (Tier 3 for one not listed, as Slack recommends). */
    static Pace of(String method) {
      return switch (method) {
        case "chat.postMessage", "chat.postEphemeral", "response_url" -> POSTING;
        case "views.open", "views.publish", "users.info", "auth.test" -> TIER_4;
        case "files.uploadV2", "files.getUploadURLExternal", "files.completeUploadExternal" ->
            TIER_4;
        case "usergroups.list", "usergroups.users.list" -> TIER_2;
        default -> TIER_3; // conversations.open, .history, .replies, and the rest
      };
    }
  }

  private final MethodsClient client;
  private final Map<String, Pace> paces;
  private final LongSupplier nanoClock;
  private final ExecutorService io;
  private final ScheduledExecutorService timer;
  private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();

  /** Calls paced by Slack's tiers. */
  SlackCalls(MethodsClient client) {
    this(client, Map.of(), System::nanoTime);
  }

  /**
   * @param paces paces that replace a method's tier (tests and the bench use other rates)
   * @param nanoClock the clock buckets refill by
   */
  SlackCalls(MethodsClient client, Map<String, Pace> paces, LongSupplier nanoClock) {
    this.client = Objects.requireNonNull(client, "client");
    this.paces = Map.copyOf(paces);
    this.nanoClock = nanoClock;
    AtomicInteger count = new AtomicInteger();
    this.io =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "starcoach-slack-call-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "starcoach-slack-pace");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Queues a call of {@code method} behind the earlier ones of that method. Completes with Slack's
   * response (ok or not), or exceptionally when the call failed (I/O, an HTTP error other than 429,
   * or 429 after {@value #MAX_ATTEMPTS} tries).
   */
  <T> CompletableFuture<T> call(String method, Call<T> call) {
    Lane lane = lanes.computeIfAbsent(method, m -> new Lane(m, paces.getOrDefault(m, Pace.of(m))));
    Pending<T> pending = new Pending<>(call, new CompletableFuture<>());
    lane.add(pending);
    return pending.result;
  }

  /** How many calls of this method wait for their turn (tests). */
  int waiting(String method) {
    Lane lane = lanes.get(method);
    return lane == null ? 0 : lane.waiting();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    io.shutdownNow();
  }

  private static final class Pending<T> {
    final Call<T> call;
    final CompletableFuture<T> result;
    int attempts;

    Pending(Call<T> call, CompletableFuture<T> result) {
      this.call = call;
      this.result = result;
    }
  }

  /** One method's queue, bucket, calls in flight and 429 pause. */
  private final class Lane {
    private final String method;
    private final Pace pace;
    private final long nanosPerToken;
    private final ArrayDeque<Pending<?>> queue = new ArrayDeque<>();
    private double tokens;
    private long refilledAt;
    private long pausedUntil;
    private int inFlight;
    private boolean turnScheduled;

    Lane(String method, Pace pace) {
      this.method = method;
      this.pace = pace;
      this.nanosPerToken = TimeUnit.MINUTES.toNanos(1) / pace.perMinute();
      this.tokens = pace.perMinute();
      this.refilledAt = nanoClock.getAsLong();
      this.pausedUntil = refilledAt;
    }

    synchronized int waiting() {
      return queue.size();
    }

    void add(Pending<?> pending) {
      synchronized (this) {
        queue.addLast(pending);
      }
      pump();
    }

    /** Starts every call the bucket, the pause and the in-flight cap allow; else waits a turn. */
    void pump() {
      while (true) {
        Pending<?> next;
        synchronized (this) {
          if (queue.isEmpty() || inFlight >= pace.inFlight()) {
            return;
          }
          long now = nanoClock.getAsLong();
          refill(now);
          long waitNanos = Math.max(pausedUntil - now, tokens >= 1 ? 0 : nanosUntilToken());
          if (waitNanos > 0) {
            if (!turnScheduled) {
              turnScheduled = true;
              timer.schedule(this::turn, waitNanos, TimeUnit.NANOSECONDS);
            }
            return;
          }
          tokens -= 1;
          inFlight++;
          next = queue.pollFirst();
        }
        Pending<?> started = next;
        try {
          io.execute(() -> run(started));
        } catch (RuntimeException e) { // closed
          synchronized (this) {
            inFlight--;
          }
          started.result.completeExceptionally(e);
        }
      }
    }

    private void turn() {
      synchronized (this) {
        turnScheduled = false;
      }
      pump();
    }

    private void refill(long now) {
      long elapsed = now - refilledAt;
      if (elapsed > 0) {
        tokens = Math.min(pace.perMinute(), tokens + (double) elapsed / nanosPerToken);
        refilledAt = now;
      }
    }

    private long nanosUntilToken() {
      return (long) Math.ceil((1 - tokens) * nanosPerToken);
    }

    private <T> void run(Pending<T> pending) {
      pending.attempts++;
      boolean again = false;
      try {
        pending.result.complete(pending.call.on(client));
      } catch (SlackApiException e) {
        if (e.getResponse() != null && e.getResponse().code() == 429) {
          Duration wait = retryAfter(e.getResponse().header("Retry-After"));
          synchronized (this) {
            pausedUntil = Math.max(pausedUntil, nanoClock.getAsLong() + wait.toNanos());
          }
          if (pending.attempts < MAX_ATTEMPTS) {
            LOG.info("Slack {} rate-limited: waiting {} ms, then again", method, wait.toMillis());
            again = true;
          } else {
            LOG.warn("Slack {} still rate-limited after {} tries", method, pending.attempts);
            pending.result.completeExceptionally(e);
          }
        } else {
          pending.result.completeExceptionally(e);
        }
      } catch (IOException | RuntimeException e) {
        pending.result.completeExceptionally(e);
      } finally {
        synchronized (this) {
          inFlight--;
          if (again) {
            queue.addFirst(pending); // keeps its place: first when the pause ends
          }
        }
        pump();
      }
    }
  }

  /** Slack's {@code Retry-After} (whole seconds); one second when missing or unreadable. */
  static Duration retryAfter(String header) {
    try {
      long seconds = Long.parseLong(header == null ? "" : header.strip());
      Duration wait = Duration.ofSeconds(Math.max(1, seconds));
      return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }
}
