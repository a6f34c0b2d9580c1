package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiscordSettingsTest {

  @Test
  void givenSettings_whenPrinted_thenTheTokenIsHidden() {
    DiscordSettings settings = new DiscordSettings("secret-token-value", 4, 2, 3, 55L, null);

    String printed = settings.toString();

    assertFalse(printed.contains("secret-token-value"), printed);
    assertTrue(printed.contains("2..3 of 4"), printed);
  }

  @Test
  void givenABadShardRangeOrEmptyToken_whenBuilt_thenTheErrorNamesTheProblem() {
    IllegalArgumentException range =
        assertThrows(
            IllegalArgumentException.class, () -> new DiscordSettings("t", 2, 1, 2, null, null));
    IllegalArgumentException token =
        assertThrows(IllegalArgumentException.class, () -> DiscordSettings.single(" "));

    assertTrue(range.getMessage().contains("1..2"), range.getMessage());
    assertTrue(token.getMessage().contains("DISCORD_TOKEN"), token.getMessage());
  }

  @Test
  void givenARestBaseUrlWithoutSlash_whenBuilt_thenOneIsAdded() {
    assertEquals(
        "http://127.0.0.1:1/api/v10/",
        new DiscordSettings("t", 1, 0, 0, null, "http://127.0.0.1:1/api/v10").restBaseUrl());
  }
}
