package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.Command;
import org.junit.jupiter.api.Test;

class ScheduleChoicesTest {

  @Test
  void givenNothingTyped_whenZonesAreSuggested_thenTheCommonOnesUpToDiscordsLimit() {
    List<Command.Choice> choices = ScheduleChoices.zones("");

    assertEquals(ScheduleChoices.COMMON_ZONES.size(), choices.size());
    assertEquals("UTC", choices.get(0).getAsString());
    assertTrue(choices.size() <= QuestionChoices.MAX);
  }

  @Test
  void givenPartOfACity_whenZonesAreSuggested_thenMatchingIanaZonesCommonOnesFirst() {
    List<String> york = names(ScheduleChoices.zones("new york"));
    List<String> berlin = names(ScheduleChoices.zones("berl"));

    assertEquals("America/New_York", york.get(0));
    assertEquals(List.of("Europe/Berlin"), berlin);
    assertTrue(ScheduleChoices.zones("america").size() <= QuestionChoices.MAX);
  }

  @Test
  void givenDaysTyped_whenSuggested_thenListsStartingWithItOrWhatWasTyped() {
    assertEquals(
        List.of("mon-fri", "mon-sun", "mon,wed,fri", "mon-sat"),
        names(ScheduleChoices.days("mon")));
    assertEquals(List.of("tue,fri"), names(ScheduleChoices.days("tue,fri")));
  }

  private static List<String> names(List<Command.Choice> choices) {
    return choices.stream().map(Command.Choice::getAsString).toList();
  }
}
