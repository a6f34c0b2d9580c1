package dev.starcoach.core.scoring.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.rules.RuleScorer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The robustness properties over the labelled training answers, when {@code ../shared/eval/} sits
 * beside the checkout (skipped otherwise). Their text is read here and never stored; the stock
 * sentences and filler are ours.
 */
class TrainSetRobustnessTest {
  static final Path TRAIN = Path.of("..", "..", "shared", "eval", "train_answers.jsonl");
  static final RuleScorer SCORER = RuleScorer.withDefaults();

  record Row(AnswerKind kind, String text, String label, Level level) {}

  static List<Row> rows() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Row> out = new ArrayList<>();
    for (String line : Files.readAllLines(TRAIN, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode o = json.readTree(line);
      AnswerKind kind = AnswerKind.parse(o.path("step").asText()).orElse(null);
      if (kind == null || !OwnAnswers.STOCK.containsKey(kind)) {
        continue;
      }
      Level level = Level.parse(o.path("level").asText("")).orElse(Level.SDE2);
      out.add(new Row(kind, o.path("text").asText(), o.path("label").asText(), level));
    }
    return out;
  }

  static int score(AnswerKind kind, String text, Level level) {
    return SCORER.assess(ScoreRequest.of(kind, text, level)).score();
  }

  @Test
  void stock_filler_and_chat_style_barely_move_scores_on_the_training_answers() throws IOException {
    assumeTrue(Files.isReadable(TRAIN), "no ../shared/eval beside this checkout");
    // GIVEN the training answers of each STAR step
    List<Row> rows = rows();
    List<String> problems = new ArrayList<>();
    for (AnswerKind kind : OwnAnswers.STOCK.keySet()) {
      List<Row> weak =
          rows.stream().filter(r -> r.kind() == kind && r.label().equals("weak")).toList();
      List<Row> strong =
          rows.stream().filter(r -> r.kind() == kind && r.label().equals("strong")).toList();
      int[] strongScores =
          strong.stream().mapToInt(r -> score(kind, r.text(), r.level())).sorted().toArray();
      int median = strongScores[strongScores.length / 2];
      double stuffLift = 0;
      int stuffed = 0;
      int reach = 0;
      double fillerLift = 0;
      for (Row r : weak) {
        int before = score(kind, r.text(), r.level());
        // WHEN a stock sentence of ours is appended to a weak answer
        for (String stock : OwnAnswers.STOCK.get(kind)) {
          int after = score(kind, r.text() + " " + stock, r.level());
          stuffLift += after - before;
          stuffed++;
          reach += after >= median ? 1 : 0;
        }
        // AND when two sentences of filler are
        fillerLift += score(kind, r.text() + " " + OwnAnswers.FILLER.get(0), r.level()) - before;
      }
      // AND when a strong answer is retyped in chat style
      double chatMove = 0;
      for (Row r : strong) {
        chatMove +=
            Math.abs(
                score(kind, ScoringPropertiesTest.chatStyle(r.text()), r.level())
                    - score(kind, r.text(), r.level()));
      }
      stuffLift /= stuffed;
      fillerLift /= weak.size();
      chatMove /= strong.size();
      double reachShare = (double) reach / stuffed;
      if (stuffLift > 5 || reachShare >= 0.05 || fillerLift > 2 || chatMove > 5) {
        problems.add(
            String.format(
                "%s: stock +%.1f (%.0f%% reach the strong median), filler +%.1f, chat %.1f",
                kind.id(), stuffLift, 100 * reachShare, fillerLift, chatMove));
      }
    }
    // THEN on average stock lifts at most 5, reaches the strong median under 5 %, filler lifts at
    // most 2 and chat style moves at most 5, for every step
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }
}
