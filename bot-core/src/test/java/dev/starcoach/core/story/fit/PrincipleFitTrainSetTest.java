package dev.starcoach.core.story.fit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The estimator on stories we did not write: the labelled training answers, when {@code
 * ../shared/eval/} sits beside the checkout (skipped otherwise). Each story's strong steps are
 * assembled into one story and its question's principle should come out usable or better; its weak
 * steps assembled should come out lower. Their text is read here and never stored; no rule was
 * tuned on it.
 */
class PrincipleFitTrainSetTest {
  static final Path TRAIN = Path.of("..", "..", "shared", "eval", "train_answers.jsonl");
  static final PrincipleFit FIT = new PrincipleFit();

  /** One independent writer's story: its principle and its strong and weak text per step. */
  static final class Written {
    Principle principle;
    final Map<Step, String> strong = new EnumMap<>(Step.class);
    final Map<Step, String> weak = new EnumMap<>(Step.class);
  }

  static Map<String, Written> stories() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Written> out = new TreeMap<>();
    for (String line : Files.readAllLines(TRAIN, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode o = json.readTree(line);
      Step step = Step.parse(o.path("step").asText()).orElse(null);
      Principle p = Principle.parse(o.path("principle").asText()).orElse(null);
      if (step == null || p == null) {
        continue;
      }
      Written w = out.computeIfAbsent(o.path("story").asText(), k -> new Written());
      w.principle = p;
      String label = o.path("label").asText();
      if (label.equals("strong")) {
        w.strong.putIfAbsent(step, o.path("text").asText());
      } else if (label.equals("weak")) {
        w.weak.putIfAbsent(step, o.path("text").asText());
      }
    }
    return out;
  }

  @Test
  void strong_stories_of_independent_writers_serve_their_principle_and_weak_ones_less()
      throws IOException {
    assumeTrue(Files.isReadable(TRAIN), "no ../shared/eval beside this checkout");
    // GIVEN the training stories, assembled from their strong steps and from their weak steps
    Map<String, Written> stories = stories();
    int complete = 0;
    int strongUsable = 0;
    int weakUsable = 0;
    int dropped = 0;
    StringBuilder missed = new StringBuilder();
    for (Written w : stories.values()) {
      if (w.strong.size() < Step.values().length || w.weak.size() < Step.values().length) {
        continue;
      }
      complete++;
      // WHEN each version is estimated
      FitStrength strong = FIT.estimate(w.strong, Map.of()).cell(w.principle).estimated();
      FitStrength weak = FIT.estimate(w.weak, Map.of()).cell(w.principle).estimated();
      strongUsable += strong.usable() ? 1 : 0;
      weakUsable += weak.usable() ? 1 : 0;
      dropped += weak.ordinal() > strong.ordinal() ? 1 : 0;
      if (!strong.usable()) {
        missed.append(' ').append(w.principle.id()).append('=').append(strong);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%ntrain-set check: %d stories; question's principle usable or better: strong %d/%d,"
            + " weak %d/%d; weaker when told weakly: %d/%d%nstrong versions not usable:%s%n",
        complete,
        strongUsable,
        complete,
        weakUsable,
        complete,
        dropped,
        complete,
        missed);
    // THEN most strong versions serve their principle, and the weak versions serve it less often
    assertTrue(complete >= 20, "stories assembled: " + complete);
    assertTrue(strongUsable >= complete / 2, "strong usable " + strongUsable + "/" + complete);
    assertTrue(weakUsable < strongUsable, "weak " + weakUsable + " vs strong " + strongUsable);
    assertTrue(dropped >= complete / 2, "weaker when told weakly: " + dropped + "/" + complete);
  }
}
