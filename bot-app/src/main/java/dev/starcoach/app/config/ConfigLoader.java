package dev.starcoach.app.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads and validates {@code starcoach.yaml}. A typo in a key, a wrong type or a value out of range
 * fails fast with the file, the key path and the reason.
 */
public final class ConfigLoader {
  private final ObjectMapper yaml =
      YAMLMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  /** Loads the file, or the defaults when {@code file} is null or does not exist. */
  public AppConfig load(Path file) {
    if (file == null || !Files.exists(file)) {
      return AppConfig.defaults();
    }
    AppConfig config;
    try {
      String text = Files.readString(file);
      config = text.isBlank() ? AppConfig.defaults() : yaml.readValue(text, AppConfig.class);
      if (config == null) {
        config = AppConfig.defaults();
      }
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(
          file
              + ": unknown key '"
              + path(e)
              + "' (known keys here: "
              + e.getKnownPropertyIds().stream()
                  .map(String::valueOf)
                  .sorted()
                  .collect(Collectors.joining(", "))
              + ")");
    } catch (JsonMappingException e) {
      throw new ConfigException(
          file + ": key '" + path(e) + "': " + e.getOriginalMessage().split("\n")[0]);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
    validate(file, config);
    return config;
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining("."))
        .replace(".[", "[");
  }

  private static void validate(Path file, AppConfig c) {
    List<String> problems = new ArrayList<>();
    if (c.engine().maxAnswerChars() < 100 || c.engine().maxAnswerChars() > 100_000) {
      problems.add("engine.max_answer_chars: must be between 100 and 100000");
    }
    if (c.engine().maxProbes() < 2 || c.engine().maxProbes() > 3) {
      problems.add("engine.max_probes: must be 2 or 3");
    }
    if (c.engine().recentWindow() < 0) {
      problems.add("engine.recent_window: must not be negative");
    }
    if (c.storage().poolSize() < 1) {
      problems.add("storage.pool_size: must be at least 1");
    }
    if (c.storage().cacheMaxSessions() < 0) {
      problems.add("storage.cache_max_sessions: must not be negative");
    }
    if (c.storage().cacheIdleMinutes() < 1) {
      problems.add("storage.cache_idle_minutes: must be at least 1");
    }
    if (!c.storage().url().isEmpty()
        && !c.storage().url().startsWith("jdbc:sqlite:")
        && !c.storage().url().startsWith("jdbc:postgresql:")) {
      problems.add("storage.url: must start with jdbc:sqlite: or jdbc:postgresql:");
    }
    if (c.discord().shardTotal() < 1) {
      problems.add("discord.shard_total: must be at least 1");
    }
    if (c.discord().shardFrom() < 0
        || c.discord().shardTo() < c.discord().shardFrom()
        || c.discord().shardTo() >= c.discord().shardTotal()) {
      problems.add("discord.shard_from/shard_to: need 0 <= shard_from <= shard_to < shard_total");
    }
    if (c.slack().port() < 1 || c.slack().port() > 65535) {
      problems.add("slack.port: must be a TCP port (1-65535)");
    }
    if (c.daily().catchUpMinutes() < 0 || c.daily().catchUpMinutes() > 24 * 60) {
      problems.add("daily.catch_up_minutes: must be between 0 and 1440");
    }
    if (c.daily().tickSeconds() < 1 || c.daily().tickSeconds() > 3600) {
      problems.add("daily.tick_seconds: must be between 1 and 3600");
    }
    if (c.reminders().afterHours() < 1 || c.reminders().afterHours() > 24 * 30) {
      problems.add("reminders.after_hours: must be between 1 and 720");
    }
    if (c.reminders().tickMinutes() < 1 || c.reminders().tickMinutes() > 24 * 60) {
      problems.add("reminders.tick_minutes: must be between 1 and 1440");
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(file + ": " + String.join("; ", problems));
    }
  }
}
