package dev.starcoach.core.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * One platform's periodic inbox round, the same for every adapter: keep this instance's holds
 * fresh, take over the events a stopped instance left pending (at most {@link #MAX_PER_ROUND} a
 * round) and hand each to the adapter to run again, and once an hour purge the ids of events done
 * more than {@link #KEEP_DONE} ago. The adapter decides only how an event is run again.
 */
public final class InboxSweep {
  /** How long the id of a handled event is kept, so a late retry of it is still recognised. */
  public static final Duration KEEP_DONE = Duration.ofDays(1);

  /** The most pending events one round takes over. */
  public static final int MAX_PER_ROUND = 1_000;

  private static final Duration PURGE_EVERY = Duration.ofHours(1);

  private final EventInbox inbox;
  private final String platform;
  private final String instanceId;
  private final Duration staleAfter;
  private Instant lastPurge = Instant.MIN;

  /**
   * A sweep of one platform's events for one instance.
   *
   * @param staleAfter how long a hold may go unrenewed before its event counts as left pending
   */
  public InboxSweep(EventInbox inbox, String platform, String instanceId, Duration staleAfter) {
    this.inbox = Objects.requireNonNull(inbox, "inbox");
    this.platform = Objects.requireNonNull(platform, "platform");
    this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
    this.staleAfter = Objects.requireNonNull(staleAfter, "staleAfter");
  }

  /**
   * One round at {@code now}. Storage failures propagate to the caller, which logs them and tries
   * again next round.
   *
   * @param stop checked before each take-over; true ends the round (the adapter is closing)
   * @param resume runs one taken-over event again
   */
  public synchronized void round(Instant now, BooleanSupplier stop, Consumer<InboundEvent> resume) {
    inbox.renew(instanceId, now);
    for (int i = 0; i < MAX_PER_ROUND && !stop.getAsBoolean(); i++) {
      Optional<InboundEvent> next = inbox.claimNext(platform, instanceId, now, staleAfter);
      if (next.isEmpty()) {
        break;
      }
      resume.accept(next.get());
    }
    if (Duration.between(lastPurge, now).compareTo(PURGE_EVERY) > 0) {
      lastPurge = now;
      inbox.purgeDone(now.minus(KEEP_DONE));
    }
  }
}
