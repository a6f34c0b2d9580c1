package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.testing.StoryViewSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

class StoryChoicesTest {
  @Test
  void givenManyStories_whenCompleted_thenMatchesByNumberOrTitleAtMost25() {
    // GIVEN forty stories, two about pricing
    List<Story> stories = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      String title = i == 12 || i == 33 ? "Pricing bug " + i : "Story " + "x".repeat(120);
      stories.add(StoryViewSamples.story(i, title, Map.of(Step.TASK, "t")));
    }

    // WHEN completed with a title word, a number, or nothing
    List<Command.Choice> pricing = StoryChoices.matching(stories, "PRICING");
    List<Command.Choice> byNumber = StoryChoices.matching(stories, "#3");
    List<Command.Choice> all = StoryChoices.matching(stories, "");

    // THEN the matches are offered by number, names within Discord's 100 characters
    assertEquals(List.of(12L, 33L), pricing.stream().map(Command.Choice::getAsLong).toList());
    assertEquals(List.of(3L, 30L, 31L, 32L, 33L, 34L, 35L, 36L, 37L, 38L, 39L), values(byNumber));
    assertEquals(StoryChoices.MAX, all.size());
    assertTrue(all.stream().allMatch(c -> c.getName().length() <= StoryChoices.NAME_MAX));
  }

  private static List<Long> values(List<Command.Choice> choices) {
    return choices.stream().map(Command.Choice::getAsLong).toList();
  }
}
