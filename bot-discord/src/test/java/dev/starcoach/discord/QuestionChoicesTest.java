package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.testing.TestBank;
import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

class QuestionChoicesTest {
  private final QuestionBank bank = TestBank.load();

  @Test
  void givenTypedWords_whenMatched_thenQuestionsContainingThemAreOfferedById() {
    List<Command.Choice> choices = QuestionChoices.matching(bank, "nobody asked", null);

    assertEquals(
        List.of("test-stale-cache"), choices.stream().map(Command.Choice::getAsString).toList());
    assertTrue(choices.get(0).getName().length() <= 100);
  }

  @Test
  void givenNothingTyped_whenMatched_thenEveryQuestionUpToTheLimit() {
    assertEquals(bank.size(), QuestionChoices.matching(bank, "", null).size());
  }

  @Test
  void givenAChosenPrinciple_whenMatched_thenOnlyItsQuestions() {
    List<Command.Choice> choices = QuestionChoices.matching(bank, "", "deliver-results");

    assertEquals(
        List.of("test-short-deadline"), choices.stream().map(Command.Choice::getAsString).toList());
  }
}
