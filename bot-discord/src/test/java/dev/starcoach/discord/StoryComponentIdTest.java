package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Step;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryComponentIdTest {
  @Test
  void givenEveryActionAtTheLongestOwnerAndPlace_whenFormatted_thenItParsesBackWithin100Chars() {
    for (String place : java.util.List.of(Places.DM, Places.guild(-1L))) {
      for (StoryComponentId.Action action : StoryComponentId.Action.values()) {
        // GIVEN an id with the longest numbers
        StoryComponentId id =
            new StoryComponentId(
                action, Integer.MAX_VALUE, Optional.of(Step.REFLECTION), -1L, place, "");

        // WHEN formatted and parsed
        String text = id.format();

        // THEN it fits and comes back equal
        assertTrue(text.length() <= StoryComponentId.MAX_ID, text);
        assertEquals(Optional.of(id), StoryComponentId.parse(text));
      }
    }
  }

  @Test
  void givenATitleWithColons_whenCarriedByTheStepsForm_thenItComesBackWhole() {
    DiscordRenderer.Owner owner = new DiscordRenderer.Owner(-1L, Places.guild(-1L));
    String title = "Q3: the outage: part 2".substring(0, 22);
    assertTrue(title.length() <= StoryComponentId.titleRoom(owner));
    StoryComponentId id =
        new StoryComponentId(
            StoryComponentId.Action.STEPS_FORM, 0, Optional.empty(), -1L, owner.place(), title);

    assertEquals(title, StoryComponentId.parse(id.format()).orElseThrow().title());
  }

  @Test
  void givenOtherIds_whenParsed_thenTheyAreNotStoryComponents() {
    assertEquals(Optional.empty(), StoryComponentId.parse("sc:a:s0:1:dm"));
    assertEquals(Optional.empty(), StoryComponentId.parse("st:z:1:-:1:d"));
    assertEquals(Optional.empty(), StoryComponentId.parse("st:w:1:dance:1:d"));
    assertEquals(Optional.empty(), StoryComponentId.parse(null));
  }
}
