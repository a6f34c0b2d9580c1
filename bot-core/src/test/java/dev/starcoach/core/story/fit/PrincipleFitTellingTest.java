package dev.starcoach.core.story.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Scorer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The telling ceiling, with a scorer that gives each step a fixed score. */
class PrincipleFitTellingTest {

  /** A fake scorer: a fixed score per step. */
  static final class FixedScorer implements Scorer {
    private final Map<AnswerKind, Integer> scores;

    FixedScorer(Map<AnswerKind, Integer> scores) {
      this.scores = new EnumMap<>(scores);
    }

    static FixedScorer all(int score) {
      Map<AnswerKind, Integer> m = new EnumMap<>(AnswerKind.class);
      for (AnswerKind k : AnswerKind.values()) {
        m.put(k, score);
      }
      return new FixedScorer(m);
    }

    FixedScorer with(AnswerKind kind, int score) {
      Map<AnswerKind, Integer> m = new EnumMap<>(scores);
      m.put(kind, score);
      return new FixedScorer(m);
    }

    @Override
    public Assessment assess(ScoreRequest request) {
      int s = scores.get(request.kind());
      return new Assessment(s, Verdict.HIRE, 10, 20, List.of(), List.of(), List.of("fixed"));
    }

    @Override
    public BarRaiserVerdict conclude(Assessment full, List<Assessment> probes, Level level) {
      return new BarRaiserVerdict(Verdict.HIRE, full.score(), List.of("fixed"));
    }
  }

  static FitCell results(Scorer scorer) {
    return new PrincipleFit(scorer)
        .estimate(PrincipleFitTest.story(), Map.of())
        .cell(Principle.DELIVER_RESULTS);
  }

  @Test
  void a_well_told_story_can_be_strong() {
    // GIVEN every step scored 80 WHEN the story is estimated
    FitCell c = results(FixedScorer.all(80));
    // THEN its Deliver Results evidence shows at full strength
    assertEquals(FitStrength.STRONG, c.estimated(), c.toString());
  }

  @Test
  void a_vague_result_caps_it_at_usable_and_says_so() {
    // GIVEN the Result scored 20, the rest 80
    FitCell c = results(FixedScorer.all(80).with(AnswerKind.RESULT, 20));
    // THEN the same evidence is at most usable, and the reasons name the Result
    assertEquals(FitStrength.USABLE, c.estimated(), c.toString());
    assertTrue(c.reasons().stream().anyMatch(r -> r.startsWith("the Result is vague (20/100)")));
  }

  @Test
  void a_vague_action_caps_it_at_usable_and_says_so() {
    // GIVEN the Action scored 30, the rest 80
    FitCell c = results(FixedScorer.all(80).with(AnswerKind.ACTION, 30));
    // THEN it is at most usable, and the reasons name the Action
    assertEquals(FitStrength.USABLE, c.estimated(), c.toString());
    assertTrue(c.reasons().stream().anyMatch(r -> r.startsWith("the Action is not concrete")));
  }

  @Test
  void a_thin_story_is_at_most_weak() {
    // GIVEN every step scored 20
    FitCell c = results(FixedScorer.all(20));
    // THEN even clear evidence would not survive a probe
    assertEquals(FitStrength.WEAK, c.estimated(), c.toString());
    assertTrue(c.reasons().stream().anyMatch(r -> r.contains("thin overall")), c.toString());
  }
}
