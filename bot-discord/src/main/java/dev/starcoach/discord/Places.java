package dev.starcoach.discord;

import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceKeys;
import dev.starcoach.core.session.SessionKey;

/**
 * How Discord people and places become engine session keys: one practice per person per server
 * ({@code guild:<id>}) and one in direct messages ({@code dm}). Answers to a channel's daily
 * question are kept under {@code guild:<id>#chan:<channelId>}, so a server's leaderboard (prefix
 * {@code guild:<id>}) counts them and a channel's board (that exact place) is possible. The ids are
 * Discord's; the place strings are built by core's {@link PlaceKeys}, as for every platform.
 */
public final class Places {
  /** The platform name in every Discord {@link SessionKey}. */
  public static final String PLATFORM = "discord";

  /** The place of direct messages with the bot. */
  public static final String DM = "dm";

  /** The kind of a server's place ({@code guild:<id>}). */
  static final String GUILD_KIND = "guild";

  private static final String GUILD_PREFIX = PlaceKeys.workspace(GUILD_KIND, "");

  private Places() {}

  /** The place of a server. */
  public static String guild(long guildId) {
    return PlaceKeys.workspace(GUILD_KIND, Long.toUnsignedString(guildId));
  }

  /** The place of a channel's daily answers: {@code guild:<id>#chan:<channelId>}. */
  public static String channel(long guildId, long channelId) {
    return PlaceKeys.channel(guild(guildId), Long.toUnsignedString(channelId));
  }

  /** The core's id of a server channel, for daily schedules and place settings. */
  public static PlaceId placeId(long guildId, long channelId) {
    return new PlaceId(PLATFORM, Long.toUnsignedString(guildId), Long.toUnsignedString(channelId));
  }

  /** The place of a server, or of direct messages when {@code guildId} is null. */
  public static String of(Long guildId) {
    return guildId == null ? DM : guild(guildId);
  }

  /** The session key of a person at a place. */
  public static SessionKey key(String place, long userId) {
    return SessionKey.of(PLATFORM, place, Long.toUnsignedString(userId));
  }

  /** True for a place string this adapter produces. */
  public static boolean isValid(String place) {
    if (DM.equals(place)) {
      return true;
    }
    return place != null
        && place.startsWith(GUILD_PREFIX)
        && place.length() > GUILD_PREFIX.length()
        && place.substring(GUILD_PREFIX.length()).chars().allMatch(Character::isDigit);
  }
}
