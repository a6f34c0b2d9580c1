package dev.starcoach.discord;

import java.util.Objects;

/**
 * How to run the Discord bot.
 *
 * @param token the bot token, from the environment ({@code DISCORD_TOKEN}); never logged
 * @param shardTotal the number of shards of the whole bot, across all processes
 * @param shardFrom the first shard this process runs
 * @param shardTo the last shard this process runs (inclusive)
 * @param devGuildId a server to register commands in directly (instant updates), or null
 * @param restBaseUrl Discord's REST base URL, or null for the real one (tests point it at a stub)
 */
public record DiscordSettings(
    String token, int shardTotal, int shardFrom, int shardTo, Long devGuildId, String restBaseUrl) {
  public DiscordSettings {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("discord token is empty (set DISCORD_TOKEN)");
    }
    if (shardTotal < 1) {
      throw new IllegalArgumentException(
          "discord.shard_total must be at least 1, got " + shardTotal);
    }
    if (shardFrom < 0 || shardTo < shardFrom || shardTo >= shardTotal) {
      throw new IllegalArgumentException(
          "discord shard range (shard_from..shard_to) "
              + shardFrom
              + ".."
              + shardTo
              + " must lie within 0.."
              + (shardTotal - 1));
    }
    if (restBaseUrl != null && !restBaseUrl.endsWith("/")) {
      restBaseUrl = restBaseUrl + "/";
    }
  }

  /** One process running the only shard, no development guild. */
  public static DiscordSettings single(String token) {
    return new DiscordSettings(token, 1, 0, 0, null, null);
  }

  /** True when this process runs shard 0, which registers the global commands. */
  public boolean runsFirstShard() {
    return shardFrom == 0;
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "DiscordSettings[token=<hidden>, shards="
        + shardFrom
        + ".."
        + shardTo
        + " of "
        + shardTotal
        + ", devGuildId="
        + devGuildId
        + ", restBaseUrl="
        + restBaseUrl
        + "]";
  }
}
