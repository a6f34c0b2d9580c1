package dev.starcoach.core.store;

import dev.starcoach.core.place.PlaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The record that one daily post was taken on by one instance.
 *
 * @param occurrence the local date (in the schedule's zone) the post belongs to
 * @param instanceId the id of the process that claimed it
 * @param claimedAt when it was claimed
 */
public record PostClaim(PlaceId place, LocalDate occurrence, String instanceId, Instant claimedAt) {
  public PostClaim {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(occurrence, "occurrence");
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(claimedAt, "claimedAt");
  }
}
