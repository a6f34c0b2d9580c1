package dev.starcoach.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.session.AskedProbe;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.RecordedAnswer;
import dev.starcoach.core.session.SessionMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How values are written into columns: stable lowercase ids for enums, fixed-width ISO-8601 UTC
 * text for instants, and small JSON documents for lists. Kept apart from the Java records so a
 * renamed field never breaks stored data.
 */
final class Codec {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private static final Map<String, SessionMode> MODES =
      index(SessionMode.values(), SessionMode::id);
  private static final Map<String, Level> LEVELS = index(Level.values(), Level::id);
  private static final Map<String, Phase> PHASES = index(Phase.values(), Codec::id);
  private static final Map<String, AnswerKind> KINDS = index(AnswerKind.values(), AnswerKind::id);
  private static final Map<String, Principle> PRINCIPLES = index(Principle.values(), Principle::id);

  private Codec() {}

  static String instant(Instant instant) {
    return INSTANT.format(instant);
  }

  static Instant instant(String text) {
    return Instant.parse(text);
  }

  static String id(Phase phase) {
    return phase.name().toLowerCase(Locale.ROOT);
  }

  static SessionMode mode(String id) {
    return lookup(MODES, id, "mode");
  }

  static Level level(String id) {
    return lookup(LEVELS, id, "level");
  }

  static Phase phase(String id) {
    return lookup(PHASES, id, "phase");
  }

  static AnswerKind kind(String id) {
    return lookup(KINDS, id, "answer kind");
  }

  static Principle principle(String id) {
    return lookup(PRINCIPLES, id, "principle");
  }

  static String intList(List<Integer> values) {
    ArrayNode array = JSON.createArrayNode();
    values.forEach(array::add);
    return write(array);
  }

  static List<Integer> intList(String json) {
    List<Integer> out = new ArrayList<>();
    for (JsonNode n : read(json)) {
      out.add(n.intValue());
    }
    return out;
  }

  /** A set of ids as a sorted JSON array. */
  static String stringSet(Collection<String> values) {
    ArrayNode array = JSON.createArrayNode();
    new TreeSet<>(values).forEach(array::add);
    return write(array);
  }

  /** A list of strings as a JSON array, in its own order. */
  static String stringList(List<String> values) {
    ArrayNode array = JSON.createArrayNode();
    values.forEach(array::add);
    return write(array);
  }

  static List<String> stringList(String json) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : read(json)) {
      out.add(n.textValue());
    }
    return out;
  }

  static String probes(List<AskedProbe> probes) {
    ArrayNode array = JSON.createArrayNode();
    for (AskedProbe p : probes) {
      ObjectNode o = array.addObject();
      o.put("question", p.question());
      o.put("focus", p.focus().id());
      o.put("dimension", p.dimension());
      o.put("quote", p.quote());
    }
    return write(array);
  }

  static List<AskedProbe> probes(String json) {
    List<AskedProbe> out = new ArrayList<>();
    if (json == null || json.isBlank()) {
      return out;
    }
    for (JsonNode o : read(json)) {
      out.add(
          new AskedProbe(
              o.path("question").textValue(),
              Step.parse(o.path("focus").asText(""))
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException("unknown probe focus: " + o.path("focus"))),
              o.path("dimension").asText(""),
              o.path("quote").asText("")));
    }
    return out;
  }

  static String answers(List<RecordedAnswer> answers) {
    ArrayNode array = JSON.createArrayNode();
    for (RecordedAnswer a : answers) {
      ObjectNode o = array.addObject();
      o.put("kind", a.kind().id());
      o.put("position", a.position());
      o.put("prompt", a.prompt());
      o.put("text", a.text());
      o.put("score", a.score());
      o.put("spoken_seconds", a.spokenSeconds());
      o.put("target_seconds", a.targetSeconds());
      o.put("reply_millis", a.replyMillis());
      o.put("answered_at", instant(a.answeredAt()));
      o.put("skipped", a.skipped());
      o.put("verdict", a.verdict().name());
      o.set("findings", findingsNode(a.findings()));
      ArrayNode reasons = o.putArray("reasons");
      a.reasons().forEach(reasons::add);
    }
    return write(array);
  }

  static List<RecordedAnswer> answers(String json) {
    List<RecordedAnswer> out = new ArrayList<>();
    for (JsonNode o : read(json)) {
      out.add(
          new RecordedAnswer(
              kind(o.path("kind").textValue()),
              o.path("position").intValue(),
              o.path("prompt").textValue(),
              o.path("text").textValue(),
              o.path("score").intValue(),
              o.path("spoken_seconds").doubleValue(),
              o.path("target_seconds").intValue(),
              o.path("reply_millis").longValue(),
              instant(o.path("answered_at").textValue()),
              o.path("skipped").booleanValue(),
              Verdict.parse(o.path("verdict").asText("")).orElse(Verdict.NO_HIRE),
              findings(o.path("findings")),
              strings(o.path("reasons"))));
    }
    return out;
  }

  static String findings(List<Finding> findings) {
    return write(findingsNode(findings));
  }

  private static ArrayNode findingsNode(List<Finding> findings) {
    ArrayNode array = JSON.createArrayNode();
    for (Finding f : findings) {
      ObjectNode o = array.addObject();
      o.put("category", f.category().id());
      o.put("message", f.message());
      o.put("evidence", f.evidence());
      o.put("points", f.points());
    }
    return array;
  }

  static List<Finding> findings(String json) {
    return findings(read(json));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.textValue());
    }
    return out;
  }

  /** Findings from a JSON array; a missing node (answers stored before findings were) is none. */
  private static List<Finding> findings(JsonNode array) {
    List<Finding> out = new ArrayList<>();
    for (JsonNode o : array) {
      String id = o.path("category").textValue();
      FindingCategory category =
          FindingCategory.byId(id)
              .orElseThrow(
                  () -> new IllegalStateException("stored finding has unknown category " + id));
      out.add(
          new Finding(
              category,
              o.path("message").textValue(),
              o.path("evidence").textValue(),
              o.path("points").asInt(0)));
    }
    return out;
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON column", e);
    }
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON column is not valid JSON", e);
    }
  }

  private static <E> Map<String, E> index(E[] values, Function<E, String> id) {
    Map<String, E> map = new HashMap<>();
    for (E value : values) {
      map.put(id.apply(value), value);
    }
    return Map.copyOf(map);
  }

  private static <E> E lookup(Map<String, E> map, String id, String what) {
    E value = map.get(id);
    if (value == null) {
      throw new IllegalStateException("stored " + what + " '" + id + "' is not known");
    }
    return value;
  }
}
