package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.ContentLoader;
import dev.starcoach.core.content.Level;
import org.junit.jupiter.api.Test;

/** Every id the content loader accepts fits a daily post's block id and button value (255). */
class ContentIdFitsSlackTest {

  @Test
  void theLongestAcceptedIdFitsTheDailyBlockIdAndButtonValue() {
    // GIVEN the longest question id the loader accepts, at the longest level name
    String id = "q".repeat(ContentLoader.MAX_ID_LENGTH);

    // WHEN the daily post's reference is encoded (block_id and the button's value)
    String encoded = new DailyThreads.DailyRef(id, Level.SENIOR).encode();

    // THEN it is within Slack's 255 characters
    assertTrue(encoded.length() <= 255, encoded.length() + ": " + encoded);
  }
}
