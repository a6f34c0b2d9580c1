package dev.starcoach.core.content;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks of {@code content check} beyond what loading enforces: every key phrase appears in its
 * example, and per-principle counts of questions and walkthroughs.
 */
public final class ContentAudit {

  /** Questions and full walkthroughs of one principle. */
  public record Count(int questions, int walkthroughs) {}

  /** Everything {@code content check} reports. */
  public record Report(Map<Principle, Count> counts, List<ContentProblem> problems) {
    public Report {
      counts = Map.copyOf(counts);
      problems = List.copyOf(problems);
    }

    /** True when nothing is wrong. */
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private ContentAudit() {}

  /** Audits what the loader read: its problems plus the key-phrase checks and the counts. */
  public static Report audit(ContentLoader.Outcome outcome) {
    List<ContentProblem> problems = new ArrayList<>(outcome.problems());
    Map<Principle, int[]> tally = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      tally.put(p, new int[2]);
    }
    for (Question q : outcome.questions()) {
      int[] t = tally.get(q.principle());
      t[0]++;
      if (q.isWalkthrough()) {
        t[1]++;
        checkKeyPhrases(q, problems);
      }
    }
    Map<Principle, Count> counts = new EnumMap<>(Principle.class);
    tally.forEach((p, t) -> counts.put(p, new Count(t[0], t[1])));
    return new Report(counts, problems);
  }

  private static void checkKeyPhrases(Question q, List<ContentProblem> problems) {
    Walkthrough w = q.walkthrough();
    for (Step step : Step.values()) {
      StepGuide guide = w.step(step);
      String where =
          step == Step.REFLECTION ? String.join(" ", w.reflections().values()) : guide.example();
      String haystack = normalise(where);
      List<String> phrases = guide.keyPhrases();
      for (int i = 0; i < phrases.size(); i++) {
        if (!haystack.contains(normalise(phrases.get(i)))) {
          problems.add(
              new ContentProblem(
                  q.source(),
                  q.id(),
                  "steps." + step.id() + ".key_phrases[" + i + "]",
                  "key phrase \""
                      + phrases.get(i)
                      + "\" does not appear in the "
                      + (step == Step.REFLECTION ? "reflections" : "example")));
        }
      }
    }
  }

  private static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replace('’', '\'')
        .replace('‘', '\'')
        .replace('“', '"')
        .replace('”', '"')
        .replaceAll("\\s+", " ");
  }
}
