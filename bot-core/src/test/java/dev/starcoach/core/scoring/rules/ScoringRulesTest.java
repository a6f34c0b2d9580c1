package dev.starcoach.core.scoring.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.ScoreRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading and validating the rules file. */
class ScoringRulesTest {
  private static final Path CONFIG = Path.of("..", "config", "scoring-rules.yaml");

  @TempDir Path dir;

  private static String configText() throws IOException {
    return Files.readString(CONFIG, StandardCharsets.UTF_8);
  }

  private ScoringRulesException loadBroken(String yaml) throws IOException {
    Path file = dir.resolve("rules.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return assertThrows(ScoringRulesException.class, () -> ScoringRules.load(file));
  }

  @Test
  void the_bundled_default_is_the_config_file() throws IOException {
    // GIVEN the jar's bundled rules WHEN read THEN they are byte-for-byte the operator's file
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(ScoringRules.DEFAULT_RESOURCE)) {
      assertEquals(configText(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    ScoringRules rules = ScoringRules.loadDefault();
    assertEquals(150, rules.speech().wordsPerMinute());
    for (Lexicon l : Lexicon.values()) {
      assertTrue(!rules.phrases(l).isEmpty(), l.key());
    }
  }

  @Test
  void an_operator_file_is_loaded_and_changes_the_scoring() throws IOException {
    // GIVEN a file where "gremlin" is a hand-off phrase
    String yaml = configText().replace("handoff_direct: [", "handoff_direct: [gremlin, ");
    Path file = dir.resolve("rules.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    // WHEN an answer uses it THEN the tuned scorer names a hand-off and the default does not
    RuleScorer tuned = new RuleScorer(ScoringRules.load(file));
    ScoreRequest r =
        ScoreRequest.of(AnswerKind.ACTION, "I wrote the fix. Then a gremlin appeared.", Level.SDE2);
    assertTrue(tuned.assess(r).has(FindingCategory.HANDOFF));
    assertTrue(!RuleScorer.withDefaults().assess(r).has(FindingCategory.HANDOFF));
  }

  @Test
  void an_unknown_key_names_the_file_and_path() throws IOException {
    ScoringRulesException e =
        loadBroken(
            configText().replace("  words_per_minute: 150", "  words_per_minute: 150\n  wpm: 3"));
    assertTrue(e.getMessage().contains("rules.yaml"), e.getMessage());
    assertEquals("speech.wpm", e.keyPath());
  }

  @Test
  void a_wrong_type_is_rejected() throws IOException {
    ScoringRulesException e =
        loadBroken(configText().replace("words_per_minute: 150", "words_per_minute: fast"));
    assertEquals("speech.words_per_minute", e.keyPath());
    assertTrue(e.reason().contains("whole number"), e.reason());
  }

  @Test
  void an_empty_list_is_rejected() throws IOException {
    String yaml = configText().replaceFirst("(?m)^  hedges: \\[.*]$", "  hedges: []");
    ScoringRulesException e = loadBroken(yaml);
    assertEquals("phrases.hedges", e.keyPath());
  }

  @Test
  void an_unknown_phrase_list_is_rejected() throws IOException {
    ScoringRulesException e =
        loadBroken(configText().replace("phrases:\n", "phrases:\n  sparkle: [shiny]\n"));
    assertEquals("phrases.sparkle", e.keyPath());
  }

  @Test
  void a_weight_out_of_range_is_rejected() throws IOException {
    String yaml = configText().replace("    handoff: 50\n", "    handoff: 140\n");
    ScoringRulesException e = loadBroken(yaml);
    assertEquals("weights.action.handoff", e.keyPath());
    assertTrue(e.reason().contains("outside 0..100"), e.reason());
  }

  @Test
  void a_missing_weight_is_rejected() throws IOException {
    ScoringRulesException e = loadBroken(configText().replace("    handoff: 50\n", ""));
    assertEquals("weights.action.handoff", e.keyPath());
  }

  @Test
  void a_phrase_in_a_single_word_list_must_be_one_word() throws IOException {
    ScoringRulesException e =
        loadBroken(configText().replace("negators: [not,", "negators: [not at all, not,"));
    assertEquals("phrases.negators[0]", e.keyPath());
  }

  @Test
  void a_bad_verdict_name_is_rejected() throws IOException {
    ScoringRulesException e =
        loadBroken(configText().replace("full_handoff: LEANING_NO_HIRE", "full_handoff: MAYBE"));
    assertEquals("caps.full_handoff", e.keyPath());
  }

  @Test
  void a_missing_file_is_a_clear_error() {
    ScoringRulesException e =
        assertThrows(
            ScoringRulesException.class, () -> ScoringRules.load(dir.resolve("nope.yaml")));
    assertTrue(e.getMessage().contains("nope.yaml"));
  }
}
