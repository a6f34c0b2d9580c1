package dev.starcoach.core.session;

import java.util.Objects;

/**
 * A person on one platform.
 *
 * @param platform {@code console}, {@code discord} or {@code slack} (or another adapter's name)
 * @param userId the platform's stable user id
 */
public record PersonId(String platform, String userId) {
  public PersonId {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(userId, "userId");
  }
}
