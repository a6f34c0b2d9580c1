package dev.starcoach.discord;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.place.LeaderboardRange;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** The slash commands the bot registers, with their options. */
public final class SlashCommands {
  public static final String PRACTICE = "practice";
  public static final String QUIZ = "quiz";
  public static final String QUESTIONS = "questions";
  public static final String STATS = "stats";
  public static final String LEADERBOARD = "leaderboard";
  public static final String DAILY = "daily";
  public static final String EXPORT = "export";
  public static final String FORGET = "forget";
  public static final String HELP = "help";
  public static final String LENS = "lens";
  public static final String LEVEL = "level";
  public static final String TIMEZONE = "timezone";
  public static final String REMINDERS = "reminders";
  public static final String STORY = "story";

  /** The option naming one of the person's stories, completed from their own titles. */
  public static final String STORY_OPTION = "story";

  private SlashCommands() {}

  /** Every command, as registered globally and in the development guild. */
  public static List<SlashCommandData> all() {
    List<SlashCommandData> commands = new ArrayList<>();
    commands.add(
        everywhere(
            Commands.slash(PRACTICE, "Practise a behavioural question step by step (private)")
                .addOptions(
                    new OptionData(OptionType.STRING, "mode", "How to practise")
                        .addChoice("guided: coaching before each step", "guided")
                        .addChoice("drill: against the clock", "drill")
                        .addChoice("mock: one answer, probes, verdict", "mock")
                        .addChoice("next: aimed at the gaps in your stories", "next")
                        .addChoice("loop: a rehearsal of 4 or 5 interviewers", "loop"),
                    questionOption(),
                    principleOption("Pick a question of this Leadership Principle"),
                    levelOption())));
    commands.add(
        everywhere(
            Commands.slash(QUIZ, "Multiple-choice quiz on a walkthrough")
                .addOptions(
                    questionOption(), principleOption("Quiz on a question of this principle"))));
    commands.add(
        everywhere(
            Commands.slash(QUESTIONS, "List the questions in the bank")
                .addOptions(principleOption("Only this Leadership Principle"))));
    commands.add(
        everywhere(
            Commands.slash(LENS, "Retell your last story for another Leadership Principle")
                .addOptions(principleOption("The principle to retell it for"))));
    commands.add(
        everywhere(
            Commands.slash(LEVEL, "Show or set the level your answers are judged at")
                .addOptions(levelOption())));
    commands.add(
        everywhere(
            Commands.slash(STATS, "Your averages per step, streak and weekly trend (private)")));
    commands.add(
        everywhere(
            Commands.slash(TIMEZONE, "Show or set your time zone (your streak counts its days)")
                .addOptions(
                    new OptionData(OptionType.STRING, "zone", "An IANA zone such as Europe/Berlin")
                        .setAutoComplete(true))));
    commands.add(
        everywhere(
            Commands.slash(REMINDERS, "A DM when you leave a practice unfinished for a day")
                .addOptions(
                    new OptionData(OptionType.STRING, "turn", "on or off (default: show)")
                        .addChoice("on", "on")
                        .addChoice("off", "off"))));
    commands.add(
        Commands.slash(LEADERBOARD, "The weekly practice leaderboard")
            .addOptions(
                new OptionData(OptionType.STRING, "scope", "Whose board (default: this server)")
                    .addChoice("this server", DailyMapping.SCOPE_SERVER)
                    .addChoice("this channel's daily question", DailyMapping.SCOPE_CHANNEL),
                new OptionData(OptionType.INTEGER, "weeks_ago", "0 for this week (default)")
                    .setRequiredRange(0, LeaderboardRange.MAX_WEEKS_AGO))
            .setContexts(InteractionContextType.GUILD)
            .setIntegrationTypes(IntegrationType.GUILD_INSTALL));
    commands.add(everywhere(story()));
    commands.add(daily());
    commands.add(everywhere(Commands.slash(EXPORT, "Download everything stored about you (JSON)")));
    commands.add(everywhere(Commands.slash(FORGET, "Delete everything stored about you")));
    commands.add(everywhere(Commands.slash(HELP, "How STAR Coach works")));
    return commands;
  }

