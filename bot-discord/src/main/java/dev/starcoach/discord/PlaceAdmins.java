package dev.starcoach.discord;

import dev.starcoach.core.place.PlaceId;
import java.util.Set;

/**
 * Who a channel's settings list as daily admins besides members with Manage Server: role (or user)
 * ids, as {@code /daily admins} saved them. The bot matches them against a member's roles to tell
 * the engine the member's {@link dev.starcoach.core.daily.DailyAdmin.Authority}.
 *
 * <p>Interim: the engine's {@code DailyCommand} takes the authority already decided, so the list is
 * read here. Once core decides authority from the platform's facts (Manage Server, the member's
 * role ids) this goes and {@link DiscordServices} holds the engine alone.
 */
@FunctionalInterface
public interface PlaceAdmins {
  /** The ids listed at a channel; empty when none are (or the channel has no settings). */
  Set<String> listedAt(PlaceId channel);

  /** No channel lists anyone: only members with Manage Server are admins. */
  static PlaceAdmins none() {
    return channel -> Set.of();
  }
}
