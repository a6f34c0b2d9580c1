package dev.starcoach.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One time budget per level: the step targets add up to the whole answer's budget everywhere. */
class TimeBudgetTest {
  private final QuestionBank bank =
      new ContentLoader().load(List.of(Path.of("..", "config", "content")));

  @Test
  void givenEachLevel_whenTheDefaultTargetsAreSummed_thenTheyMakeTheLevelsBudget() {
    // GIVEN each level's default budget
    for (Level level : Level.values()) {
      TimeBudget budget = TimeBudget.of(level);

      // WHEN its step targets are summed
      int sum = 0;
      for (Step step : Step.values()) {
        sum += budget.target(step);
      }

      // THEN they make the level's budget: SDE1 2 minutes, SDE2 2.5, Senior 2.5 to 3
      assertEquals(level.totalBudgetSeconds(), sum, level.id());
    }
    assertEquals(120, Level.SDE1.totalBudgetSeconds());
    assertEquals(150, Level.SDE2.totalBudgetSeconds());
    assertTrue(Level.SENIOR.totalBudgetSeconds() >= TimeBudget.SENIOR_MIN_SECONDS);
    assertTrue(Level.SENIOR.totalBudgetSeconds() <= TimeBudget.SENIOR_MAX_SECONDS);
  }

  @Test
  void givenEveryShippedQuestion_whenItsTargetsAreSummedPerLevel_thenTheyMakeItsBudget() {
    // GIVEN every question of the shipped bank, walkthroughs with their own targets included
    for (Question q : bank.all()) {
      for (Level level : Level.values()) {
        // WHEN the step targets at the level are summed
        int sum = 0;
        for (Step step : Step.values()) {
          int target = q.targetSeconds(step, level);
          assertTrue(target > 0, q.id() + " " + step.id());
          sum += target;
        }

        // THEN they make the question's budget at that level, and the budget fits the level
        int budget = q.totalBudgetSeconds(level);
        assertEquals(budget, sum, q.id() + " at " + level.id());
        int low =
            level == Level.SENIOR ? TimeBudget.SENIOR_MIN_SECONDS : level.totalBudgetSeconds();
        int high =
            level == Level.SENIOR ? TimeBudget.SENIOR_MAX_SECONDS : level.totalBudgetSeconds();
        assertTrue(budget >= low && budget <= high, q.id() + " " + level.id() + " " + budget);
      }
    }
  }

  @Test
  void givenABudget_whenDescribedForAHint_thenTheNumbersShownAddUpToTheTotal() {
    // GIVEN the SDE1 budget of a walkthrough that sets its own step targets
    Question q = bank.all().stream().filter(Question::isWalkthrough).findFirst().orElseThrow();
    TimeBudget budget = q.budget(Level.SDE1);

    // WHEN it is described as a hint shows it
    String line = budget.describe();

    // THEN the step numbers shown add up to the total shown
    int sum =
        java.util.Arrays.stream(line.split(": ", 2)[1].split(", "))
            .mapToInt(part -> Integer.parseInt(part.replaceAll("\\D", "")))
            .sum();
    assertTrue(line.startsWith("about " + budget.totalSeconds() + " seconds"), line);
    assertEquals(budget.totalSeconds(), sum, line);
  }
}
