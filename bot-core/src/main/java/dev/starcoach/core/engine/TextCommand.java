package dev.starcoach.core.engine;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.place.LeaderboardRange;
import dev.starcoach.core.session.SessionMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The typed command grammar shared by text adapters: the console's {@code /practice drill} and
 * Slack's {@code /star practice drill} both parse here. Pure functions, no state.
 */
public sealed interface TextCommand {

  /** A command that maps to an engine event. */
  record Run(CoachEvent event) implements TextCommand {}

  /** Show help (the adapter renders it in its own syntax). */
  record Help() implements TextCommand {}

  /** Leave (console only; chat adapters treat it as help). */
  record Quit() implements TextCommand {}

  /** A command that exists but whose arguments are wrong; the message names what was wrong. */
  record Invalid(String message) implements TextCommand {}

  /** A command word nobody knows. */
  record Unknown(String word) implements TextCommand {}

  /** The command words, for help and autocompletion. */
  List<String> WORDS =
      List.of(
          "practice",
          "hint",
          "skip",
          "stop",
          "quiz",
          "lens",
          "questions",
          "level",
          "remind",
          "export",
          "stats",
          "leaderboard",
          "forget",
          "story",
          "help",
          "quit");

  /**
   * Parses a command line without its leading slash or platform prefix, such as {@code practice
   * mock ownership --level senior}.
   */
  static TextCommand parse(String line) {
    String trimmed = line == null ? "" : line.strip();
    if (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    if (trimmed.isEmpty()) {
      return new Help();
    }
    List<String> words = new ArrayList<>(Arrays.asList(trimmed.split("\\s+")));
    String word = words.remove(0).toLowerCase(Locale.ROOT);
    String rest = String.join(" ", words);
    return switch (word) {
      case "practice", "practise", "start" -> practice(words);
      case "hint" -> new Run(new CoachEvent.RequestHint());
      case "skip", "next" -> new Run(new CoachEvent.SkipStep());
      case "stop", "end", "cancel" -> new Run(new CoachEvent.StopSession());
      case "quiz" -> new Run(new CoachEvent.StartQuiz(rest.isBlank() ? null : rest));
      case "choose", "option", "pick" -> choose(rest);
      case "lens" -> new Run(new CoachEvent.ShowLens(rest.isBlank() ? null : rest));
      case "questions", "list" ->
          new Run(new CoachEvent.ListQuestions(rest.isBlank() ? null : rest));
      case "level" -> level(rest);
      case "timezone", "tz", "zone" ->
          new Run(new CoachEvent.ChangeTimeZone(rest.isBlank() ? null : rest.strip()));
      case "remind", "reminders", "reminder" -> remind(rest);
      case "export" -> new Run(new CoachEvent.ExportData());
      case "stats" -> new Run(new CoachEvent.ShowStats(Optional.empty()));
      case "leaderboard", "board" ->
          LeaderboardRange.parse(rest)
              .<TextCommand>map(
                  weeks -> new Run(new CoachEvent.ShowLeaderboard(Optional.empty(), false, weeks)))
              .orElseGet(() -> new Invalid(LeaderboardRange.problem(rest)));
      case "forget" -> forget(rest);
      case "story", "stories" -> StoryCommandParser.parse(trimmed.substring(firstWordEnd(trimmed)));
      case "answer" ->
          rest.isBlank()
              ? new Invalid("answer needs text: answer <your answer>")
              : new Run(new CoachEvent.SubmitAnswer(rest));
      case "resume" -> new Run(new CoachEvent.Reconnect());
      case "help", "?" -> new Help();
      case "quit", "exit", "bye" -> new Quit();
      default -> new Unknown(word);
    };
  }

  private static TextCommand practice(List<String> args) {
    if (!args.isEmpty()) {
      String first = args.get(0).toLowerCase(Locale.ROOT);
      if (first.equals("next") || first.equals("loop")) {
        return aimed(first, args.subList(1, args.size()));
      }
    }
    SessionMode mode = null;
    Level level = null;
    boolean sampleProbes = false;
    List<String> selector = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String lower = arg.toLowerCase(Locale.ROOT);
      if (lower.startsWith("--level=") || lower.equals("--level") || lower.equals("-l")) {
        String value;
        if (lower.startsWith("--level=")) {
          value = arg.substring("--level=".length());
        } else if (i + 1 < args.size()) {
          value = args.get(++i);
        } else {
          return new Invalid("--level needs a value: sde1, sde2 or senior");
        }
        Optional<Level> parsed = Level.parse(value);
        if (parsed.isEmpty()) {
          return new Invalid("unknown level '" + value + "' (expected sde1, sde2 or senior)");
        }
        level = parsed.get();
      } else if (lower.equals("--sample-probes")) {
        sampleProbes = true;
      } else if (lower.startsWith("-")) {
        return new Invalid(
            "unknown option '"
                + arg
                + "'; practice takes --level sde1|sde2|senior and, for a mock, --sample-probes");
      } else if (i == 0 && SessionMode.parse(lower).isPresent()) {
        mode = SessionMode.parse(lower).get();
      } else {
        selector.add(arg);
      }
    }
    String chosen = selector.isEmpty() ? null : String.join(" ", selector);
    return new Run(new CoachEvent.StartPractice(mode, chosen, level, sampleProbes));
  }

