package dev.starcoach.core.inbox;

import dev.starcoach.core.store.StorageUnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The durable inbox of platform events, shared by every instance on one database. An adapter writes
 * an event here <em>before</em> it acknowledges it to the platform, and marks it done once it was
 * handled; so an acknowledged event is never lost (a process killed in between leaves it pending,
 * and whoever starts next takes it up), and one event id is handled once across instances, retries
 * and restarts (the second {@link #accept} of an id is refused).
 *
 * <p>Who handles a pending event: the instance that accepted it holds it and keeps its hold fresh
 * with {@link #renew}; an event whose holder has not renewed it for a while (the holder died) can
 * be taken by any instance with {@link #claimNext}.
 *
 * <p>Once done, an event's payload is dropped and only its id is kept (for de-duplication) until
 * {@link #purgeDone} removes it: the text people type is not kept here after it was handled.
 */
public interface EventInbox {

  /**
   * Stores the event, held by {@code instanceId}, unless an event with the same platform and id is
   * there already (pending or done).
   *
   * @return true the first time: handle it; false for a duplicate: acknowledge it and drop it
   * @throws StorageUnavailableException when the database cannot be reached (nothing stored; do not
   *     acknowledge, so the platform delivers it again)
   */
  boolean accept(InboundEvent event, String instanceId);

  /** Marks an event handled: its payload is dropped, its id kept for de-duplication. */
  void markDone(String platform, String id, Instant now);

  /**
   * Gives up the hold of a pending event whose handling failed for a passing reason (the database
   * was unreachable), so that the next {@link #claimNext} by any instance, this one included, takes
   * it up again at once instead of waiting for the hold to go stale.
   */
  void release(String platform, String id);

  /**
   * Refreshes the hold of every pending event {@code instanceId} holds, so no other instance takes
   * them over while it is alive.
   */
  void renew(String instanceId, Instant now);

  /**
   * Takes over the oldest pending event of a platform whose hold was last refreshed before {@code
   * now - staleAfter} (its holder died or was restarted) and holds it for {@code instanceId}. Of
   * many callers exactly one gets a given event.
   *
   * @return the event to handle, or empty when none is waiting
   */
  Optional<InboundEvent> claimNext(
      String platform, String instanceId, Instant now, Duration staleAfter);

  /** The pending (not done) events of a platform, oldest first, at most {@code limit}. */
  List<InboundEvent> pending(String platform, int limit);

  /**
   * Deletes done events handled before {@code before}; their ids are no longer recognised as
   * duplicates (platforms redeliver within minutes, so a day is plenty).
   *
   * @return how many were deleted
   */
  int purgeDone(Instant before);
}
