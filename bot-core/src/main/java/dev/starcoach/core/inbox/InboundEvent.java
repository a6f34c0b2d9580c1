package dev.starcoach.core.inbox;

import java.time.Instant;
import java.util.Objects;

/**
 * One event a platform delivered, as it came, kept in the {@link EventInbox} from before it is
 * acknowledged until it has been handled.
 *
 * @param platform the platform it came from ({@code slack}, {@code discord})
 * @param id the platform's event id, or a hash of the signed body for events without one (slash
 *     commands, button presses, modal submissions); unique per platform
 * @param kind the adapter's own label for how {@code payload} is to be read
 * @param payload the event as delivered (a request body), for handling it again after a restart
 * @param receivedAt when it arrived
 */
public record InboundEvent(
    String platform, String id, String kind, String payload, Instant receivedAt) {

  /** The longest id kept: longer ids (which no platform sends) are refused. */
  public static final int MAX_ID_LENGTH = 200;

  public InboundEvent {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(payload, "payload");
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException("an event id must be 1 to " + MAX_ID_LENGTH + " chars");
    }
  }

  @Override
  public String toString() {
    return "InboundEvent[" + platform + ":" + id + ", kind=" + kind + ", at=" + receivedAt + "]";
  }
}
