package dev.starcoach.slack;

import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceKeys;
import java.util.Optional;

/**
 * Slack's places, with the key strings built by the core's {@link PlaceKeys}: a workspace is {@code
 * team:<team>}, a channel's daily answers are kept under {@code team:<team>#chan:<channel>}, and a
 * channel as a place (its daily question, settings, zone) is a {@link PlaceId} of platform {@code
 * slack}.
 */
final class SlackPlaces {
  /** The kind of a Slack workspace place. */
  static final String WORKSPACE_KIND = "team";

  private SlackPlaces() {}

  /** The workspace's place, {@code team:<team>}: where a member's practice lives. */
  static String workspace(String team) {
    return PlaceKeys.workspace(WORKSPACE_KIND, team);
  }

  /** Where a daily answer in this channel is kept: the workspace's boards include it. */
  static String dailyAnswers(String team, String channel) {
    return PlaceKeys.channel(workspace(team), channel);
  }

  /** A Slack channel as a place. */
  static PlaceId place(String team, String channel) {
    return new PlaceId(SlackCoach.PLATFORM, team, channel);
  }

  /** The channel a command was run in as a place; empty in a DM or without a channel. */
  static Optional<PlaceId> channel(String team, String channel) {
    return channel == null || channel.isBlank() || channel.startsWith("D")
        ? Optional.empty()
        : Optional.of(place(team, channel));
  }
}
