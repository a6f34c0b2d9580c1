package dev.starcoach.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.starcoach.core.inbox.EventInbox;
import dev.starcoach.core.inbox.InboundEvent;
import dev.starcoach.core.inbox.InboxSweep;
import dev.starcoach.core.store.StorageUnavailableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ack boundary: a Bolt middleware, last in the chain (after Bolt has verified the signature),
 * that writes every event, slash command, button press and modal submission to the durable {@link
 * EventInbox} <em>before</em> the listener acknowledges it, and drops one it has seen before.
 *
 * <ul>
 *   <li><b>Keys:</b> an Events API event by its {@code event_id} (the same across Slack's retries
 *       and across instances); a command or interaction, which has no id, by the SHA-256 of what
 *       Slack signed ({@code timestamp:body} in HTTP mode, the payload in Socket Mode), so a
 *       replayed signed request is recognised.
 *   <li><b>Done:</b> the work the listener queues (on the {@link KeyedSerialExecutor}) is tracked;
 *       when all of it has run the event is marked done. Work that never ran (the process stopped
 *       first) leaves the event pending; work that failed because the database was unreachable
 *       leaves it pending and released, so the next sweep after the database is back runs it.
 *   <li><b>Resumed:</b> a pending event whose holder stopped renewing its hold (a process killed
 *       between ack and handling) is taken over by this or another instance, at start and on every
 *       sweep, and run through the app again (without the signature check: it was checked when it
 *       came in).
 *   <li><b>Outage:</b> when the inbox cannot be written (the database is away), the request is
 *       acknowledged and handled untracked: the engine, on the same database, then answers the
 *       person "cannot be reached, send that again", rather than Slack retrying into silence.
 * </ul>
 */
