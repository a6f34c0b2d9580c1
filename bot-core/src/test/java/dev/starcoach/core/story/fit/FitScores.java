package dev.starcoach.core.story.fit;

import dev.starcoach.core.content.Principle;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Precision and recall of "usable or better" per principle and overall. A story's {@code serves}
 * principles are the positives; its {@code not} principles the labelled negatives. Strict precision
 * also counts a usable estimate for any principle the story was not labelled to serve as wrong.
 */
final class FitScores {
  /** Counts for one principle. */
  static final class Counts {
    int truePos;
    int falseNeg;
    int falsePos;
    int trueNeg;
    int strictFalsePos;

    void add(Counts o) {
      truePos += o.truePos;
      falseNeg += o.falseNeg;
      falsePos += o.falsePos;
      trueNeg += o.trueNeg;
      strictFalsePos += o.strictFalsePos;
    }

    double precision() {
      return ratio(truePos, truePos + falsePos);
    }

    double strictPrecision() {
      return ratio(truePos, truePos + strictFalsePos);
    }

    double recall() {
      return ratio(truePos, truePos + falseNeg);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? Double.NaN : (double) a / b;
    }
  }

  final Map<Principle, Counts> byPrinciple = new EnumMap<>(Principle.class);

  FitScores() {
    for (Principle p : Principle.values()) {
      byPrinciple.put(p, new Counts());
    }
  }

  /** Records one story's estimate against its labels. */
  void add(LabelledStories.Labelled story, StoryFit fit) {
    for (Principle p : Principle.values()) {
      boolean usable = fit.cell(p).estimated().usable();
      Counts c = byPrinciple.get(p);
      if (story.serves().contains(p)) {
        if (usable) {
          c.truePos++;
        } else {
          c.falseNeg++;
        }
      } else {
        if (usable) {
          c.strictFalsePos++;
        }
        if (story.not().contains(p)) {
          if (usable) {
            c.falsePos++;
          } else {
            c.trueNeg++;
          }
        }
      }
    }
  }

  Counts overall() {
    Counts all = new Counts();
    byPrinciple.values().forEach(all::add);
    return all;
  }

  /** A Markdown table of the figures. */
  String table() {
    StringBuilder b = new StringBuilder();
    b.append("| principle | TP | FN | FP (labelled) | FP (any) | precision | strict precision |")
        .append(" recall |\n|---|---|---|---|---|---|---|---|\n");
    for (Principle p : Principle.values()) {
      row(b, p.displayName(), byPrinciple.get(p));
    }
    row(b, "**overall**", overall());
    return b.toString();
  }

  private static void row(StringBuilder b, String name, Counts c) {
    b.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %d | %d | %d | %s | %s | %s |%n",
            name,
            c.truePos,
            c.falseNeg,
            c.falsePos,
            c.strictFalsePos,
            fmt(c.precision()),
            fmt(c.strictPrecision()),
            fmt(c.recall())));
  }

  private static String fmt(double d) {
    return Double.isNaN(d) ? "-" : String.format(Locale.ROOT, "%.2f", d);
  }
}
