package dev.starcoach.core.engine.probe;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachReply.PartScore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Picks a short phrase of the person's own answer for a probe to quote. */
final class Quotes {
  private static final Pattern CLAUSES =
      Pattern.compile("[.!?;:\\n]+|,\\s+(?:and|but|so)\\s+|,\\s+");
  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Set<String> MEASURE_WORDS =
      Set.of(
          "improved",
          "reduced",
          "faster",
          "better",
          "fewer",
          "cut",
          "dropped",
          "halved",
          "doubled",
          "increased",
          "decreased",
          "down",
          "lower",
          "less");
  private static final Set<String> HANDOFF_WORDS =
      Set.of("raised", "escalated", "handed", "flagged", "reported", "asked", "we");
  private static final Set<String> OWNER_WORDS =
      Set.of("assigned", "told", "asked", "task", "job", "responsible");
  private static final Set<String> LESSON_WORDS =
      Set.of("learned", "learnt", "lesson", "realised", "realized", "taught", "learning");
  private static final Set<String> ACTION_VERBS =
      Set.of(
          "decided",
          "chose",
          "used",
          "switched",
          "moved",
          "rewrote",
          "added",
          "built",
          "wrote",
          "changed",
          "proposed",
          "reproduced",
          "traced");
  private static final Set<String> STAKES_WORDS =
      Set.of(
          "customers",
          "users",
          "outage",
          "deadline",
          "complaints",
          "tickets",
          "broken",
          "failing",
          "wrong");
  private static final Set<String> JOINS =
      Set.of("with", "and", "that", "which", "because", "so", "but", "after", "when", "while");

  private Quotes() {}

  /**
   * A phrase of at most eight words for the dimension: the finding's evidence when it is a phrase
   * of the answer, else the first clause of the part the dimension tests that carries one of its
   * cues, else (for some dimensions) the part's first clause; empty when nothing fits.
   */
  static String pick(
      ProbeDimension d, String answer, List<PartScore> parts, String evidence, Set<String> used) {
    String ev = tidy(evidence);
    if (words(ev) >= 2 && answer.toLowerCase(Locale.ROOT).contains(ev.toLowerCase(Locale.ROOT))) {
      String clipped = clip(ev, 0);
      for (String clause : clauses(answer)) {
        if (clause.toLowerCase(Locale.ROOT).contains(ev.toLowerCase(Locale.ROOT))
            && words(clause) <= ProbeWriter.quoteWords() + 2) {
          clipped = clip(clause, 0);
        }
      }
      if (!used.contains(clipped.toLowerCase(Locale.ROOT))) {
        return clipped;
      }
    }
    String where = partText(parts, d.focus());
    List<String> candidates = new ArrayList<>(clauses(where));
    candidates.addAll(clauses(answer));
    for (String clause : candidates) {
      int at = cueAt(d, clause);
      if (at >= 0) {
        String q = clip(clause, at);
        if (words(q) >= 3 && !used.contains(q.toLowerCase(Locale.ROOT))) {
          return q;
        }
      }
    }
    if (d == ProbeDimension.MEASURE) {
      return "";
    }
    for (String clause : clauses(where.isEmpty() ? answer : where)) {
      String q = clip(clause, 0);
      if (words(q) >= 3 && !used.contains(q.toLowerCase(Locale.ROOT))) {
        return q;
      }
    }
    return "";
  }

  /** True when some clause of the text carries a cue of the dimension (something to quote). */
  static boolean quotable(ProbeDimension d, String text) {
    return clauses(text).stream().anyMatch(c -> cueAt(d, c) >= 0);
  }

  /** The word index in the clause where a cue of the dimension starts, or -1. */
  private static int cueAt(ProbeDimension d, String clause) {
    String[] w = clause.toLowerCase(Locale.ROOT).split("\\s+");
    for (int i = 0; i < w.length; i++) {
      String word = w[i].replaceAll("[^a-z0-9%']", "");
      String next = i + 1 < w.length ? w[i + 1].replaceAll("[^a-z']", "") : "";
      boolean hit =
          switch (d) {
            case MEASURE -> DIGIT.matcher(word).find() || MEASURE_WORDS.contains(word);
            case FOLLOW_THROUGH -> HANDOFF_WORDS.contains(word) || (word.equals("team") && i > 0);
            case OWNERSHIP ->
                OWNER_WORDS.contains(word)
                    || (word.equals("i") && Set.of("had", "needed", "was").contains(next));
            case REFLECTION -> LESSON_WORDS.contains(word);
            case DECISION -> word.equals("i") && ACTION_VERBS.contains(next);
            case STAKES -> STAKES_WORDS.contains(word);
          };
      if (hit) {
        return Math.max(0, i - 3);
      }
    }
    return -1;
  }

  private static String partText(List<PartScore> parts, Step step) {
    StringBuilder text = new StringBuilder();
    for (PartScore p : parts) {
      if (p.step() == step) {
        text.append(p.text()).append(' ');
      }
    }
    return text.toString().strip();
  }

  static List<String> clauses(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(CLAUSES.split(text)).map(Quotes::tidy).filter(c -> !c.isEmpty()).toList();
  }

  /**
   * At most eight words of the clause from word {@code from} (ten when that ends the clause), cut
   * before a joining word when one leaves at least four words, without end punctuation.
   */
  private static String clip(String clause, int from) {
    String[] w = clause.strip().split("\\s+");
    int start = Math.min(from, Math.max(0, w.length - 3));
    int most = ProbeWriter.quoteWords();
    int end = w.length - start <= most + 2 ? w.length : start + most;
    for (int i = start + 4; i < end; i++) {
      if (JOINS.contains(w[i].toLowerCase(Locale.ROOT))) {
        end = i;
        break;
      }
    }
    return tidy(String.join(" ", Arrays.copyOfRange(w, start, end)));
  }

  private static String tidy(String text) {
    if (text == null) {
      return "";
    }
    return text.strip()
        .replace('"', '\'')
        .replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^%']]+$", "")
        .strip();
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