  /** {@code practice next} and {@code practice loop}: only a level may follow. */
  private static TextCommand aimed(String word, List<String> args) {
    Level level = null;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String lower = arg.toLowerCase(Locale.ROOT);
      String value;
      if (lower.startsWith("--level=")) {
        value = arg.substring("--level=".length());
      } else if (lower.equals("--level") || lower.equals("-l")) {
        if (i + 1 >= args.size()) {
          return new Invalid("--level needs a value: sde1, sde2 or senior");
        }
        value = args.get(++i);
      } else {
        return new Invalid(
            "practice "
                + word
                + " picks the question itself and takes only --level sde1|sde2|senior, not '"
                + arg
                + "'");
      }
      Optional<Level> parsed = Level.parse(value);
      if (parsed.isEmpty()) {
        return new Invalid("unknown level '" + value + "' (expected sde1, sde2 or senior)");
      }
      level = parsed.get();
    }
    Optional<Level> chosen = Optional.ofNullable(level);
    return new Run(
        word.equals("next")
            ? new CoachEvent.PracticeNext(chosen)
            : new CoachEvent.StartLoop(chosen));
  }

  /** The story subcommands ({@code add}, {@code list}, ...), for help and autocompletion. */
  static List<String> storySubcommands() {
    return StoryCommandParser.SUBCOMMANDS;
  }

  private static int firstWordEnd(String text) {
    int i = 0;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static TextCommand choose(String rest) {
    String t = rest.strip().toLowerCase(Locale.ROOT);
    if (t.matches("[1-9]")) {
      return new Run(new CoachEvent.ChooseOption(Integer.parseInt(t)));
    }
    if (t.matches("[a-i]")) {
      return new Run(new CoachEvent.ChooseOption(t.charAt(0) - 'a' + 1));
    }
    return new Invalid("choose takes an option number, such as: choose 2");
  }

  private static TextCommand level(String rest) {
    if (rest.isBlank()) {
      return new Run(new CoachEvent.ChangeLevel(null));
    }
    return Level.parse(rest)
        .<TextCommand>map(l -> new Run(new CoachEvent.ChangeLevel(l)))
        .orElseGet(
            () ->
                new Invalid(
                    "unknown level '" + rest.strip() + "' (expected sde1, sde2 or senior)"));
  }

  private static TextCommand remind(String rest) {
    return switch (rest.strip().toLowerCase(Locale.ROOT)) {
      case "" -> new Run(new CoachEvent.SetReminders(null));
      case "on", "yes", "true" -> new Run(new CoachEvent.SetReminders(true));
      case "off", "no", "false" -> new Run(new CoachEvent.SetReminders(false));
      default -> new Invalid("remind takes on or off, such as: remind on");
    };
  }

  private static TextCommand forget(String rest) {
    String t = rest.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return new Run(new CoachEvent.ForgetData(false));
    }
    if (t.equals("confirm") || t.equals("yes")) {
      return new Run(new CoachEvent.ForgetData(true));
    }
    return new Invalid("to delete your data, type: forget confirm");
  }
}