  /**
   * {@code /daily}: everyone may {@code show}, list the admin roles and see the zone; {@code set},
   * {@code off}, {@code now} and setting the zone are checked in the bot (Manage Server or a
   * configured admin role), and changing the admin roles needs Manage Server, so it is visible to
   * all members.
   */
  private static SlashCommandData daily() {
    OptionData principle = principleOption("Only this principle (default: rotate through all 16)");
    return Commands.slash(DAILY, "This channel's daily question")
        .addSubcommands(
            new SubcommandData(DailyMapping.SHOW, "Show the schedule and the next post"),
            new SubcommandData(DailyMapping.SET, "Schedule a daily question here (admins)")
                .addOptions(
                    new OptionData(OptionType.STRING, "time", "Local posting time, HH:MM", true)
                        .setMaxLength(5),
                    new OptionData(
                            OptionType.STRING, "zone", "IANA time zone, e.g. Europe/Berlin", true)
                        .setAutoComplete(true),
                    new OptionData(OptionType.STRING, "days", "Posting days (default mon-fri)")
                        .setAutoComplete(true),
                    principle,
                    levelOption(),
                    new OptionData(
                        OptionType.STRING,
                        "mention",
                        "A role to mention (type @), @here, or none (default: keep)")),
            new SubcommandData(DailyMapping.OFF, "Pause the daily question (admins)"),
            new SubcommandData(DailyMapping.NOW, "Post today's question now (admins)"),
            new SubcommandData(
                    DailyMapping.ADMINS,
                    "List or change the roles that may manage it (Manage Server)")
                .addOptions(
                    new OptionData(OptionType.STRING, "action", "add, remove or list (default)")
                        .addChoice("list", DailyMapping.LIST)
                        .addChoice("add", DailyMapping.ADD)
                        .addChoice("remove", DailyMapping.REMOVE),
                    new OptionData(OptionType.ROLE, "role", "The role to add or remove")),
            new SubcommandData(
                    DailyMapping.ZONE, "Show or set this channel's time zone (admins set it)")
                .addOptions(
                    new OptionData(OptionType.STRING, "zone", "IANA time zone, e.g. Europe/Berlin")
                        .setAutoComplete(true)))
        .setContexts(InteractionContextType.GUILD)
        .setIntegrationTypes(IntegrationType.GUILD_INSTALL)
        .setDefaultPermissions(DefaultMemberPermissions.ENABLED);
  }

  /**
   * {@code /story}: the person's own story bank. Everything it shows is for the person alone,
   * except {@code share}, which posts a read-only copy where it is used.
   */
  private static SlashCommandData story() {
    OptionData principle = principleOption("The principle").setRequired(true);
    OptionData step = new OptionData(OptionType.STRING, "step", "Which step", true);
    for (dev.starcoach.core.content.Step s : dev.starcoach.core.content.Step.values()) {
      step.addChoice(s.label(), s.id());
    }
    return Commands.slash(STORY, "Your own stories and which principles they cover (private)")
        .addSubcommands(
            new SubcommandData(StoryMapping.ADD, "Add a story: the whole answer, or step by step")
                .addOptions(
                    new OptionData(OptionType.STRING, "title", "Its name (needed step by step)")
                        .setMaxLength(StoryForms.TITLE_MAX),
                    new OptionData(OptionType.STRING, "how", "How to write it (default: whole)")
                        .addChoice("whole: one box, I split it", "whole")
                        .addChoice("steps: five boxes, one per step", StoryMapping.STEPS)),
            new SubcommandData(StoryMapping.LIST, "List your stories and what each serves"),
            new SubcommandData(StoryMapping.SHOW, "Show one story whole, with its fit")
                .addOptions(storyOption()),
            new SubcommandData(StoryMapping.EDIT, "Rewrite one step of a story")
                .addOptions(storyOption(), step),
            new SubcommandData(StoryMapping.REMOVE, "Remove a story and its versions")
                .addOptions(storyOption()),
            new SubcommandData(StoryMapping.SAVE, "Keep your last practised answer as a story")
                .addOptions(
                    new OptionData(OptionType.STRING, "title", "A title (default: the question)")
                        .setMaxLength(StoryForms.TITLE_MAX),
                    new OptionData(OptionType.INTEGER, STORY_OPTION, "Update this story instead")
                        .setAutoComplete(true)),
            new SubcommandData(StoryMapping.SHARE, "Post a read-only copy of a story here")
                .addOptions(storyOption()),
            new SubcommandData(StoryMapping.CONFIRM, "Confirm that a story serves a principle")
                .addOptions(storyOption(), principle),
            new SubcommandData(StoryMapping.REJECT, "Say that a story does not serve a principle")
                .addOptions(storyOption(), principle),
            new SubcommandData(StoryMapping.MAP, "Your coverage map: 16 principles by story"));
  }

  private static OptionData storyOption() {
    return new OptionData(
            OptionType.INTEGER, STORY_OPTION, "One of your stories (type to search)", true)
        .setAutoComplete(true)
        .setMinValue(1);
  }

  private static SlashCommandData everywhere(SlashCommandData command) {
    return command
        .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
        .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
  }

  private static OptionData questionOption() {
    return new OptionData(OptionType.STRING, "question", "A question id (type to search)")
        .setAutoComplete(true);
  }

  private static OptionData principleOption(String description) {
    OptionData option = new OptionData(OptionType.STRING, "principle", description);
    for (Principle p : Principle.values()) {
      option.addChoice(p.displayName(), p.id());
    }
    return option;
  }

  private static OptionData levelOption() {
    OptionData option = new OptionData(OptionType.STRING, "level", "The level to be judged at");
    for (Level level : Level.values()) {
      option.addChoice(level.label(), level.id());
    }
    return option;
  }
}
