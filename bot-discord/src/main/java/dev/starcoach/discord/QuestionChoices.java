package dev.starcoach.discord;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.Command;

/** Autocomplete for the {@code question} option: ids and question text matching what was typed. */
public final class QuestionChoices {
  /** Discord shows at most 25 choices. */
  public static final int MAX = 25;

  private QuestionChoices() {}

  /**
   * The questions whose id or text contains every typed word, ids starting with the text first.
   *
   * @param principle an already chosen principle to narrow to, or null
   */
  public static List<Command.Choice> matching(QuestionBank bank, String typed, String principle) {
    Optional<Principle> only = Principle.parse(principle);
    String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    String[] words = wanted.isEmpty() ? new String[0] : wanted.split("\\s+");
    List<Question> first = new ArrayList<>();
    List<Question> rest = new ArrayList<>();
    for (Question q : bank.all()) {
      if (only.isPresent() && q.principle() != only.get()) {
        continue;
      }
      String id = q.id().toLowerCase(Locale.ROOT);
      String haystack = id + " " + q.text().toLowerCase(Locale.ROOT);
      boolean all = true;
      for (String w : words) {
        all &= haystack.contains(w);
      }
      if (!all) {
        continue;
      }
      (id.startsWith(wanted) ? first : rest).add(q);
    }
    first.addAll(rest);
    List<Command.Choice> choices = new ArrayList<>();
    for (Question q : first.subList(0, Math.min(MAX, first.size()))) {
      choices.add(new Command.Choice(Markup.clip(q.id() + " · " + q.text(), 100), q.id()));
    }
    return choices;
  }
}
