package dev.starcoach.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private AppConfig load(String yaml) throws IOException {
    return new ConfigLoader().load(Files.writeString(dir.resolve("starcoach.yaml"), yaml));
  }

  @Test
  void theShippedExampleIsValidAndEqualToTheDefaults() {
    // GIVEN the example config of the repository
    AppConfig shipped = new ConfigLoader().load(Path.of("..", "config", "starcoach.yaml"));

    // THEN every documented value is the default
    assertEquals(AppConfig.defaults(), shipped);
  }

  @Test
  void aMissingFileGivesTheDefaults() {
    assertEquals(AppConfig.defaults(), new ConfigLoader().load(dir.resolve("nope.yaml")));
  }

  @Test
  void aTypoInAKeyNamesTheFileTheKeyPathAndTheKnownKeys() {
    ConfigException e =
        assertThrows(ConfigException.class, () -> load("engine:\n  max_probez: 2\n"));
    assertTrue(e.getMessage().contains("starcoach.yaml"), e.getMessage());
    assertTrue(e.getMessage().contains("engine.max_probez"), e.getMessage());
    assertTrue(e.getMessage().contains("max_probes"), e.getMessage());

    ConfigException top = assertThrows(ConfigException.class, () -> load("engin: {}\n"));
    assertTrue(top.getMessage().contains("'engin'"), top.getMessage());
  }

  @Test
  void wrongTypesAndOutOfRangeValuesNameTheKey() {
    ConfigException type =
        assertThrows(ConfigException.class, () -> load("slack:\n  port: lots\n"));
    assertTrue(type.getMessage().contains("slack.port"), type.getMessage());

    ConfigException range =
        assertThrows(ConfigException.class, () -> load("engine:\n  max_probes: 5\n"));
    assertTrue(range.getMessage().contains("engine.max_probes"), range.getMessage());

    ConfigException shards =
        assertThrows(
            ConfigException.class, () -> load("discord:\n  shard_total: 2\n  shard_to: 2\n"));
    assertTrue(shards.getMessage().contains("shard"), shards.getMessage());
  }

  @Test
  void reminderSettingsAreReadAndCheckedForRange() throws IOException {
    // GIVEN a reminder section with its own values, WHEN loaded, THEN they are kept
    AppConfig config = load("reminders:\n  after_hours: 48\n  tick_minutes: 10\n");
    assertEquals(new AppConfig.RemindersSection(48, 10), config.reminders());
    assertEquals(new AppConfig.RemindersSection(24, 5), AppConfig.defaults().reminders());

    // AND values out of range name their key
    ConfigException hours =
        assertThrows(ConfigException.class, () -> load("reminders:\n  after_hours: 0\n"));
    assertTrue(hours.getMessage().contains("reminders.after_hours"), hours.getMessage());
    ConfigException tick =
        assertThrows(ConfigException.class, () -> load("reminders:\n  tick_minutes: 0\n"));
    assertTrue(tick.getMessage().contains("reminders.tick_minutes"), tick.getMessage());
  }
}
