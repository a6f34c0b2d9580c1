package dev.starcoach.core.story.fit;

import dev.starcoach.core.content.Principle;
import java.util.Map;

/**
 * A development aid, not a test: prints the dev split's figures and each miss with its reasons. Run
 * it from the IDE or with {@code java -cp ...}; it never reads the holdout split.
 */
final class PrincipleFitDevReport {
  private PrincipleFitDevReport() {}

  public static void main(String[] args) {
    PrincipleFit fit = new PrincipleFit();
    FitScores scores = new FitScores();
    for (LabelledStories.Labelled s : LabelledStories.split("dev")) {
      StoryFit f = fit.estimate(s.steps(), Map.of());
      scores.add(s, f);
      StringBuilder line = new StringBuilder(s.id() + " " + s.role() + ":");
      for (Principle p : Principle.values()) {
        FitCell c = f.cell(p);
        boolean usable = c.estimated().usable();
        String mark = s.serves().contains(p) ? (usable ? "" : " MISS") : usable ? " EXTRA" : "";
        if (!mark.isEmpty() || usable) {
          line.append("\n   ")
              .append(p.id())
              .append(' ')
              .append(c.estimated())
              .append(mark)
              .append(s.not().contains(p) && usable ? "(labelled not)" : "")
              .append(" ")
              .append(c.reasons());
        }
      }
      System.out.println(line);
    }
    System.out.println(scores.table());
  }
}
