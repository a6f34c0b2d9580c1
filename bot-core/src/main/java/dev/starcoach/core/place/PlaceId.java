package dev.starcoach.core.place;

import java.util.Objects;

/**
 * A chat place that can have its own settings and a daily question: one channel of a Discord guild
 * or a Slack workspace (or the terminal).
 *
 * @param platform {@code discord}, {@code slack} or {@code console} (or another adapter's name)
 * @param workspace the guild or workspace id
 * @param channel the channel id
 */
public record PlaceId(String platform, String workspace, String channel) {
  public PlaceId {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(channel, "channel");
  }
}
