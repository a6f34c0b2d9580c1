package dev.starcoach.discord;

import dev.starcoach.core.inbox.EventInbox;
import dev.starcoach.core.inbox.InboundEvent;
import dev.starcoach.core.inbox.InboxSweep;
import dev.starcoach.core.store.StorageUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord interactions through the durable {@link EventInbox}: after the listener has acknowledged
 * an interaction (its defer, form or reply is queued), the interaction is written to the inbox,
 * keyed by Discord's interaction id, before any of its work runs; only the instance that wrote it
 * first runs that work, and the interaction is marked done when all of it has run.
 *
 * <ul>
 *   <li><b>Once:</b> an interaction delivered twice (a gateway replay, two processes on one shard
 *       during a deploy) runs once, across processes and restarts.
 *   <li><b>Resumed:</b> an interaction whose holder stopped renewing its hold (a process killed
 *       between the ack and the work) is taken over at start and on every sweep and handed to the
 *       {@link Resumer}. Its token lives 15 minutes: a resumed answer older than {@link
 *       #TOKEN_LIFE} gets its feedback by DM; any other resumed interaction that old is dropped
 *       with a log line (a command replayed that late would surprise the person).
 *   <li><b>Outage:</b> when the inbox cannot be written the work runs anyway, untracked, so the
 *       person still gets the engine's "cannot be reached, send that again" reply.
 * </ul>
 *
 * Interactions with nothing queued (help, a refused button) are answered at once and never stored.
 */
public final class DiscordInbox implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordInbox.class);
  static final String PLATFORM = "discord";

  /** A hold not renewed for this long is taken over. */
  public static final Duration DEFAULT_STALE_AFTER = Duration.ofSeconds(60);

  /** How long an interaction's token is used after it was created (Discord allows 15 minutes). */
  static final Duration TOKEN_LIFE = Duration.ofMinutes(14);

  /** Runs a stored interaction again after a restart. */
  interface Resumer {
    /**
     * @param interaction as it was stored
     * @param tokenValid false when the interaction is older than {@link #TOKEN_LIFE}: answer by DM
     *     or drop it
     */
    void resume(StoredInteraction interaction, boolean tokenValid);
  }

  private static final ThreadLocal<Ticket> CURRENT = new ThreadLocal<>();

  private final EventInbox inbox;
  private final String instanceId;
  private final Clock clock;
  private final Duration staleAfter;
  private final AtomicBoolean dead = new AtomicBoolean();
  private final AtomicBoolean closing = new AtomicBoolean();
  private volatile Resumer resumer = (interaction, valid) -> {};
  private ScheduledExecutorService sweeper;
  private final InboxSweep rounds;

  /**
   * @param inbox the database's inbox, shared by every instance
   * @param instanceId this process's name in the inbox (unique per running process)
   */
  public DiscordInbox(EventInbox inbox, String instanceId, Clock clock, Duration staleAfter) {
    this.inbox = Objects.requireNonNull(inbox, "inbox");
    this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.staleAfter = Objects.requireNonNull(staleAfter, "staleAfter");
    this.rounds = new InboxSweep(inbox, PLATFORM, instanceId, staleAfter);
  }

  /** Sets what runs resumed interactions (before {@link #start()}). */
  void resumeWith(Resumer resumer) {
    this.resumer = Objects.requireNonNull(resumer, "resumer");
  }

  /**
   * Runs the listener's handling of one interaction (parse, acknowledge, queue work through {@link
   * #tracking}), then writes the interaction to the inbox if any work was queued. The queued work
   * runs only on the instance that wrote it first.
   */
  void intake(StoredInteraction interaction, Runnable handling) {
    Ticket ticket = new Ticket(interaction, false);
    CURRENT.set(ticket);
    try {
      handling.run();
    } finally {
      CURRENT.remove();
      if (ticket.queued()) {
        ticket.admitted();
      }
      ticket.finish(true);
    }
  }

  /** An executor whose tasks, queued while an interaction is taken in, belong to it. */
  Executor tracking(Executor executor) {
    return task -> executor.execute(track(task));
  }

  private Runnable track(Runnable task) {
    Ticket ticket = CURRENT.get();
    if (ticket == null) {
      return task;
    }
    ticket.add();
    return () -> {
      boolean handled = false;
      try {
        if (!ticket.admitted()) {
          handled = true;
          return;
        }
        task.run();
        handled = true;
      } catch (StorageUnavailableException e) {
        ticket.outage();
        throw e;
      } catch (RuntimeException e) {
        handled = true; // a bug, not an outage: running it again would fail the same way
        throw e;
      } finally {
        ticket.finish(handled);
      }
    };
  }

  /** Resumes what dead holders left, then sweeps every quarter of the stale time. */
  public synchronized void start() {
    if (sweeper != null) {
      return;
    }
    sweeper =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "starcoach-discord-inbox");
              t.setDaemon(true);
              return t;
            });
    long period = Math.max(1, staleAfter.toMillis() / 4);
    sweeper.scheduleWithFixedDelay(this::sweep, 0, period, TimeUnit.MILLISECONDS);
  }

  /** One round: renew this instance's holds, resume stale interactions, purge old ids. */
  void sweep() {
    try {
      Instant now = clock.instant();
      rounds.round(now, closing::get, event -> resume(event, now));
    } catch (StorageUnavailableException e) {
      LOG.warn("Discord inbox sweep: the database is unreachable");
    } catch (RuntimeException e) {
      LOG.error("Discord inbox sweep failed", e);
    }
  }

  private void resume(InboundEvent event, Instant now) {
    StoredInteraction stored;
    try {
      stored = StoredInteraction.fromJson(event.payload());
    } catch (RuntimeException e) {
      LOG.warn("Dropping pending Discord interaction {}: it cannot be read", event.id());
      inbox.markDone(PLATFORM, event.id(), now);
      return;
    }
    boolean valid = Duration.between(stored.created(), now).compareTo(TOKEN_LIFE) < 0;
    LOG.info(
        "Resuming Discord interaction {} ({}) left pending by a stopped instance{}",
        event.id(),
        stored.kind(),
        valid ? "" : "; its token has expired");
    Ticket ticket = new Ticket(stored, true);
    CURRENT.set(ticket);
    try {
      resumer.resume(stored, valid);
    } catch (RuntimeException e) {
      LOG.warn("Resuming Discord interaction {} failed: {}", event.id(), e.toString());
    } finally {
      CURRENT.remove();
      ticket.finish(true);
    }
  }

  /** For tests: behaves like a process killed this instant (nothing more is recorded). */
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

  /** One interaction's work: written once, done when everything queued for it has run. */
  private final class Ticket {
    private final StoredInteraction interaction;
    private final AtomicInteger open = new AtomicInteger(1);
    private final AtomicBoolean failed = new AtomicBoolean();
    private final AtomicBoolean outage = new AtomicBoolean();
    private boolean decided;
    private boolean first;
    private boolean tracked;

    Ticket(StoredInteraction interaction, boolean resumed) {
      this.interaction = interaction;
      if (resumed) {
        decided = true;
        first = true;
        tracked = true;
      }
    }

    void add() {
      open.incrementAndGet();
    }

    boolean queued() {
      return open.get() > 1;
    }

    void outage() {
      outage.set(true);
    }

    /** Writes the interaction on first use; true when this instance runs its work. */
    synchronized boolean admitted() {
      if (!decided) {
        decided = true;
        try {
          first =
              inbox.accept(
                  new InboundEvent(
                      PLATFORM,
                      interaction.key(),
                      interaction.kind(),
                      interaction.toJson(),
                      clock.instant()),
                  instanceId);
          tracked = first;
          if (!first) {
            LOG.debug("Ignoring a repeated Discord interaction {}", interaction.key());
          }
        } catch (StorageUnavailableException e) {
          LOG.warn(
              "The inbox cannot be written; handling interaction {} untracked", interaction.key());
          first = true;
          tracked = false;
        }
      }
      return first;
    }

    void finish(boolean handled) {
      if (!handled) {
        failed.set(true);
      }
      if (open.decrementAndGet() != 0 || dead.get()) {
        return;
      }
      boolean record;
      synchronized (this) {
        record = tracked;
      }
      if (!record) {
        return;
      }
      try {
        if (!failed.get()) {
          inbox.markDone(PLATFORM, interaction.key(), clock.instant());
        } else if (outage.get()) {
          inbox.release(PLATFORM, interaction.key());
        }
      } catch (RuntimeException e) {
        LOG.warn("Recording Discord interaction {} failed: {}", interaction.key(), e.toString());
      }
    }
  }
}
