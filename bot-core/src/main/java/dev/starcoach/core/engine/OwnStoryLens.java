package dev.starcoach.core.engine;

import dev.starcoach.core.content.Lens;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A lens on the person's own story: from their last answers, the sentence to lead with for another
 * principle, one to stress, and one to play down. Simple on purpose: sentences are ranked by the
 * words that show the principle (a number counts for results-minded principles).
 */
final class OwnStoryLens {
  private static final Map<Principle, List<String>> CUES = new EnumMap<>(Principle.class);

  static {
    CUES.put(
        Principle.CUSTOMER_OBSESSION,
        List.of(
            "customer", "user", "complain", "support", "checkout", "price", "refund", "shopper"));
    CUES.put(Principle.OWNERSHIP, List.of("nobody", "not my", "myself", "on call", "owned"));
    CUES.put(Principle.INVENT_AND_SIMPLIFY, List.of("simpl", "remov", "replac", "automat"));
    CUES.put(Principle.ARE_RIGHT_A_LOT, List.of("data", "decid", "chose", "assum", "evidence"));
    CUES.put(Principle.LEARN_AND_BE_CURIOUS, List.of("learn", "read", "curious", "studied"));
    CUES.put(Principle.HIRE_AND_DEVELOP_THE_BEST, List.of("mentor", "coach", "taught", "paired"));
    CUES.put(Principle.INSIST_ON_THE_HIGHEST_STANDARDS, List.of("standard", "test", "review"));
    CUES.put(Principle.THINK_BIG, List.of("every", "all team", "platform", "scale", "vision"));
    CUES.put(Principle.BIAS_FOR_ACTION, List.of("quick", "same day", "within", "immediately"));
    CUES.put(Principle.FRUGALITY, List.of("cost", "saved", "budget", "reus", "cheap"));
    CUES.put(Principle.EARN_TRUST, List.of("told", "admit", "shared", "honest", "inform"));
    CUES.put(Principle.DIVE_DEEP, List.of("log", "trac", "reproduc", "root cause", "metric"));
    CUES.put(Principle.HAVE_BACKBONE, List.of("disagree", "push", "convinc", "argu", "object"));
    CUES.put(Principle.DELIVER_RESULTS, List.of("deadline", "shipped", "deliver", "on time"));
    CUES.put(Principle.EARTHS_BEST_EMPLOYER, List.of("team", "morale", "burnout", "onboard"));
    CUES.put(Principle.BROAD_RESPONSIBILITY, List.of("privacy", "secur", "accessib", "risk"));
  }

  private OwnStoryLens() {}

  /** The person's answers of a session as one story (probe answers left out), or empty. */
  static Optional<String> story(PracticeSession s) {
    List<String> parts = new ArrayList<>();
    for (RecordedAnswer a : s.answers()) {
      if (!a.skipped() && a.kind() != AnswerKind.PROBE && !a.text().isBlank()) {
        parts.add(a.text().strip());
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
  }

  /** The lens on the story for a principle, quoting the person's own sentences. */
  static Lens of(String story, Principle principle) {
    List<String> sentences =
        Arrays.stream(story.split("(?<=[.!?])\\s+|\\n+"))
            .map(String::strip)
            .filter(t -> t.split("\\s+").length >= 3)
            .toList();
    if (sentences.isEmpty()) {
      return GenericCoaching.lens(principle);
    }
    int best = 0;
    int second = -1;
    int weakest = -1;
    for (int i = 0; i < sentences.size(); i++) {
      int fit = fit(sentences.get(i), principle);
      if (fit > fit(sentences.get(best), principle)) {
        second = best;
        best = i;
      } else if (i != best && (second < 0 || fit > fit(sentences.get(second), principle))) {
        second = i;
      }
    }
    for (int i = 0; i < sentences.size(); i++) {
      if (i != best && i != second) {
        if (weakest < 0
            || fit(sentences.get(i), principle) < fit(sentences.get(weakest), principle)) {
          weakest = i;
        }
      }
    }
    String name = principle.displayName();
    String lead =
        fit(sentences.get(best), principle) > 0
            ? "Your own line \""
                + clip(sentences.get(best))
                + "\": open with it, it shows "
                + name
                + "."
            : "Nothing in your last answer speaks to "
                + name
                + " yet: open with the moment that does, then tell the rest.";
    String stress =
        second >= 0
            ? "\"" + clip(sentences.get(second)) + "\", said as what you decided and why."
            : "What you decided and why, in the first person.";
    String down =
        weakest >= 0
            ? "\"" + clip(sentences.get(weakest)) + "\": one clause is enough for " + name + "."
            : "Background that serves the original question but not " + name + ".";
    return new Lens(principle, lead, stress, down);
  }

  private static int fit(String sentence, Principle principle) {
    String text = sentence.toLowerCase(Locale.ROOT);
    int fit = 0;
    for (String cue : CUES.getOrDefault(principle, List.of())) {
      if (text.contains(cue)) {
        fit++;
      }
    }
    boolean numbersCount =
        principle == Principle.DELIVER_RESULTS
            || principle == Principle.FRUGALITY
            || principle == Principle.DIVE_DEEP
            || principle == Principle.ARE_RIGHT_A_LOT;
    if (numbersCount && text.matches(".*\\d.*")) {
      fit++;
    }
    return fit;
  }

  private static String clip(String sentence) {
    String[] words = sentence.replace('"', '\'').split("\\s+");
    String text =
        String.join(" ", Arrays.copyOfRange(words, 0, Math.min(words.length, 18)))
            .replaceAll("[.!?]+$", "");
    return words.length > 18 ? text + " ..." : text;
  }
}
