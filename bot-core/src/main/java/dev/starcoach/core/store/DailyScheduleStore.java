package dev.starcoach.core.store;

import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceId;
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
   * Claims the post of a place for one occurrence: its first attempt ({@link
   * PostAttempt.State#ATTEMPTING}, attempt 1). Of all callers, in any instance and across restarts,
   * exactly one gets {@code true} for a given place and occurrence; it posts, the others do not. A
   * claim is never released; a post the platform refused is retried through {@link #retakePost}.
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

  /** Where the post of a place for one occurrence stands, if it was claimed. */
  Optional<PostAttempt> attempt(PlaceId place, LocalDate occurrence);

  /**
   * Starts the next attempt of a post that stands at {@code seenAttempts} attempts in state {@link
   * PostAttempt.State#RETRY} or {@link PostAttempt.State#ATTEMPTING} (the latter when its attempter
   * died). A compare-and-set: of all callers that saw the same attempt, exactly one gets {@code
   * true}.
   */
  boolean retakePost(
      PlaceId place, LocalDate occurrence, int seenAttempts, String instanceId, Instant now);

  /**
   * Records how attempt number {@code attempt} ended. Only the attempt that is still the current
   * one and still {@link PostAttempt.State#ATTEMPTING} is changed; a late writer changes nothing.
   *
   * @param retryAt when it may be tried again, for {@link PostAttempt.State#RETRY}; else null
   * @param error the platform's reason, or null
   * @return true when it was recorded
   */
  boolean recordOutcome(
      PlaceId place,
      LocalDate occurrence,
      int attempt,
      PostAttempt.State state,
      Instant retryAt,
      String error,
      Instant now);
}
