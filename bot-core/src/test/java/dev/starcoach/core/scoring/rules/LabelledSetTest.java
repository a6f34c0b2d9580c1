package dev.starcoach.core.scoring.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.scoring.Segment;
import dev.starcoach.core.scoring.rules.ScoredSet.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The quality bar on our own labelled answers (src/test/resources/scoring/labelled.jsonl), with the
 * same figures as the shared score-report: per step, AUC of strong vs weak at least 0.90 and above
 * the best naive text feature; the main flaw named as an issue for at least 70% of weak answers;
 * full answers segmented with at least 85% of words in the right step.
 */
class LabelledSetTest {
  private static final double MIN_AUC = 0.90;
  private static final double MIN_MAIN_FLAW = 0.70;
  private static final double MIN_SEGMENT_ACCURACY = 0.85;
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9$%']+");

  // GIVEN the labelled set, each answer scored with the bundled rules
  private static final Map<String, List<Row>> BY_STEP = ScoredSet.score("/scoring/labelled.jsonl");

  @Test
  void the_set_is_big_enough_and_covers_every_step() {
    int total = BY_STEP.values().stream().mapToInt(List::size).sum();
    assertTrue(total >= 150, "labelled answers: " + total);
    for (AnswerKind kind : AnswerKind.values()) {
      List<Row> rows = BY_STEP.getOrDefault(kind.id(), List.of());
      assertTrue(rows.stream().anyMatch(r -> r.label().equals("strong")), kind + " strong");
      assertTrue(rows.stream().anyMatch(r -> r.label().equals("weak")), kind + " weak");
    }
  }

  @Test
  void every_step_separates_strong_from_weak_better_than_naive_features() {
    // THEN per step the AUC clears the bar and beats every naive feature
    StringBuilder report = new StringBuilder();
    for (Map.Entry<String, List<Row>> e : BY_STEP.entrySet()) {
      List<Row> rows = e.getValue();
      double auc = auc(rows, r -> r.assessment().score());
      double naive = 0;
      for (String feature : List.of("length", "digits", "i_vs_we", "combo")) {
        naive = Math.max(naive, auc(rows, r -> naive(r.json().get("text").asText(), feature)));
      }
      report.append(String.format(Locale.ROOT, "%s auc=%.3f naive=%.3f%n", e.getKey(), auc, naive));
      assertTrue(auc >= MIN_AUC, e.getKey() + ": AUC " + auc + "\n" + report);
      assertTrue(auc > naive || auc == 1.0, e.getKey() + ": AUC " + auc + " vs naive " + naive);
    }
  }

  @Test
  void the_main_flaw_is_named_for_most_weak_answers() {
    for (Map.Entry<String, List<Row>> e : BY_STEP.entrySet()) {
      int flawed = 0;
      int named = 0;
      List<String> missed = new ArrayList<>();
      for (Row r : e.getValue()) {
        JsonNode flaws = r.json().get("flaws");
        if (flaws == null || flaws.isEmpty()) {
          continue;
        }
        flawed++;
        String main = flaws.get(0).asText();
        boolean found =
            r.assessment().findings(FindingKind.ISSUE).stream()
                .anyMatch(f -> f.category().id().equals(main));
        if (found) {
          named++;
        } else {
          missed.add(r.json().get("id").asText() + ":" + main);
        }
      }
      if (flawed > 0) {
        double rate = (double) named / flawed;
        assertTrue(rate >= MIN_MAIN_FLAW, e.getKey() + ": main flaw rate " + rate + " " + missed);
      }
    }
  }

  @Test
  void full_answers_are_segmented_into_the_right_steps() {
    List<Double> accuracies = new ArrayList<>();
    for (Row r : BY_STEP.get("full")) {
      JsonNode gold = r.json().get("segments");
      if (gold == null || gold.isEmpty()) {
        continue;
      }
      accuracies.add(segmentAccuracy(gold, r.assessment().segments()));
    }
    assertTrue(accuracies.size() >= 5, "gold-segmented full answers: " + accuracies.size());
    double mean = accuracies.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    assertTrue(mean >= MIN_SEGMENT_ACCURACY, "segment word accuracy " + mean);
  }

  @Test
  void the_auc_helper_is_sane() {
    assertEquals(1.0, aucOf(List.of(3.0, 4.0), List.of(1.0, 2.0)));
    assertEquals(0.5, aucOf(List.of(1.0), List.of(1.0)));
    assertEquals(0.0, aucOf(List.of(1.0), List.of(2.0)));
  }

  // ---------------------------------------------------------------- figures

  private static double auc(List<Row> rows, java.util.function.ToDoubleFunction<Row> f) {
    List<Double> pos = new ArrayList<>();
    List<Double> neg = new ArrayList<>();
    for (Row r : rows) {
      if (r.label().equals("strong")) {
        pos.add(f.applyAsDouble(r));
      } else if (r.label().equals("weak")) {
        neg.add(f.applyAsDouble(r));
      }
    }
    return aucOf(pos, neg);
  }

  static double aucOf(List<Double> pos, List<Double> neg) {
    double wins = 0;
    for (double p : pos) {
      for (double n : neg) {
        wins += p > n ? 1 : p == n ? 0.5 : 0;
      }
    }
    return wins / (pos.size() * (double) neg.size());
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** The naive features of score-report: length, digits, I vs we, and their combination. */
  private static double naive(String text, String feature) {
    List<String> w = words(text).stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
    long i = w.stream().filter(x -> List.of("i", "i'm", "i've", "i'd", "my").contains(x)).count();
    long we =
        w.stream()
            .filter(x -> List.of("we", "we're", "we've", "our", "us", "they", "team").contains(x))
            .count();
    long digits = text.chars().filter(Character::isDigit).count();
    double iVsWe = (i + 1.0) / (we + 1.0);
    return switch (feature) {
      case "length" -> w.size();
      case "digits" -> digits;
      case "i_vs_we" -> iVsWe;
      default -> iVsWe * (1 + digits) * Math.sqrt(w.size());
    };
  }

  /** Share of gold words that the predicted segments put in the same step (LCS alignment). */
  static double segmentAccuracy(JsonNode gold, List<Segment> predicted) {
    List<String> gw = new ArrayList<>();
    List<String> gl = new ArrayList<>();
    for (JsonNode seg : gold) {
      for (String w : words(seg.get("text").asText())) {
        gw.add(w.toLowerCase(Locale.ROOT));
        gl.add(seg.get("step").asText());
      }
    }
    List<String> pw = new ArrayList<>();
    List<String> pl = new ArrayList<>();
    for (Segment seg : predicted) {
      for (String w : words(seg.text())) {
        pw.add(w.toLowerCase(Locale.ROOT));
        pl.add(seg.step().id());
      }
    }
    int n = gw.size();
    int m = pw.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int a = n - 1; a >= 0; a--) {
      for (int b = m - 1; b >= 0; b--) {
        lcs[a][b] =
            gw.get(a).equals(pw.get(b))
                ? lcs[a + 1][b + 1] + 1
                : Math.max(lcs[a + 1][b], lcs[a][b + 1]);
      }
    }
    int right = 0;
    int a = 0;
    int b = 0;
    while (a < n && b < m) {
      if (gw.get(a).equals(pw.get(b))) {
        if (gl.get(a).equals(pl.get(b))) {
          right++;
        }
        a++;
        b++;
      } else if (lcs[a + 1][b] >= lcs[a][b + 1]) {
        a++;
      } else {
        b++;
      }
    }
    return n == 0 ? 1 : (double) right / n;
  }
}
