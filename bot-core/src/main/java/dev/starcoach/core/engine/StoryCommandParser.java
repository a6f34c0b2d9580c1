package dev.starcoach.core.engine;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.TextCommand.Invalid;
import dev.starcoach.core.engine.TextCommand.Run;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.StoryNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The typed grammar of {@code story ...}: the words after "story", with the person's own spacing
 * and case kept in titles and texts. Pure functions.
 */
final class StoryCommandParser {
  /** The subcommands, for help and autocompletion. */
  static final List<String> SUBCOMMANDS =
      List.of(
          "add", "list", "show", "edit", "remove", "save", "share", "confirm", "reject", "clear",
          "map", "tag", "rename", "done");

  private static final String STEPS = "situation, task, action, result or reflection";

  private StoryCommandParser() {}

  /** Parses what follows the word "story" (may be empty: the list). */
  static TextCommand parse(String rest) {
    String text = rest == null ? "" : rest.strip();
    if (text.isEmpty()) {
      return run(new StoryRequest.ListStories());
    }
    String[] split = text.split("\\s+", 2);
    String sub = split[0].toLowerCase(Locale.ROOT);
    String args = split.length > 1 ? split[1].strip() : "";
    return switch (sub) {
      case "add", "new" -> add(args);
      case "list", "ls" -> run(new StoryRequest.ListStories());
      case "show", "view" ->
          number(args)
              .<TextCommand>map(n -> run(new StoryRequest.Show(n)))
              .orElse(usage("story show needs a story number, such as: story show 2"));
      case "edit" -> edit(args);
      case "remove", "delete", "rm" ->
          number(args)
              .<TextCommand>map(n -> run(new StoryRequest.Remove(n)))
              .orElse(usage("story remove needs a story number, such as: story remove 2"));
      case "save", "keep" -> save(args);
      case "share" ->
          number(args)
              .<TextCommand>map(n -> run(new StoryRequest.Share(n)))
              .orElse(usage("story share needs a story number, such as: story share 2"));
      case "confirm" -> decide(args, "confirm", Optional.of(MappingDecision.CONFIRMED));
      case "reject" -> decide(args, "reject", Optional.of(MappingDecision.REJECTED));
      case "clear" -> decide(args, "clear", Optional.empty());
      case "map", "coverage" -> run(new StoryRequest.Coverage());
      case "tag", "tags" -> tag(args);
      case "rename", "title" -> rename(args);
      case "done", "stop", "finish", "end" -> run(new StoryRequest.FinishDraft());
      default ->
          new Invalid(
              "unknown story command '"
                  + split[0]
                  + "'; try: story add, list, show, edit, remove, save, share, confirm, reject,"
                  + " clear, map, tag, rename or done");
    };
  }

  private static TextCommand add(String args) {
    int bar = args.indexOf('|');
    String title = (bar >= 0 ? args.substring(0, bar) : args).strip();
    Optional<String> text =
        bar >= 0 ? Optional.of(args.substring(bar + 1).strip()) : Optional.empty();
    if (title.isEmpty()) {
      return new Invalid(
          "story add needs a title: story add TITLE, or story add TITLE | the whole story");
    }
    if (text.isPresent() && text.get().isEmpty()) {
      return new Invalid(
          "nothing after the '|': paste the whole story there, or leave out the '|' to write it"
              + " step by step");
    }
    return run(new StoryRequest.Add(title, text, Map.of(), List.of()));
  }

  private static TextCommand edit(String args) {
    String[] parts = args.split("\\s+", 3);
    Optional<StoryNumber> n = parts.length > 0 ? number(parts[0]) : Optional.empty();
    if (n.isEmpty()) {
      return usage("story edit needs a story number and a step, such as: story edit 2 result");
    }
    if (parts.length < 2) {
      return usage("story edit needs a step after the number: " + STEPS);
    }
    Optional<Step> step = Step.parse(parts[1]);
    if (step.isEmpty()) {
      return usage("unknown step '" + parts[1] + "'; the steps are " + STEPS);
    }
    Optional<String> text =
        parts.length > 2 && !parts[2].isBlank() ? Optional.of(parts[2].strip()) : Optional.empty();
    return run(new StoryRequest.Edit(n.get(), step.get(), text));
  }

  private static TextCommand save(String args) {
    if (args.isEmpty()) {
      return run(new StoryRequest.SaveLast(Optional.empty(), Optional.empty()));
    }
    Optional<StoryNumber> n = number(args);
    if (n.isPresent()) {
      return run(new StoryRequest.SaveLast(n, Optional.empty()));
    }
    if (args.matches("#?-?\\d+")) {
      return usage("story numbers start at 1, such as: story save 2");
    }
    return run(new StoryRequest.SaveLast(Optional.empty(), Optional.of(args)));
  }

  private static TextCommand decide(String args, String word, Optional<MappingDecision> decision) {
    String[] parts = args.split("\\s+", 2);
    Optional<StoryNumber> n = number(parts[0]);
    if (n.isEmpty() || parts.length < 2) {
      return usage(
          "story "
              + word
              + " needs a story number and a principle, such as: story "
              + word
              + " 2 ownership");
    }
    Optional<Principle> principle = Principle.parse(parts[1]);
    if (principle.isEmpty()) {
      return usage(
          "unknown principle '"
              + parts[1].strip()
              + "'; use a name or short name such as ownership, dive deep, backbone, results");
    }
    return run(new StoryRequest.Decide(n.get(), principle.get(), decision));
  }

  private static TextCommand tag(String args) {
    String[] parts = args.split("\\s+", 2);
    Optional<StoryNumber> n = number(parts[0]);
    if (n.isEmpty()) {
      return usage("story tag needs a story number, such as: story tag 2 outage, on-call");
    }
    List<String> tags = new ArrayList<>();
    if (parts.length > 1) {
      for (String t : parts[1].split(",")) {
        if (!t.isBlank()) {
          tags.add(t.strip());
        }
      }
    }
    return run(new StoryRequest.Tag(n.get(), tags));
  }

  private static TextCommand rename(String args) {
    String[] parts = args.split("\\s+", 2);
    Optional<StoryNumber> n = number(parts[0]);
    if (n.isEmpty() || parts.length < 2 || parts[1].isBlank()) {
      return usage(
          "story rename needs a story number and the new title, such as: story rename 2 The"
              + " midnight rollback");
    }
    return run(new StoryRequest.Rename(n.get(), parts[1].strip()));
  }

  /** A story number as typed: {@code 3} or {@code #3}. */
  static Optional<StoryNumber> number(String text) {
    String t = text == null ? "" : text.strip();
    if (t.startsWith("#")) {
      t = t.substring(1);
    }
    if (!t.matches("\\d{1,6}")) {
      return Optional.empty();
    }
    int n = Integer.parseInt(t);
    return n < 1 ? Optional.empty() : Optional.of(new StoryNumber(n));
  }

  private static TextCommand usage(String message) {
    return new Invalid(message);
  }

  private static TextCommand run(StoryRequest request) {
    return new Run(new CoachEvent.StoryCommand(request));
  }
}
