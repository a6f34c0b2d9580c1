package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {
  private final Map<String, SlashCommandData> commands =
      SlashCommands.all().stream()
          .collect(Collectors.toMap(SlashCommandData::getName, Function.identity()));

  @Test
  void givenTheCommandSet_thenEveryPlannedCommandIsThere() {
    assertEquals(
        List.of(
            "daily",
            "export",
            "forget",
            "help",
            "leaderboard",
            "lens",
            "level",
            "practice",
            "questions",
            "quiz",
            "stats"),
        commands.keySet().stream().sorted().toList());
  }

  @Test
  void givenPractice_thenItHasModeQuestionWithAutocompletePrincipleAndLevelChoices() {
    List<OptionData> options = commands.get("practice").getOptions();

    assertEquals(
        List.of("mode", "question", "principle", "level"),
        options.stream().map(OptionData::getName).toList());
    assertEquals(3, options.get(0).getChoices().size());
    assertTrue(options.get(1).isAutoComplete());
    assertEquals(16, options.get(2).getChoices().size());
    assertEquals(
        List.of("sde1", "sde2", "senior"),
        options.get(3).getChoices().stream().map(c -> c.getAsString()).toList());
  }

  @Test
  void givenDaily_thenOnlyServerManagersSeeItByDefault() {
    String json = commands.get("daily").toData().toString();

    assertTrue(
        json.contains(
            "\"default_member_permissions\":\"" + Permission.MANAGE_SERVER.getRawValue() + "\""),
        json);
  }
}
