package dev.starcoach.core.scoring.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.rules.RuleScorer;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Robustness of the scorer as properties over our own answers (issue 13): stock sentences, filler,
 * chat style and pronoun swaps barely move a score.
 */
class ScoringPropertiesTest {
  static final RuleScorer SCORER = RuleScorer.withDefaults();
  static final List<AnswerKind> STEPS =
      List.of(
          AnswerKind.SITUATION,
          AnswerKind.TASK,
          AnswerKind.ACTION,
          AnswerKind.RESULT,
          AnswerKind.REFLECTION);

  record Case(AnswerKind kind, String answer, String extra) {}

  static int score(AnswerKind kind, String text) {
    return SCORER.assess(ScoreRequest.of(kind, text, Level.SDE2)).score();
  }

  @Provide
  Arbitrary<Case> weakWithStock() {
    return Arbitraries.of(STEPS)
        .flatMap(
            kind ->
                Combinators.combine(
                        Arbitraries.of(OwnAnswers.WEAK.get(kind)),
                        Arbitraries.of(OwnAnswers.STOCK.get(kind)))
                    .as((w, s) -> new Case(kind, w, s)));
  }

  @Provide
  Arbitrary<Case> weakWithFiller() {
    return Arbitraries.of(STEPS)
        .flatMap(
            kind ->
                Combinators.combine(
                        Arbitraries.of(OwnAnswers.WEAK.get(kind)),
                        Arbitraries.of(OwnAnswers.FILLER))
                    .as((w, f) -> new Case(kind, w, f)));
  }

  @Provide
  Arbitrary<Case> strong() {
    return Arbitraries.of(STEPS)
        .flatMap(
            kind -> Arbitraries.of(OwnAnswers.STRONG.get(kind)).map(s -> new Case(kind, s, "")));
  }

  @Provide
  Arbitrary<Case> weak() {
    return Arbitraries.of(STEPS)
        .flatMap(kind -> Arbitraries.of(OwnAnswers.WEAK.get(kind)).map(s -> new Case(kind, s, "")));
  }

  @Property(tries = 60)
  void a_stock_sentence_lifts_a_weak_answer_by_at_most_5(@ForAll("weakWithStock") Case c) {
    // GIVEN a weak answer WHEN a stock sentence for its step is appended
    int before = score(c.kind(), c.answer());
    int after = score(c.kind(), c.answer() + " " + c.extra());
    // THEN the score rises by at most 5 points
    assertTrue(after - before <= 5, c + ": " + before + " -> " + after);
  }

  @Property(tries = 60)
  void two_sentences_of_filler_never_lift_a_weak_answer_by_more_than_5(
      @ForAll("weakWithFiller") Case c) {
    // GIVEN a weak answer WHEN two sentences of filler are appended
    int before = score(c.kind(), c.answer());
    int after = score(c.kind(), c.answer() + " " + c.extra());
    // THEN the score rises by at most 5 points (a very short answer is a little less short)
    assertTrue(after - before <= 5, c + ": " + before + " -> " + after);
  }

  @Example
  void two_sentences_of_filler_lift_weak_answers_by_at_most_2_on_average() {
    // GIVEN every weak answer of ours and every filler pair
    double lift = 0;
    int n = 0;
    for (AnswerKind kind : STEPS) {
      for (String weak : OwnAnswers.WEAK.get(kind)) {
        for (String filler : OwnAnswers.FILLER) {
          // WHEN the filler is appended
          lift += score(kind, weak + " " + filler) - score(kind, weak);
          n++;
        }
      }
    }
    // THEN the average lift is at most 2 points
    assertTrue(lift / n <= 2, "average filler lift " + lift / n);
  }

  @Property(tries = 20)
  void chat_style_moves_a_strong_answer_by_at_most_5(@ForAll("strong") Case c) {
    // GIVEN a strong answer WHEN it is retyped lowercase without punctuation
    int before = score(c.kind(), c.answer());
    int after = score(c.kind(), chatStyle(c.answer()));
    // THEN the score moves by at most 5 points
    assertTrue(Math.abs(after - before) <= 5, c + ": " + before + " -> " + after);
  }

  @Property(tries = 30)
  void swapping_pronouns_keeps_a_missing_metric_or_vague_outcome(@ForAll("weak") Case c) {
    // GIVEN a weak answer named for a missing metric or a vague outcome
    Assessment before = SCORER.assess(ScoreRequest.of(c.kind(), c.answer(), Level.SDE2));
    // WHEN only its pronouns are swapped (we <-> I)
    Assessment after =
        SCORER.assess(ScoreRequest.of(c.kind(), swapPronouns(c.answer()), Level.SDE2));
    // THEN those findings are still there
    for (FindingCategory kept : List.of(FindingCategory.NO_METRIC, FindingCategory.VAGUE_OUTCOME)) {
      if (before.has(kept)) {
        assertTrue(after.has(kept), c + " lost " + kept.id() + ": " + after.findings());
      }
    }
  }

  /** Lowercase, no punctuation, no apostrophes: how people type in chat. */
  static String chatStyle(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[.,;:!?()\"]", "").replace("'", "");
  }

  /** Swaps first-person singular and plural pronouns, word by word. */
  static String swapPronouns(String text) {
    StringBuilder out = new StringBuilder();
    for (String w : text.split(" ", -1)) {
      String bare = w.replaceAll("[^A-Za-z]", "");
      String tail = w.substring(bare.length() <= w.length() ? w.indexOf(bare) + bare.length() : 0);
      String swapped =
          switch (bare) {
            case "I" -> "we";
            case "we" -> "I";
            case "We" -> "I";
            case "my" -> "our";
            case "My" -> "Our";
            case "our" -> "my";
            case "Our" -> "My";
            case "me" -> "us";
            case "us" -> "me";
            default -> null;
          };
      out.append(out.length() > 0 ? " " : "").append(swapped == null ? w : swapped + tail);
    }
    return out.toString();
  }
}