final class SlackInbox implements Middleware, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SlackInbox.class);
  static final String PLATFORM = "slack";
  static final String HTTP = "http";
  static final String SOCKET = "socket";

  /** A hold not renewed for this long is taken over. */
  static final Duration DEFAULT_STALE_AFTER = Duration.ofSeconds(60);

  private static final ThreadLocal<Ticket> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<String> RESUMING = new ThreadLocal<>();

  private final EventInbox inbox;
  private final String instanceId;
  private final Clock clock;
  private final Duration staleAfter;
  private final Queue<String> unrecorded = new ConcurrentLinkedQueue<>();
  private final Queue<String> unreleased = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final AtomicBoolean dead = new AtomicBoolean();
  private ScheduledExecutorService sweeper;
  private App app;
  private SlackRequestParser parser;
  private final InboxSweep rounds;

  SlackInbox(EventInbox inbox, String instanceId, Clock clock, Duration staleAfter) {
    this.inbox = Objects.requireNonNull(inbox, "inbox");
    this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.staleAfter = Objects.requireNonNull(staleAfter, "staleAfter");
    this.rounds = new InboxSweep(inbox, PLATFORM, instanceId, staleAfter);
  }

  /**
   * A Bolt app with this middleware last in its chain (after the signature check and the
   * authorization), added when Bolt builds its chain on first use, so constructing the app still
   * makes no call to Slack.
   */
  App newApp(AppConfig config) {
    SlackInbox self = this;
    App created =
        new App(config) {
          @Override
          protected List<Middleware> buildDefaultMiddlewareList(AppConfig c) {
            List<Middleware> chain = new ArrayList<>(super.buildDefaultMiddlewareList(c));
            chain.add(self);
            return chain;
          }
        };
    this.app = created;
    this.parser = new SlackRequestParser(config);
    return created;
  }

  /**
   * Resumes what dead holders left pending, then keeps this instance's holds fresh and sweeps again
   * every quarter of the stale time.
   */
  synchronized void start() {
    if (sweeper != null) {
      return;
    }
    sweeper =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "starcoach-slack-inbox");
              t.setDaemon(true);
              return t;
            });
    long period = Math.max(1, staleAfter.toMillis() / 4);
    sweeper.scheduleWithFixedDelay(this::sweep, 0, period, TimeUnit.MILLISECONDS);
  }

  /** One round: renew holds, record done marks that failed, resume stale events, purge old ids. */
  void sweep() {
    try {
      Instant now = clock.instant();
      for (String id = unrecorded.peek(); id != null; id = unrecorded.peek()) {
        inbox.markDone(PLATFORM, id, now);
        unrecorded.poll();
      }
      for (String id = unreleased.peek(); id != null; id = unreleased.peek()) {
        inbox.release(PLATFORM, id);
        unreleased.poll();
      }
      rounds.round(now, closing::get, this::resume);
    } catch (StorageUnavailableException e) {
      LOG.warn("Slack inbox sweep: the database is unreachable ({})", e.getClass().getSimpleName());
    } catch (RuntimeException e) {
      LOG.error("Slack inbox sweep failed", e);
    }
  }

  /** Runs a pending event through the app again. */
  private void resume(InboundEvent event) {
    LOG.info("Resuming Slack event {} left pending by a stopped instance", SafeLog.of(event.id()));
    Request<?> request;
    try {
      request =
          parser.parse(
              SlackRequestParser.HttpRequest.builder()
                  .requestUri(SlackSettings.EVENTS_PATH)
                  .queryString(Map.of())
                  .requestBody(event.payload())
                  .headers(new RequestHeaders(Map.of()))
                  .remoteAddress("")
                  .socketMode(SOCKET.equals(event.kind()))
                  .build());
    } catch (RuntimeException e) {
      request = null;
    }
    if (request == null) {
      LOG.warn("Dropping pending Slack event {}: it cannot be read", SafeLog.of(event.id()));
      inbox.markDone(PLATFORM, event.id(), clock.instant());
      return;
    }
    // its signature was checked when it came in; a resumed request skips Bolt's check
    request.setSocketMode(true);
    RESUMING.set(event.id());
    try {
      app.run(request);
    } catch (Exception e) {
      LOG.warn("Resuming Slack event {} failed: {}", SafeLog.of(event.id()), e.toString());
    } finally {
      RESUMING.remove();
    }
  }

  @Override
  @SuppressWarnings("rawtypes") // Bolt's Middleware interface takes a raw Request
  public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
    if (!kept(req)) {
      return chain.next(req);
    }
    String resumed = RESUMING.get();
    String id;
    if (resumed != null) {
      id = resumed;
    } else {
      id = idOf(req);
      InboundEvent event =
          new InboundEvent(
              PLATFORM,
              id,
              req.isSocketMode() ? SOCKET : HTTP,
              req.getRequestBodyAsString(),
              clock.instant());
      boolean first;
      try {
        first = inbox.accept(event, instanceId);
      } catch (StorageUnavailableException e) {
        LOG.warn("The inbox cannot be written; handling a Slack request untracked");
        return chain.next(req); // the person is told by the engine's outage reply
      }
      if (!first) {
        LOG.debug("Ignoring a repeated delivery of Slack event {}", SafeLog.of(id));
        return Response.ok();
      }
    }
    Ticket ticket = new Ticket(id);
    CURRENT.set(ticket);
    try {
      return chain.next(req);
    } finally {
      CURRENT.remove();
      ticket.finish(true);
    }
  }

  /**
   * Wraps work queued while a request is being acknowledged, so its event is marked done when all
   * of it has run. Work queued outside a request is returned as it is.
   */
  Runnable track(Runnable task) {
    Ticket ticket = CURRENT.get();
    if (ticket == null) {
      return task;
    }
    ticket.add();
    return () -> {
      boolean handled = false;
      try {
        task.run();
        handled = true;
      } catch (StorageUnavailableException e) {
        ticket.outage(); // left pending and released: taken up again when the database is back
        throw e;
      } catch (RuntimeException e) {
        handled = true; // a bug, not an outage: retrying would fail the same way
        throw e;
      } finally {
        ticket.finish(handled);
      }
    };
  }

  /**
   * Like {@link #track}, for a task whose work goes on in the stage it returns (the engine call
   * after a DM has been opened): the event is done when that stage has completed.
   */
  Supplier<CompletionStage<?>> trackStaged(Supplier<CompletionStage<?>> task) {
    Ticket ticket = CURRENT.get();
    if (ticket == null) {
      return task;
    }
    ticket.add();
    return () -> {
      CompletionStage<?> stage;
      try {
        stage = task.get();
      } catch (StorageUnavailableException e) {
        ticket.outage();
        ticket.finish(false);
        throw e;
      } catch (RuntimeException e) {
        ticket.finish(true);
        throw e;
      }
      if (stage == null) {
        ticket.finish(true);
        return null;
      }
      return stage.whenComplete(
          (result, error) -> {
            Throwable cause =
                error instanceof CompletionException && error.getCause() != null
                    ? error.getCause()
                    : error;
            if (cause instanceof StorageUnavailableException) {
              ticket.outage();
              ticket.finish(false);
            } else {
              ticket.finish(true);
            }
          });
    };
  }

  /**
   * For tests: behaves like a process killed this instant. Nothing is recorded from now on, so
   * whatever was accepted and not yet marked done stays pending, as after SIGKILL.
   */
  void kill() {
    dead.set(true);
    close();
  }

  @Override
  public synchronized void close() {
    closing.set(true);
    if (sweeper != null) {
      sweeper.shutdownNow();
      sweeper = null;
    }
  }

  private static boolean kept(Request<?> req) {
    return req instanceof EventRequest
        || req instanceof SlashCommandRequest
        || req instanceof BlockActionRequest
        || req instanceof ViewSubmissionRequest;
  }

  /** The event id, or {@code sha256:} of what Slack signed. */
  static String idOf(Request<?> req) {
    String body = req.getRequestBodyAsString();
    if (req instanceof EventRequest) {
      try {
        JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        JsonElement id = json.get("event_id");
        if (id != null && id.isJsonPrimitive() && !id.getAsString().isBlank()) {
          String text = id.getAsString();
          if (text.length() <= 100) {
            return "event:" + text;
          }
        }
      } catch (RuntimeException e) {
        // no usable id: fall back to the hash
      }
    }
    String timestamp =
        req.getHeaders() == null
            ? null
            : req.getHeaders().getFirstValue(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP);
    String signed = (timestamp == null ? "" : timestamp) + ":" + (body == null ? "" : body);
    return "sha256:" + sha256(signed);
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  private void done(String id) {
    if (dead.get()) {
      return;
    }
    try {
      inbox.markDone(PLATFORM, id, clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("Marking Slack event {} done failed; retried on the next sweep", SafeLog.of(id));
      unrecorded.add(id);
    }
  }

  private void release(String id) {
    if (dead.get()) {
      return;
    }
    LOG.warn(
        "Slack event {} could not be handled (database unreachable); kept for later",
        SafeLog.of(id));
    try {
      inbox.release(PLATFORM, id);
    } catch (RuntimeException e) {
      unreleased.add(id);
    }
  }

  /** The work of one request: done when the acknowledgement and every queued task have run. */
  private final class Ticket {
    private final String id;
    private final AtomicInteger open = new AtomicInteger(1);
    private final AtomicBoolean failed = new AtomicBoolean();
    private final AtomicBoolean outage = new AtomicBoolean();

    Ticket(String id) {
      this.id = id;
    }

    void add() {
      open.incrementAndGet();
    }

    void outage() {
      outage.set(true);
    }

    void finish(boolean handled) {
      if (!handled) {
        failed.set(true);
      }
      if (open.decrementAndGet() == 0) {
        if (!failed.get()) {
          done(id);
        } else if (outage.get()) {
          release(id);
        }
      }
    }
  }

  /** For tests: ids seen but not yet recorded done. */
  List<String> unrecordedIds() {
    return List.copyOf(unrecorded);
  }
}
