package dev.starcoach.discord;

import dev.starcoach.core.story.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.interactions.commands.Command;

/** Autocomplete for the {@code story} option: the person's own stories matching what they typed. */
final class StoryChoices {
  /** Discord's most autocomplete choices. */
  static final int MAX = 25;

  /** Discord's longest choice name. */
  static final int NAME_MAX = 100;

  private StoryChoices() {}

  /**
   * The stories whose number starts with, or whose title contains, what was typed (ignoring case
   * and a leading {@code #}), by number; each choice's value is the story's number.
   */
  static List<Command.Choice> matching(List<Story> stories, String typed) {
    String want =
        typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceFirst("^#", "");
    List<Command.Choice> out = new ArrayList<>();
    for (Story s : stories) {
      String number = Integer.toString(s.number().value());
      if (want.isEmpty()
          || number.startsWith(want)
          || s.title().toLowerCase(Locale.ROOT).contains(want)) {
        String name = Markup.clip("#" + number + " " + s.title().replace('\n', ' '), NAME_MAX);
        out.add(new Command.Choice(name, s.number().value()));
        if (out.size() == MAX) {
          break;
        }
      }
    }
    return out;
  }
}
