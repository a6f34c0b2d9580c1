package dev.starcoach.app.console;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.TextCommand;
import dev.starcoach.core.session.SessionMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion for the console: command words after {@code /}; modes, {@code next}, {@code loop},
 * principles and question ids after {@code /practice} (only {@code --level} after {@code /practice
 * next} and {@code /practice loop}); principles and ids after {@code /quiz}, {@code /lens} and
 * {@code /questions}; levels after {@code /level} and {@code --level}; story subcommands, steps and
 * principles after {@code /story}. Answers (lines without {@code /}) are never completed.
 */
public final class CommandCompleter implements Completer {
  private static final List<String> CONSOLE_ONLY = List.of("stats", "leaderboard", "timezone");

  /** {@code practice next} and {@code practice loop}: they pick the questions themselves. */
  private static final List<String> AIMED = List.of("next", "loop");

  private static final List<String> LEVELS = List.of("sde1", "sde2", "senior");

  private final List<String> questionIds;

  public CommandCompleter(QuestionBank bank) {
    this.questionIds = bank.all().stream().map(Question::id).sorted().toList();
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    candidates.addAll(candidates(line.line().substring(0, line.cursor())));
  }

  /** What may complete the word being typed at the end of {@code typed}. */
  List<Candidate> candidates(String typed) {
    List<Candidate> out = new ArrayList<>();
    if (!typed.startsWith("/")) {
      return out;
    }
    String[] words = typed.substring(1).split("\\s+", -1);
    if (words.length <= 1) {
      for (String word : TextCommand.WORDS) {
        out.add(new Candidate("/" + word));
      }
      CONSOLE_ONLY.forEach(w -> out.add(new Candidate("/" + w)));
      return out;
    }
    String command = words[0].toLowerCase(Locale.ROOT);
    switch (command) {
      case "practice", "practise" -> {
        if (words.length == 2) {
          for (SessionMode mode : SessionMode.values()) {
            out.add(new Candidate(mode.id()));
          }
          AIMED.forEach(w -> out.add(new Candidate(w)));
        }
        String previous = words[words.length - 2].toLowerCase(Locale.ROOT);
        if (previous.equals("--level")) {
          LEVELS.forEach(l -> out.add(new Candidate(l)));
        } else if (AIMED.contains(words[1].toLowerCase(Locale.ROOT)) && words.length > 2) {
          out.add(new Candidate("--level"));
        } else {
          addSelectors(out);
          out.add(new Candidate("--level"));
        }
      }
      case "quiz", "questions", "lens" -> addSelectors(out);
      case "level" -> LEVELS.forEach(l -> out.add(new Candidate(l)));
      case "story", "stories" -> addStory(words, out);
      default -> {
        // no arguments to complete
      }
    }
    return out;
  }

  private static void addStory(String[] words, List<Candidate> out) {
    if (words.length == 2) {
      TextCommand.storySubcommands().forEach(w -> out.add(new Candidate(w)));
      return;
    }
    String sub = words[1].toLowerCase(Locale.ROOT);
    if (words.length == 4 && sub.equals("edit")) {
      for (Step step : Step.values()) {
        out.add(new Candidate(step.id()));
      }
    } else if (words.length >= 4 && List.of("confirm", "reject", "clear").contains(sub)) {
      for (Principle p : Principle.values()) {
        out.add(new Candidate(p.id()));
      }
    }
  }

  private void addSelectors(List<Candidate> out) {
    questionIds.forEach(id -> out.add(new Candidate(id)));
    for (Principle p : Principle.values()) {
      out.add(new Candidate(p.id()));
    }
  }
}
