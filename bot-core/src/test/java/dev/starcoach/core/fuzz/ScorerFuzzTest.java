package dev.starcoach.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Segment;
import dev.starcoach.core.scoring.rules.RuleScorer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The scorer fed anything at all, for every kind of answer and every level: it never throws, every
 * score is 0-100, every finding has a known category and a message, and the same text always gets
 * the same assessment.
 */
class ScorerFuzzTest {
  private static final RuleScorer SCORER = RuleScorer.withDefaults();

  @Provide
  Arbitrary<String> messy() {
    return MessyText.text();
  }

  @Provide
  Arbitrary<String> probeQuestions() {
    return Arbitraries.oneOf(
        Arbitraries.just(null),
        MessyText.text(),
        Arbitraries.just("How did you know the fix worked?"));
  }

  static void assertSane(Assessment a, AnswerKind kind) {
    assertNotNull(a);
    assertTrue(a.score() >= 0 && a.score() <= 100, "score " + a.score());
    assertNotNull(a.verdict());
    assertTrue(
        Double.isFinite(a.spokenSeconds()) && a.spokenSeconds() >= 0, "" + a.spokenSeconds());
    for (Finding f : a.findings()) {
      assertNotNull(f.category());
      assertTrue(FindingCategory.byId(f.category().id()).isPresent(), f.category().id());
      assertEquals(f.category().kind(), f.kind());
      assertNotNull(f.message());
      assertFalse(f.message().isBlank(), f.toString());
      assertNotNull(f.evidence());
    }
    for (Segment s : a.segments()) {
      assertNotNull(s.step(), "segment without a step");
      assertNotNull(s.text());
    }
    if (kind != AnswerKind.FULL) {
      assertTrue(a.segments().isEmpty() || a.segments().size() <= 5, a.segments().toString());
    }
  }

  @Property(tries = 400)
  void anyTextIsScoredWithoutThrowingAndTheSameWayTwice(
      @ForAll("messy") String text,
      @ForAll AnswerKind kind,
      @ForAll Level level,
      @ForAll("probeQuestions") String probe) {
    // GIVEN any text, kind, level and probe question
    ScoreRequest request = new ScoreRequest(kind, text, level, probe, 0);

    // WHEN it is scored twice
    Assessment first = SCORER.assess(request);
    Assessment second = SCORER.assess(request);

    // THEN the assessment is sane and repeatable
    assertSane(first, kind);
    assertEquals(first, second);
  }

  @Property(tries = 12)
  void hundredKilobyteAnswersAreScored(
      @ForAll("messy") String seed, @ForAll AnswerKind kind, @ForAll Level level) {
    // GIVEN an answer of at least 100 KB
    String unit = seed.isEmpty() ? "I fixed the cache. " : seed + " ";
    StringBuilder big = new StringBuilder(110_000);
    while (big.length() < 100_000) {
      big.append(unit);
    }

    // WHEN it is scored
    Assessment a = SCORER.assess(ScoreRequest.of(kind, big.toString(), level));

    // THEN it is a sane assessment, and length did not buy a top score
    assertSane(a, kind);
    assertTrue(a.score() < 100, "a 100 KB answer scored 100");
  }

  @Example
  void emptyAndInvisibleAnswersAreScoredForEveryKindAndLevel() {
    for (String text : new String[] {"", " ", "\n\t\r", "\u200B\u200D\uFEFF", "\u0000"}) {
      for (AnswerKind kind : AnswerKind.values()) {
        for (Level level : Level.values()) {
          // WHEN nothing readable is scored
          Assessment a = SCORER.assess(new ScoreRequest(kind, text, level, null, 0));

          // THEN it is sane and not a good score
          assertSane(a, kind);
          assertTrue(a.score() < 50, kind + "/" + level + " scored " + a.score());
        }
      }
    }
  }
}
