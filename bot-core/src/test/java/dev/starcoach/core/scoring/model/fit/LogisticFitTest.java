package dev.starcoach.core.scoring.model.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogisticFitTest {
  @Test
  void a_weight_never_takes_the_sign_its_feature_forbids() {
    // GIVEN data where feature 0 predicts strong answers but is declared an issue (weight <= 0)
    double[][] x = {{1, 0}, {1, 1}, {0, 0}, {0, 1}};
    double[] y = {1, 1, 0, 0};
    double[] sw = {1, 1, 1, 1};
    // WHEN fitted
    double[] w =
        LogisticFit.fit(
            x, y, sw, new int[] {-1, +1}, new boolean[] {true, true}, new double[3], true, 0.01);
    // THEN its weight stays at 0 instead of turning positive
    assertEquals(0.0, w[0], 1e-12);
  }

  @Test
  void a_feature_that_separates_the_labels_gets_a_clear_weight() {
    // GIVEN a feature that is 1 on strong answers and 0 on weak ones
    double[][] x = {{1}, {1}, {1}, {0}, {0}, {0}};
    double[] y = {1, 1, 1, 0, 0, 0};
    double[] sw = {1, 1, 1, 1, 1, 1};
    // WHEN fitted with a light penalty
    double[] w =
        LogisticFit.fit(x, y, sw, new int[] {+1}, new boolean[] {true}, new double[2], true, 0.01);
    // THEN a strong answer scores well above a weak one
    double strong = 1 / (1 + Math.exp(-(w[0] + w[1])));
    double weak = 1 / (1 + Math.exp(-w[1]));
    assertTrue(strong > 0.8 && weak < 0.2, strong + " " + weak);
  }

  @Test
  void a_story_lands_in_exactly_one_fold() {
    // GIVEN 27 stories WHEN dealt into 9 folds
    List<String> stories = new ArrayList<>();
    for (int i = 0; i < 27; i++) {
      stories.add("story-" + i);
    }
    List<Set<String>> folds = CrossValidation.folds(stories, 9);
    // THEN every story is in one fold only, and every fold has three
    for (String s : stories) {
      assertEquals(1, folds.stream().filter(f -> f.contains(s)).count(), s);
    }
    assertTrue(folds.stream().allMatch(f -> f.size() == 3));
  }
}
