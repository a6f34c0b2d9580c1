package dev.starcoach.core.scoring.model.fit;

import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.features.Feature;
import dev.starcoach.core.scoring.features.FeatureExtractor;
import dev.starcoach.core.scoring.features.Rubric;
import dev.starcoach.core.scoring.model.ScoringModel;
import dev.starcoach.core.scoring.model.StepModel;
import dev.starcoach.core.scoring.pipeline.FeaturePipeline;
import dev.starcoach.core.scoring.rules.TextFacts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Fits one logistic model per answer kind over the named features, in two stages: the general
 * weights on every row without its principle (so answers scored without a principle are judged at
 * their best), then the principle-aware weights on rows that name their principle, the general ones
 * held fixed.
 */
public final class ModelFitter {
  private static final Feature[] FEATURES = Feature.values();

  private final double lambda;

  /** A fitter with this L2 penalty. */
  public ModelFitter(double lambda) {
    this.lambda = lambda;
  }

  /**
   * A labelled row with its features computed.
   *
   * @param row the row
   * @param x the features without a principle
   * @param xp the features with the row's principle (equal to x when it has none)
   * @param facts what text analysis found (for findings)
   */
  public record Prepared(LabelledRow row, double[] x, double[] xp, TextFacts facts) {}

  /** Computes the features of every row. */
  public static List<Prepared> prepare(FeaturePipeline pipeline, List<LabelledRow> rows) {
    List<Prepared> out = new ArrayList<>();
    for (LabelledRow r : rows) {
      FeaturePipeline.Prepared p = pipeline.prepare(r.request());
      double[] xp = p.x();
      if (r.principle().isPresent()) {
        xp =
            FeatureExtractor.extract(
                new dev.starcoach.core.scoring.features.AnswerContext(
                    p.context().kind(),
                    p.context().facts(),
                    p.context().question(),
                    r.principle(),
                    p.context().spokenSeconds(),
                    p.context().targetSeconds()));
      }
      out.add(new Prepared(r, p.x(), xp, p.context().facts()));
    }
    return out;
  }

  /** Fits every answer kind on these rows. */
  public ScoringModel fit(List<Prepared> rows) {
    Map<AnswerKind, StepModel> out = new EnumMap<>(AnswerKind.class);
    for (AnswerKind kind : AnswerKind.values()) {
      List<Prepared> mine = rows.stream().filter(p -> p.row().request().kind() == kind).toList();
      out.put(kind, fitKind(kind, mine));
    }
    return new ScoringModel(out);
  }

  private StepModel fitKind(AnswerKind kind, List<Prepared> rows) {
    int d = FEATURES.length;
    int[] direction = new int[d];
    boolean[] general = new boolean[d];
    boolean[] principled = new boolean[d];
    for (Feature f : FEATURES) {
      direction[f.ordinal()] = f.direction();
      boolean p = f.family() == Feature.Family.PRINCIPLE;
      boolean used = Rubric.uses(kind, f);
      general[f.ordinal()] = !p && used;
      principled[f.ordinal()] = p && used;
    }
    double[] start = new double[d + 1];
    if (rows.isEmpty()) {
      return new StepModel(0, new double[d], new double[d]);
    }
    double[][] x = new double[rows.size()][];
    double[] y = new double[rows.size()];
    double[] sw = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      x[i] = rows.get(i).x();
      y[i] = rows.get(i).row().target();
      sw[i] = 1;
    }
    double[] w = LogisticFit.fit(x, y, sw, direction, general, start, true, lambda);
    List<Prepared> withPrinciple =
        rows.stream().filter(p -> p.row().principle().isPresent()).toList();
    if (!withPrinciple.isEmpty()) {
      double[][] xp = new double[withPrinciple.size()][];
      double[] yp = new double[withPrinciple.size()];
      double[] swp = new double[withPrinciple.size()];
      for (int i = 0; i < withPrinciple.size(); i++) {
        xp[i] = withPrinciple.get(i).xp();
        yp[i] = withPrinciple.get(i).row().target();
        swp[i] = 1;
      }
      w = LogisticFit.fit(xp, yp, swp, direction, principled, w, false, lambda);
    }
    double[] weights = new double[d];
    System.arraycopy(w, 0, weights, 0, d);
    double[] reference = new double[d];
    int strong = 0;
    for (Prepared p : rows) {
      if (p.row().target() == 1.0) {
        strong++;
        for (Feature f : FEATURES) {
          if (f.direction() > 0 && f.family() != Feature.Family.PRINCIPLE && Rubric.uses(kind, f)) {
            reference[f.ordinal()] += p.x()[f.ordinal()];
          }
        }
      }
    }
    for (int i = 0; i < d; i++) {
      reference[i] = strong == 0 ? 0 : Math.round(reference[i] / strong * 1e4) / 1e4;
      weights[i] = Math.round(weights[i] * 1e4) / 1e4;
    }
    return new StepModel(Math.round(w[d] * 1e4) / 1e4, weights, reference);
  }
}
