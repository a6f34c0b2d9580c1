package dev.starcoach.core.session;

import java.util.Objects;

/**
 * Where a person practises: one open session per person per place.
 *
 * @param place the platform's place: a guild or workspace plus channel, a DM, or the terminal
 */
public record SessionKey(PersonId person, String place) {
  public SessionKey {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(place, "place");
  }

  /** Convenience for building a key from its three parts. */
  public static SessionKey of(String platform, String place, String userId) {
    return new SessionKey(new PersonId(platform, userId), place);
  }
}
