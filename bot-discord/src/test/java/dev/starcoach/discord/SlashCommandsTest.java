package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.place.LeaderboardRange;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
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
            "reminders",
            "stats",
            "story",
            "timezone"),
        commands.keySet().stream().sorted().toList());
  }

  @Test
  void givenPractice_thenItHasModeQuestionWithAutocompletePrincipleAndLevelChoices() {
    List<OptionData> options = commands.get("practice").getOptions();

    assertEquals(
        List.of("mode", "question", "principle", "level"),
        options.stream().map(OptionData::getName).toList());
    assertEquals(
        List.of("guided", "drill", "mock", "next", "loop"),
        options.get(0).getChoices().stream().map(c -> c.getAsString()).toList());
    assertTrue(options.get(1).isAutoComplete());
    assertEquals(16, options.get(2).getChoices().size());
    assertEquals(
        List.of("sde1", "sde2", "senior"),
        options.get(3).getChoices().stream().map(c -> c.getAsString()).toList());
  }

  @Test
  void givenDaily_thenEveryMemberSeesItAndItsSixSubcommands_adminsAreCheckedByTheBot() {
    SlashCommandData daily = commands.get("daily");

    assertEquals(DefaultMemberPermissions.ENABLED, daily.getDefaultPermissions());
    assertEquals(
        List.of("show", "set", "off", "now", "admins", "zone"),
        daily.getSubcommands().stream().map(SubcommandData::getName).toList());
    SubcommandData admins = daily.getSubcommands().get(4);
    assertEquals(
        List.of("list", "add", "remove"),
        admins.getOptions().get(0).getChoices().stream().map(c -> c.getAsString()).toList());
    assertEquals(OptionType.ROLE, admins.getOptions().get(1).getType());
    assertTrue(daily.getSubcommands().get(5).getOptions().get(0).isAutoComplete());
    SubcommandData set = daily.getSubcommands().get(1);
    assertEquals(
        List.of("time", "zone", "days", "principle", "level", "mention"),
        set.getOptions().stream().map(OptionData::getName).toList());
    assertTrue(set.getOptions().get(0).isRequired());
    assertTrue(set.getOptions().get(1).isRequired());
    assertTrue(set.getOptions().get(1).isAutoComplete());
    assertEquals(16, set.getOptions().get(3).getChoices().size());
  }

  @Test
  void givenStory_thenItsSubcommandsTakeAStoryCompletedFromTheOwnTitles() {
    SlashCommandData story = commands.get("story");

    assertEquals(
        List.of(
            "add", "list", "show", "edit", "remove", "save", "share", "confirm", "reject", "map"),
        story.getSubcommands().stream().map(SubcommandData::getName).toList());
    for (SubcommandData sub : story.getSubcommands()) {
      for (OptionData option : sub.getOptions()) {
        if (option.getName().equals("story")) {
          assertEquals(OptionType.INTEGER, option.getType(), sub.getName());
          assertTrue(option.isAutoComplete(), sub.getName());
        }
      }
    }
    SubcommandData edit = story.getSubcommands().get(3);
    assertEquals(
        List.of("situation", "task", "action", "result", "reflection"),
        edit.getOptions().get(1).getChoices().stream().map(c -> c.getAsString()).toList());
    assertEquals(16, story.getSubcommands().get(7).getOptions().get(1).getChoices().size());
  }

  @Test
  void givenLeaderboard_thenItHasAScopeAndWeeksAgoUpToCoresYear() {
    List<OptionData> options = commands.get("leaderboard").getOptions();

    assertEquals(
        List.of("server", "channel"),
        options.get(0).getChoices().stream().map(c -> c.getAsString()).toList());
    assertEquals(0L, options.get(1).getMinValue().longValue());
    assertEquals(52L, options.get(1).getMaxValue().longValue());
    assertEquals(LeaderboardRange.MAX_WEEKS_AGO, options.get(1).getMaxValue().intValue());
  }
}
