package dev.starcoach.core.story.fit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The estimator against our own labelled stories (issue 17): precision and recall of "usable or
 * better" on the dev split (the rules were tuned on it) and on the holdout split (written before
 * tuning, never tuned on). Prints the tables that {@code docs/stories.md} reports.
 */
class PrincipleFitEvalTest {
  static final PrincipleFit FIT = new PrincipleFit();

  static FitScores evaluate(List<LabelledStories.Labelled> stories) {
    FitScores scores = new FitScores();
    for (LabelledStories.Labelled s : stories) {
      scores.add(s, FIT.estimate(s.steps(), Map.of()));
    }
    return scores;
  }

  static void print(String split, FitScores scores, int stories) {
    FitScores.Counts all = scores.overall();
    System.out.printf(
        Locale.ROOT,
        "%n%s split (%d stories): precision %.2f, strict precision %.2f, recall %.2f%n%s",
        split,
        stories,
        all.precision(),
        all.strictPrecision(),
        all.recall(),
        scores.table());
  }

  @Test
  void the_labelled_file_has_enough_varied_stories() {
    // GIVEN our labelled stories
    List<LabelledStories.Labelled> all = LabelledStories.all();
    // THEN there are at least 40 for development and 20 held out, each fully written and labelled
    assertTrue(LabelledStories.split("dev").size() >= 40, "dev stories");
    assertTrue(LabelledStories.split("holdout").size() >= 20, "holdout stories");
    for (LabelledStories.Labelled s : all) {
      assertTrue(s.steps().values().stream().noneMatch(String::isBlank), s.id() + " has 5 steps");
      assertTrue(s.not().size() >= 3, s.id() + " names principles it should not serve");
      assertTrue(
          s.serves().stream().noneMatch(s.not()::contains), s.id() + " labels are consistent");
    }
  }

  @Test
  void dev_split_precision_and_recall_meet_their_floors() {
    // GIVEN the dev stories WHEN each is estimated
    List<LabelledStories.Labelled> dev = LabelledStories.split("dev");
    FitScores scores = evaluate(dev);
    print("dev", scores, dev.size());
    // THEN usable-or-better agrees with the labels
    FitScores.Counts all = scores.overall();
    assertTrue(all.precision() >= 0.90, "dev precision " + all.precision());
    assertTrue(all.strictPrecision() >= 0.70, "dev strict precision " + all.strictPrecision());
    assertTrue(all.recall() >= 0.85, "dev recall " + all.recall());
  }

  @Test
  void holdout_split_precision_and_recall_meet_their_floors() {
    // GIVEN the stories held out from tuning WHEN each is estimated
    List<LabelledStories.Labelled> holdout = LabelledStories.split("holdout");
    FitScores scores = evaluate(holdout);
    print("holdout", scores, holdout.size());
    // THEN usable-or-better agrees with the labels well enough to guide a person
    FitScores.Counts all = scores.overall();
    // measured: precision 0.91, strict precision 0.49, recall 0.77 on first run; 0.91, 0.53,
    // 0.77 after the second dev round (15 more dev stories; the holdout was not looked into);
    // 0.91, 0.51, 0.81 after the recall round (general cue families, one decisive kind enough)
    assertTrue(all.precision() >= 0.80, "holdout precision " + all.precision());
    assertTrue(all.strictPrecision() >= 0.40, "holdout strict precision " + all.strictPrecision());
    assertTrue(all.recall() >= 0.75, "holdout recall " + all.recall());
  }
}
