package dev.starcoach.core.place;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of one place (channel).
 *
 * @param admins role, user or user-group ids allowed to change the place's daily schedule besides
 *     the platform's own administrators (Discord Manage Server, Slack workspace admins)
 * @param zone the place's time zone, the default for people who set none; null for UTC
 */
public record PlaceSettings(PlaceId place, Set<String> admins, ZoneId zone) {
  public PlaceSettings {
    Objects.requireNonNull(place, "place");
    admins = admins == null ? Set.of() : Set.copyOf(admins);
  }

  /** The settings of a place nobody configured. */
  public static PlaceSettings defaults(PlaceId place) {
    return new PlaceSettings(place, Set.of(), null);
  }
}
