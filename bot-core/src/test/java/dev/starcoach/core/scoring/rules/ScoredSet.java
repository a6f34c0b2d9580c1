package dev.starcoach.core.scoring.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.ScoreRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A labelled answer set (JSON lines on the test classpath) scored with the bundled rules. */
final class ScoredSet {
  private ScoredSet() {}

  /** One labelled answer and its assessment. */
  record Row(JsonNode json, Assessment assessment) {
    String step() {
      return json.get("step").asText();
    }

    String label() {
      return json.path("label").asText();
    }
  }

  /** Scores every row of a resource such as {@code /scoring/labelled.jsonl}, grouped by step. */
  static Map<String, List<Row>> score(String resource) {
    RuleScorer scorer = RuleScorer.withDefaults();
    ObjectMapper json = new ObjectMapper();
    Map<String, List<Row>> byStep = new LinkedHashMap<>();
    try (InputStream in = ScoredSet.class.getResourceAsStream(resource);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = json.readTree(line);
        AnswerKind kind = AnswerKind.parse(row.get("step").asText()).orElseThrow();
        Level level = Level.parse(row.path("level").asText("sde2")).orElse(Level.SDE2);
        String probe = row.has("probe") ? row.get("probe").asText() : null;
        Assessment a =
            scorer.assess(new ScoreRequest(kind, row.get("text").asText(), level, probe, 0));
        byStep.computeIfAbsent(kind.id(), k -> new ArrayList<>()).add(new Row(row, a));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return byStep;
  }
}
