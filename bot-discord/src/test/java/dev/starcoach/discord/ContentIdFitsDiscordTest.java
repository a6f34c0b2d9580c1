package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.ContentLoader;
import dev.starcoach.core.content.Level;
import org.junit.jupiter.api.Test;

/** Every id the content loader accepts fits a daily question's custom_id (100 characters). */
class ContentIdFitsDiscordTest {

  @Test
  void theLongestAcceptedIdFitsTheLongestDailyCustomId() {
    // GIVEN the longest question id the loader accepts and the longest level and post id
    String id = "q".repeat(ContentLoader.MAX_ID_LENGTH);

    // WHEN the answer form's custom id is built for it (the longest daily form)
    DailyComponentId modal =
        DailyComponentId.button(DailyComponentId.Action.ANSWER, Level.SENIOR, id).modalFor(-1L);

    // THEN it is within Discord's limit
    assertTrue(modal.format().length() <= 100, modal.format().length() + ": " + modal.format());
  }
}
