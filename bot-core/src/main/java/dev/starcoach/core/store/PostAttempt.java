package dev.starcoach.core.store;

import dev.starcoach.core.place.PlaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one daily post stands: its claim, how many attempts were made and how the last one ended.
 *
 * @param state where it stands
 * @param attempts the attempts started so far (the claim is the first)
 * @param instanceId the process that made the last attempt
 * @param updatedAt when the state last changed
 * @param retryAt when it may be tried again ({@link State#RETRY} only), else null
 * @param lastError the platform's reason for the last failure, or null
 */
public record PostAttempt(
    PlaceId place,
    LocalDate occurrence,
    State state,
    int attempts,
    String instanceId,
    Instant updatedAt,
    Instant retryAt,
    String lastError) {

  /** Where a daily post stands. */
  public enum State {
    /** An instance is posting it now (or died while posting: then it may have gone out). */
    ATTEMPTING,
    /** It went out. */
    POSTED,
    /** The platform refused it, so it did not go out; it is tried again from {@code retryAt}. */
    RETRY,
    /** It may have gone out and that cannot be checked: not tried again, so never twice. */
    UNCERTAIN,
    /** It was missed by more than the catch-up window: never posted. */
    SKIPPED,
    /** Every retry inside the catch-up window was refused. */
    GAVE_UP;

    /** True when nothing more will happen to the post. */
    public boolean isFinal() {
      return this != ATTEMPTING && this != RETRY;
    }

    /** The stored id: the name in lower case. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The state of a stored id. */
    public static Optional<State> parse(String id) {
      for (State s : values()) {
        if (s.id().equals(id)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }
  }

  public PostAttempt {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(occurrence, "occurrence");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
  }
}
