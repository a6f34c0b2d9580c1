package dev.starcoach.app.config;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.starcoach.core.content.TextFileLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads and validates {@code starcoach.yaml}. A typo in a key, a wrong type or a value out of range
 * fails fast with the file, the key path and the reason.
 */
public final class ConfigLoader {
  private final ObjectMapper yaml = strictMapper();

  private static ObjectMapper strictMapper() {
    YAMLMapper mapper =
        YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    // a number is a number: "3000" in quotes or 4000.7 are refused, not coerced
    for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
      mapper
          .coercionConfigFor(type)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    return mapper;
  }

  /** Loads the file, or the defaults when {@code file} is null or does not exist. */
  public AppConfig load(Path file) {
    if (file == null || !Files.exists(file)) {
      return AppConfig.defaults();
    }
    Optional<String> limits = TextFileLimits.SETTINGS.problem(file);
    if (limits.isPresent()) {
      throw new ConfigException(file + ": " + limits.get());
    }
    AppConfig config;
    try {
      String text = Files.readString(file);
      JsonNode tree = text.isBlank() ? null : yaml.readTree(text);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        config = AppConfig.defaults();
      } else {
        if (!tree.isObject()) {
          throw new ConfigException(file + ": the settings must be a map of sections");
        }
        nullKey(tree, "")
            .ifPresent(
                key -> {
                  throw new ConfigException(
                      file
                          + ": key '"
                          + key
                          + "' has no value; give one, or remove the key to use the default");
                });
        config = yaml.treeToValue(tree, AppConfig.class);
      }
    } catch (StreamReadException e) {
      java.util.regex.Matcher dup =
          java.util.regex.Pattern.compile("Duplicate field '([^']*)'")
              .matcher(String.valueOf(e.getOriginalMessage()));
      if (dup.find()) {
        throw new ConfigException(file + ": key '" + dup.group(1) + "' is given twice" + line(e));
      }
      throw new ConfigException(
          file + ": not valid YAML" + line(e) + ": " + firstLine(e.getOriginalMessage()));
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
          file + ": key '" + path(e) + "': " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
    }
    validate(file, config);
    return config;
  }

  /** The dotted path of the first key whose value is null, if any. */
  private static Optional<String> nullKey(JsonNode node, String prefix) {
    if (node.isObject()) {
      for (var field : node.properties()) {
        String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
        if (field.getValue().isNull()) {
          return Optional.of(key);
        }
        Optional<String> inner = nullKey(field.getValue(), key);
        if (inner.isPresent()) {
          return inner;
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String key = prefix + "[" + i + "]";
        if (node.get(i).isNull()) {
          return Optional.of(key);
        }
        Optional<String> inner = nullKey(node.get(i), key);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  private static String line(StreamReadException e) {
    return e.getLocation() == null || e.getLocation().getLineNr() < 1
        ? ""
        : " (line " + e.getLocation().getLineNr() + ")";
  }

  private static String firstLine(String message) {
    return message == null ? "invalid" : message.split("\n")[0];
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
    if (!c.slack().bindAddress().matches("[A-Za-z0-9.:%\\-]{1,253}")) {
      problems.add("slack.bind_address: must be an address or host name (127.0.0.1, 0.0.0.0)");
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
