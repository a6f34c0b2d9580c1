package dev.starcoach.slack;

import dev.starcoach.core.place.PlaceId;
import java.util.Set;

/**
 * Who a channel's settings list as daily admins besides workspace admins and owners: member or
 * user-group ids, as {@code /star daily admins} saved them. The bot matches them against the member
 * (and the groups they are in) to tell the engine the member's {@link
 * dev.starcoach.core.daily.DailyAdmin.Authority}.
 *
 * <p>Interim, like Discord's: the engine's {@code DailyCommand} takes the authority already
 * decided, so the list is read here. Once core decides authority from the platform's facts
 * (workspace admin, the member's id and user groups) this goes and {@link SlackServices} holds the
 * engine alone.
 */
@FunctionalInterface
public interface PlaceAdmins {
  /** The ids listed at a channel; empty when none are (or the channel has no settings). */
  Set<String> listedAt(PlaceId channel);

  /** No channel lists anyone: only workspace admins and owners are admins. */
  static PlaceAdmins none() {
    return channel -> Set.of();
  }
}
