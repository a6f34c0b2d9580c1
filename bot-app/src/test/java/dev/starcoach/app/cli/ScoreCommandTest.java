package dev.starcoach.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The score command's contract, as other tools rely on it. */
class ScoreCommandTest {
  private final ObjectMapper json = new ObjectMapper();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;

  private int run(String stdin, String... args) {
    ScoreCommand command =
        new ScoreCommand(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new CommandLine(command).execute(args);
  }

  private List<JsonNode> lines() throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        nodes.add(json.readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void jsonl_writes_one_line_per_input_in_order_and_bad_lines_get_errors() throws Exception {
    // GIVEN good lines, a broken line, an unknown step, a missing text and extra fields
    String input =
        String.join(
            "\n",
            "{\"id\":\"a\",\"step\":\"task\",\"text\":\"Nobody asked me to fix it.\",\"label\":\"x\"}",
            "{not json",
            "{\"id\":\"c\",\"step\":\"wander\",\"text\":\"hi\"}",
            "{\"id\":\"d\",\"step\":\"action\"}",
            "[1,2]",
            "{\"id\":7,\"step\":\"probe\",\"text\":\"I brought a fix.\",\"probe\":\"How?\",\"level\":\"senior\"}",
            "{\"id\":\"f\",\"step\":\"full\",\"text\":\"I noticed it. I fixed it. It fell from 5% to 1%.\"}",
            "{\"id\":\"g\",\"step\":\"result\",\"text\":\"ok\",\"level\":\"wizard\"}");
    // WHEN scored from stdin
    int code = run(input, "--jsonl", "-");
    // THEN every input has its line, in order, and the run succeeds
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    List<JsonNode> lines = lines();
    assertEquals(8, lines.size());
    JsonNode a = lines.get(0);
    assertEquals("a", a.get("id").asText());
    assertEquals("task", a.get("step").asText());
    assertTrue(a.get("score").isInt());
    assertTrue(
        List.of("STRONG_HIRE", "HIRE", "LEANING_NO_HIRE", "NO_HIRE")
            .contains(a.get("verdict").asText()));
    assertTrue(a.get("spoken_seconds").isNumber());
    JsonNode finding = a.get("findings").get(0);
    for (String field : List.of("category", "kind", "message", "evidence")) {
      assertTrue(finding.has(field), field);
    }
    assertTrue(!a.has("segments"));
    assertTrue(lines.get(1).get("id").isNull());
    assertTrue(lines.get(1).get("error").asText().startsWith("invalid JSON"));
    assertEquals("c", lines.get(2).get("id").asText());
    assertTrue(lines.get(2).get("error").asText().contains("unknown step"));
    assertTrue(lines.get(3).get("error").asText().contains("missing text"));
    assertTrue(lines.get(4).has("error"));
    assertEquals(7, lines.get(5).get("id").asInt());
    assertEquals("probe", lines.get(5).get("step").asText());
    JsonNode full = lines.get(6);
    assertTrue(full.get("segments").isArray());
    assertTrue(full.get("segments").get(0).has("step"));
    assertTrue(lines.get(7).get("error").asText().contains("unknown level"));
  }

  @Test
  void jsonl_reads_a_file() throws Exception {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(
        file,
        "{\"id\":\"x\",\"step\":\"reflection\",\"text\":\"I learned communication is important.\"}\n");
    assertEquals(0, run("", "--jsonl", file.toString()));
    JsonNode line = lines().get(0);
    assertEquals("x", line.get("id").asText());
    assertEquals("generic_reflection", line.get("findings").get(0).get("category").asText());
  }

  @Test
  void one_answer_is_printed_pretty_for_people() throws Exception {
    int code =
        run(
            "", "--step", "action", "--level", "senior", "I", "sent", "them", "a", "Slack",
            "message", "and", "they", "handled", "it.");
    assertEquals(0, code);
    String text = out.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("\n  \"score\""), text);
    JsonNode node = json.readTree(text);
    assertEquals("action", node.get("step").asText());
    assertEquals("handoff", node.get("findings").get(0).get("category").asText());
  }

  @Test
  void an_unknown_step_or_a_broken_rules_file_fails_with_a_message() throws Exception {
    assertEquals(2, run("", "--step", "dance", "text"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown step"));
    Path rules = dir.resolve("rules.yaml");
    Files.writeString(rules, "speech: {words_per_minute: 150}\n");
    err.reset();
    assertEquals(2, run("", "--rules", rules.toString(), "--step", "task", "text"));
    assertTrue(
        err.toString(StandardCharsets.UTF_8).contains("rules.yaml"),
        err.toString(StandardCharsets.UTF_8));
  }
}
