package dev.starcoach.core.scoring.model.fit;

import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.scoring.findings.FindingWriter;
import dev.starcoach.core.scoring.model.Explanation;
import dev.starcoach.core.scoring.model.ScoringModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Group k-fold cross-validation: the stories of the cross-validated set are dealt into k folds;
 * each fold is scored by a model fitted on every other row (the other folds and the sets that are
 * never held out). A story is never in both the training and the test side.
 */
public final class CrossValidation {
  private CrossValidation() {}

  /**
   * Figures of one answer kind.
   *
   * @param n rows scored
   * @param auc strong against weak (0.5 chance, 1 perfect); NaN without both
   * @param mainFlawNamed share of flawed rows whose main flaw is an issue finding; NaN without any
   * @param flawed flawed rows
   */
  public record Figures(int n, double auc, double mainFlawNamed, int flawed) {}

  /** One held-out score: the row, its score and the issue categories named. */
  record Scored(ModelFitter.Prepared p, int score, Set<String> issues) {}

  /** Runs k-fold cross-validation grouped by story and returns the figures per answer kind. */
  public static Map<AnswerKind, Figures> run(
      List<ModelFitter.Prepared> rows, ModelFitter fitter, int k) {
    List<String> groups =
        new ArrayList<>(
            rows.stream()
                .filter(p -> p.row().crossValidated())
                .map(p -> p.row().group())
                .collect(Collectors.toCollection(TreeSet::new)));
    List<Scored> scored = new ArrayList<>();
    for (Set<String> test : folds(groups, k)) {
      if (test.isEmpty()) {
        continue;
      }
      List<ModelFitter.Prepared> train =
          rows.stream()
              .filter(p -> !(p.row().crossValidated() && test.contains(p.row().group())))
              .toList();
      ScoringModel model = fitter.fit(train);
      for (ModelFitter.Prepared p : rows) {
        if (p.row().crossValidated() && test.contains(p.row().group())) {
          scored.add(score(model, p));
        }
      }
    }
    return figures(scored);
  }

  /** Deals the groups (sorted) into k folds, round robin; every group lands in exactly one. */
  static List<Set<String>> folds(List<String> groups, int k) {
    List<String> sorted = new ArrayList<>(new TreeSet<>(groups));
    List<Set<String>> out = new ArrayList<>();
    for (int fold = 0; fold < k; fold++) {
      Set<String> test = new TreeSet<>();
      for (int g = fold; g < sorted.size(); g += k) {
        test.add(sorted.get(g));
      }
      out.add(test);
    }
    return out;
  }

  /** The figures of a model on rows it may have seen (in-sample). */
  public static Map<AnswerKind, Figures> inSample(
      List<ModelFitter.Prepared> rows, ScoringModel model) {
    List<Scored> scored = new ArrayList<>();
    for (ModelFitter.Prepared p : rows) {
      scored.add(score(model, p));
    }
    return figures(scored);
  }

  static Scored score(ScoringModel model, ModelFitter.Prepared p) {
    Explanation e = model.step(p.row().request().kind()).explain(p.x());
    List<Finding> findings = FindingWriter.findings(p.row().request().kind(), e, p.x(), p.facts());
    Set<String> issues =
        findings.stream()
            .filter(f -> f.kind() == FindingKind.ISSUE)
            .map(f -> f.category().id())
            .collect(Collectors.toSet());
    return new Scored(p, e.score(), issues);
  }

  private static Map<AnswerKind, Figures> figures(List<Scored> scored) {
    Map<AnswerKind, Figures> out = new EnumMap<>(AnswerKind.class);
    for (AnswerKind kind : AnswerKind.values()) {
      List<Scored> mine =
          scored.stream().filter(s -> s.p().row().request().kind() == kind).toList();
      if (mine.isEmpty()) {
        continue;
      }
      List<Integer> pos = new ArrayList<>();
      List<Integer> neg = new ArrayList<>();
      int flawed = 0;
      int named = 0;
      for (Scored s : mine) {
        String label = s.p().row().label();
        if (label.equals("strong")) {
          pos.add(s.score());
        } else if (label.equals("weak")) {
          neg.add(s.score());
        }
        List<String> flaws = s.p().row().flaws();
        if (!flaws.isEmpty()) {
          flawed++;
          if (s.issues().contains(flaws.get(0))) {
            named++;
          }
        }
      }
      out.put(
          kind,
          new Figures(
              mine.size(),
              auc(pos, neg),
              flawed == 0 ? Double.NaN : (double) named / flawed,
              flawed));
    }
    return out;
  }

  /** The area under the ROC curve of two score lists (ties count half). */
  public static double auc(List<Integer> pos, List<Integer> neg) {
    if (pos.isEmpty() || neg.isEmpty()) {
      return Double.NaN;
    }
    double wins = 0;
    for (int p : pos) {
      for (int n : neg) {
        wins += p > n ? 1 : p == n ? 0.5 : 0;
      }
    }
    return wins / ((double) pos.size() * neg.size());
  }
}
