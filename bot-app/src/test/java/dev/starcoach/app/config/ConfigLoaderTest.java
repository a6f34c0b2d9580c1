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

  // ---- issue 15: settings validated fully ----

  private ConfigException refused(String yaml) {
    return assertThrows(ConfigException.class, () -> load(yaml));
  }

  @Test
  void givenAKeyOrSectionWithNoValue_thenItIsAnErrorNamingTheKey() {
    // GIVEN settings that say null, explicitly or by leaving a value out
    ConfigException section = refused("engine: null\n");
    ConfigException value = refused("engine:\n  max_probes: null\n");
    ConfigException empty = refused("engine:\n  max_probes:\n");

    // THEN each names the key
    assertTrue(section.getMessage().contains("'engine'"), section.getMessage());
    assertTrue(value.getMessage().contains("'engine.max_probes'"), value.getMessage());
    assertTrue(empty.getMessage().contains("'engine.max_probes'"), empty.getMessage());
  }

  @Test
  void givenAFractionOrAQuotedNumberForAWholeNumber_thenItIsAWrongTypeNamingTheKey() {
    ConfigException fraction = refused("engine:\n  max_answer_chars: 4000.7\n");
    ConfigException quoted = refused("slack:\n  port: \"3000\"\n");
    assertTrue(fraction.getMessage().contains("engine.max_answer_chars"), fraction.getMessage());
    assertTrue(quoted.getMessage().contains("slack.port"), quoted.getMessage());
  }

  @Test
  void givenADuplicateKey_thenItIsAnErrorNamingTheKeyAndLine() {
    ConfigException dup = refused("engine:\n  max_probes: 2\n  max_probes: 3\n");
    assertTrue(dup.getMessage().contains("'max_probes' is given twice"), dup.getMessage());
    assertTrue(dup.getMessage().contains("line 3"), dup.getMessage());

    ConfigException section = refused("engine: {}\nslack: {}\nengine: {}\n");
    assertTrue(section.getMessage().contains("'engine' is given twice"), section.getMessage());
  }

  @Test
  void givenAHugeSingleLineSettingsFile_thenItIsRefusedAtOnceNamingTheLimit() throws IOException {
    // GIVEN a 10 MB settings file on one line
    Path file = dir.resolve("huge.yaml");
    Files.writeString(file, "engine: {max_probes: 3} # " + "x".repeat(10_000_000));

    // WHEN it is loaded
    long started = System.nanoTime();
    ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader().load(file));

    // THEN it is refused quickly, saying why
    assertTrue((System.nanoTime() - started) / 1_000_000 < 2_000, "took too long");
    assertTrue(e.getMessage().contains("too large"), e.getMessage());

    // and a small file with one overlong line names the line
    Path longLine = dir.resolve("long.yaml");
    Files.writeString(longLine, "engine:\n  max_probes: 3 # " + "y".repeat(5_000) + "\n");
    ConfigException line =
        assertThrows(ConfigException.class, () -> new ConfigLoader().load(longLine));
    assertTrue(line.getMessage().contains("line 2 is longer than 1000"), line.getMessage());
  }

  @Test
  void theBindAddressIsLoopbackByDefaultAndValidated() throws IOException {
    assertEquals("127.0.0.1", AppConfig.defaults().slack().bindAddress());
    assertEquals("0.0.0.0", load("slack:\n  bind_address: 0.0.0.0\n").slack().bindAddress());
    ConfigException bad = refused("slack:\n  bind_address: 'not an address'\n");
    assertTrue(bad.getMessage().contains("slack.bind_address"), bad.getMessage());
  }
}
