package dev.starcoach.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starcoach.app.AppEnvironment;
import dev.starcoach.app.StarCoachMain;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

  @Test
  void quickJsonRunPrintsOneObjectWithEveryFigureAndLosesNoAnswer() throws Exception {
    // GIVEN the app with the project's config and content, and no database URL (SQLite)
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AppEnvironment env =
        new AppEnvironment(
            Map.of(),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            RepoRoot.find());

    // WHEN `starcoach bench --json --quick` runs
    int status = StarCoachMain.run(env, "bench", "--json", "--quick", "--people", "30");

    // THEN stdout is exactly one JSON object holding the tracked figures, and nothing was lost
    String stdout = out.toString(StandardCharsets.UTF_8).strip();
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertEquals(1, stdout.lines().count(), stdout);
    JsonNode json = new ObjectMapper().readTree(stdout);
    assertTrue(json.isObject(), stdout);
    for (String key :
        List.of(
            "scorer_answers_per_s",
            "score_vs_tokenize_ratio",
            "engine_answers_per_s",
            "engine_p50_ms",
            "engine_p99_ms",
            "lost_answers",
            "storage_answers_per_s",
            "heap_bytes_per_session",
            "console_start_ms",
            "bot_start_ms")) {
      assertTrue(json.path(key).isNumber(), key + " missing or not a number in " + stdout);
      assertTrue(json.path(key).asDouble() >= 0, key + " negative in " + stdout);
    }
    assertEquals(0, json.path("lost_answers").asLong(), stdout);
    assertEquals(300, json.path("engine_answers").asLong(), stdout);
    assertEquals("sqlite", json.path("engine_store").asText());
    assertTrue(json.path("scorer_answers_per_s").asDouble() > 0, stdout);
  }
}
