package dev.starcoach.core.engine.probe;

import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.session.AskedProbe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a probe answer against the probe it answers, on top of the scorer's assessment: an answer
 * that shares no content word with the probe or the phrase it quoted and does not speak to the
 * dimension probed is off topic (capped below 40); an answer that mostly repeats the person's full
 * answer is recognised as a repeat (capped below 50). Both put an {@code off_topic} finding first.
 */
public final class ProbeCheck {
  /** The highest score an off-topic probe answer keeps. */
  public static final int OFF_TOPIC_CAP = 35;

  /** The highest score a probe answer that repeats the full answer keeps. */
  public static final int REPEAT_CAP = 45;

  private static final Pattern DIGIT = Pattern.compile("\\d");
  private static final Set<String> STOP =
      Set.copyOf(
          List.of(
              "the",
              "and",
              "but",
              "for",
              "with",
              "that",
              "this",
              "these",
              "those",
              "was",
              "were",
              "are",
              "is",
              "you",
              "your",
              "yours",
              "yourself",
              "what",
              "which",
              "who",
              "whom",
              "why",
              "how",
              "when",
              "where",
              "did",
              "does",
              "done",
              "do",
              "had",
              "has",
              "have",
              "having",
              "from",
              "into",
              "onto",
              "about",
              "after",
              "before",
              "then",
              "than",
              "there",
              "their",
              "them",
              "they",
              "our",
              "ours",
              "out",
              "all",
              "any",
              "can",
              "could",
              "would",
              "should",
              "will",
              "just",
              "also",
              "been",
              "being",
              "only",
              "other",
              "some",
              "such",
              "very",
              "much",
              "many",
              "more",
              "most",
              "one",
              "said",
              "say",
              "give",
              "tell",
              "walk",
              "through",
              "thing",
              "things",
              "time",
              "way",
              "not",
              "its",
              "it's",
              "got",
              "get",
              "made",
              "make",
              "like",
              "me",
              "my",
              "mine",
              "we",
              "us",
              "him",
              "her",
              "his",
              "she",
              "he",
              "at",
              "on",
              "in",
              "of",
              "to",
              "a",
              "an",
              "it",
              "be",
              "so",
              "or",
              "if",
              "as",
              "by",
              "no",
              "yes",
              "i",
              "i'm",
              "i'd",
              "i've",
              "let",
              "first",
              "next",
              "part",
              "point",
              "where",
              "whose",
              "mentioned",
              "started",
              "alone",
              "own",
              "hands",
              "else",
              "rather",
              "obvious",
              "week",
              "again",
              "today",
              "name",
              "figure",
              "source",
              "check",
              "read",
              "least",
              "finished",
              "happened",
              "actually",
              "really",
              "well",
              "still",
              "even",
              "each",
              "both"));

  private ProbeCheck() {}

  /**
   * The assessment of a probe answer after checking it against the probe.
   *
   * @param scored the scorer's assessment of the probe answer
   * @param answer the probe answer as typed
   * @param probe the probe it answers
   * @param fullAnswer the person's full answer, or an empty string
   */
  public static Assessment check(
      Assessment scored, String answer, AskedProbe probe, String fullAnswer) {
    Set<String> said = contentWords(answer);
    Set<String> asked = contentWords(probe.question() + " " + probe.quote());
    boolean shares = said.stream().anyMatch(asked::contains);
    boolean addresses =
        ProbeDimension.byId(probe.dimension()).map(d -> addresses(d, answer)).orElse(false);
    if (!shares && !addresses) {
      return capped(
          scored,
          OFF_TOPIC_CAP,
          Verdict.NO_HIRE,
          new Finding(
              FindingCategory.OFF_TOPIC,
              "This does not answer the probe: it shares no words with the question and does not"
                  + " speak to what it asked. Answer the question asked, about your own story.",
              ""),
          "Off topic: the answer does not address the probe.");
    }
    if (repeats(said, answer, fullAnswer)) {
      return capped(
          scored,
          REPEAT_CAP,
          Verdict.LEANING_NO_HIRE,
          new Finding(
              FindingCategory.OFF_TOPIC,
              "This repeats your full answer. The probe asks for something you have not said yet:"
                  + " add the new detail it asks for instead of telling the story again.",
              ""),
          "Repeats the full answer instead of adding what the probe asked for.");
    }
    return scored;
  }

  /** True when the answer speaks to the dimension (its cue words, or a number for a measure). */
  static boolean addresses(ProbeDimension d, String answer) {
    String text = " " + answer.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9%'-]+", " ") + " ";
    if (d == ProbeDimension.MEASURE && DIGIT.matcher(text).find()) {
      return true;
    }
    return d.cues().stream().anyMatch(cue -> text.contains(" " + cue + " "));
  }

  private static boolean repeats(Set<String> said, String answer, String fullAnswer) {
    if (fullAnswer == null || fullAnswer.isBlank() || said.size() < 6) {
      return false;
    }
    Set<String> before = contentWords(fullAnswer);
    long old = said.stream().filter(before::contains).count();
    return old >= 0.85 * said.size() || longestSharedRun(answer, fullAnswer) >= 12;
  }

  private static int longestSharedRun(String answer, String fullAnswer) {
    List<String> a = tokens(answer);
    List<String> b = tokens(fullAnswer);
    int best = 0;
    int[] prev = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      int[] row = new int[b.size() + 1];
      for (int j = 1; j <= b.size(); j++) {
        if (a.get(i - 1).equals(b.get(j - 1))) {
          row[j] = prev[j - 1] + 1;
          best = Math.max(best, row[j]);
        }
      }
      prev = row;
    }
    return best;
  }

  private static Assessment capped(
      Assessment a, int cap, Verdict most, Finding first, String reason) {
    List<Finding> findings = new ArrayList<>();
    findings.add(first);
    a.findings().stream()
        .filter(f -> f.category() != FindingCategory.OFF_TOPIC)
        .forEach(findings::add);
    List<String> reasons = new ArrayList<>();
    reasons.add(reason);
    reasons.addAll(a.reasons());
    return new Assessment(
        Math.min(a.score(), cap),
        a.verdict().atMost(most),
        a.spokenSeconds(),
        a.targetSeconds(),
        findings,
        a.segments(),
        reasons);
  }

  /** The content words of a text: lowercase, without common words, crudely stemmed. */
  static Set<String> contentWords(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String t : tokens(text)) {
      if (STOP.contains(t) || (t.length() < 3 && !DIGIT.matcher(t).find())) {
        continue;
      }
      words.add(stem(t));
    }
    return words;
  }

  private static List<String> tokens(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9%']+"))
        .map(t -> t.replaceAll("^'+|'+$", ""))
        .filter(t -> !t.isEmpty())
        .toList();
  }

  private static String stem(String word) {
    for (String end : List.of("ing", "ed", "es", "s")) {
      if (word.length() > end.length() + 3 && word.endsWith(end)) {
        return word.substring(0, word.length() - end.length());
      }
    }
    return word;
  }
}
