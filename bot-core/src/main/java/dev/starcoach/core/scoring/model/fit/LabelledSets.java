package dev.starcoach.core.scoring.model.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.ScoreRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads labelled JSONL ({@code id, step, text, label, level?, probe?, target_s?, principle?,
 * story?, flaws?}). Rows without a known step or a strong/mixed/weak label are skipped.
 */
public final class LabelledSets {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledSets() {}

  /**
   * Reads one file.
   *
   * @param file the JSONL file
   * @param crossValidated whether its rows are held out by story in cross-validation; its rows must
   *     then carry {@code story}
   */
  public static List<LabelledRow> read(Path file, boolean crossValidated) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<LabelledRow> out = new ArrayList<>();
    String name = file.getFileName().toString();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode o;
      try {
        o = JSON.readTree(line);
      } catch (IOException e) {
        throw new UncheckedIOException(file + ": " + e.getMessage(), e);
      }
      Optional<AnswerKind> kind = AnswerKind.parse(o.path("step").asText(""));
      String label = o.path("label").asText("");
      if (kind.isEmpty() || !List.of("strong", "mixed", "weak").contains(label)) {
        continue;
      }
      Level level = Level.parse(o.path("level").asText("")).orElse(Level.SDE2);
      String probe = o.hasNonNull("probe") ? o.get("probe").asText() : null;
      int target = o.path("target_s").asInt(0);
      ScoreRequest request =
          new ScoreRequest(kind.get(), o.path("text").asText(""), level, probe, target);
      Optional<Principle> principle = Principle.parse(o.path("principle").asText(""));
      String id = o.path("id").asText("");
      String group =
          o.has("story")
              ? name + ":" + o.get("story").asText()
              : name + ":" + o.path("source").asText(id);
      List<String> flaws = new ArrayList<>();
      o.path("flaws").forEach(f -> flaws.add(f.asText()));
      out.add(
          new LabelledRow(
              id, group, crossValidated && o.has("story"), request, principle, label, flaws));
    }
    return out;
  }
}
