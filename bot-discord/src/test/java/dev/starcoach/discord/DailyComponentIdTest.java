package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DailyComponentIdTest {

  @Test
  void givenAnAnswerButton_whenItsModalIdIsFormattedAndParsed_thenItCarriesThePostId() {
    DailyComponentId button =
        DailyComponentId.button(DailyComponentId.Action.ANSWER, Level.SENIOR, "test-stale-cache");

    DailyComponentId modal = button.modalFor(400000000000000001L);

    assertEquals("sd:m:senior:400000000000000001:test-stale-cache", modal.format());
    assertEquals(Optional.of(modal), DailyComponentId.parse(modal.format()));
    assertEquals(Optional.of(button), DailyComponentId.parse(button.format()));
  }

  @Test
  void givenOtherIds_whenParsed_thenEmpty() {
    String practice = ComponentId.of(ComponentId.Action.SKIP, "s0", 1, "dm").format();

    assertFalse(DailyComponentId.isDaily(practice));
    assertEquals(Optional.empty(), DailyComponentId.parse(practice));
    assertEquals(Optional.empty(), DailyComponentId.parse("sd:z:sde2:0:q"));
    assertEquals(Optional.empty(), DailyComponentId.parse("sd:a:cto:0:q"));
    assertEquals(Optional.empty(), DailyComponentId.parse("sd:a:sde2:0:Bad Id"));
    assertTrue(DailyComponentId.isDaily("sd:a:sde2:0:q"));
  }

  @Test
  void givenAQuestionIdTooLongForDiscord_whenBuilt_thenRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> DailyComponentId.button(DailyComponentId.Action.ANSWER, Level.SDE2, "q".repeat(90)));
  }
}
