package dev.starcoach.core.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Daily question schedules, one per place, and the claims that make each post happen exactly once
 * across instances and restarts.
 */
public interface DailyScheduleStore {

  /** Creates or replaces the schedule of its place. */
  void save(DailySchedule schedule);

  /** The schedule of a place, enabled or paused, if one was set. */
  Optional<DailySchedule> find(PlaceId place);

  /** Every enabled schedule, for the scheduler to plan its posts. */
  List<DailySchedule> allEnabled();

  /**
   * Claims the post of a place for one occurrence. Of all callers, in any instance and across
   * restarts, exactly one gets {@code true} for a given place and occurrence; it posts, the others
   * do not. A claim is never released, so a post is never made twice (a claim whose post then
   * failed is logged by the caller, not retried by another instance).
   *
   * @param occurrence the local date in the schedule's zone the post belongs to
   * @param instanceId who claims it, kept for diagnosis
   * @param now when it is claimed
   * @return true for the one caller that won the claim
   * @throws StorageUnavailableException when the database cannot be reached (nothing claimed)
   */
  boolean claimPost(PlaceId place, LocalDate occurrence, String instanceId, Instant now);

  /** The claim with the latest occurrence of a place, to catch up a post missed during downtime. */
  Optional<PostClaim> lastClaim(PlaceId place);
}
