package dev.starcoach.discord;

import java.util.Map;

/**
 * A slash command as typed, without JDA: its name, its options as strings, and whether the person
 * may manage the server.
 */
public record SlashRequest(String name, Map<String, String> options, boolean admin) {
  public SlashRequest {
    options = Map.copyOf(options);
  }

  /** An option's value, or null when it was not given or blank. */
  public String option(String key) {
    String value = options.get(key);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
