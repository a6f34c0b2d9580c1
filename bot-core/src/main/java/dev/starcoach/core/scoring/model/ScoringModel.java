package dev.starcoach.core.scoring.model;

import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.features.Feature;
import dev.starcoach.core.scoring.rules.ScoringRules;
import dev.starcoach.core.scoring.rules.ScoringRulesException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The fitted models of every answer kind, read from the rules file's {@code model} section and
 * checked: every kind present, every key a known feature, every weight with its feature's sign.
 */
public final class ScoringModel {
  private final Map<AnswerKind, StepModel> steps;

  /** A model from fitted step models; every answer kind must have one. */
  public ScoringModel(Map<AnswerKind, StepModel> steps) {
    this.steps = new EnumMap<>(steps);
    for (AnswerKind k : AnswerKind.values()) {
      if (!this.steps.containsKey(k)) {
        throw new IllegalArgumentException("no model for " + k.id());
      }
    }
  }

  /** The model of one answer kind. */
  public StepModel step(AnswerKind kind) {
    return steps.get(kind);
  }

  /** Reads and checks the {@code model} section of validated rules. */
  public static ScoringModel from(ScoringRules rules, String file) {
    Map<AnswerKind, StepModel> out = new EnumMap<>(AnswerKind.class);
    for (Map.Entry<String, ScoringRules.StepWeights> e : rules.model().entrySet()) {
      String at = "model." + e.getKey();
      AnswerKind kind =
          AnswerKind.parse(e.getKey())
              .filter(k -> k.id().equals(e.getKey()))
              .orElseThrow(() -> new ScoringRulesException(file, at, "unknown answer kind"));
      double[] w = new double[Feature.values().length];
      double[] ref = new double[Feature.values().length];
      for (Map.Entry<String, Double> we : e.getValue().weights().entrySet()) {
        Feature f = feature(file, at + ".weights." + we.getKey(), we.getKey());
        double v = we.getValue();
        if (v * f.direction() < 0) {
          throw new ScoringRulesException(
              file,
              at + ".weights." + we.getKey(),
              "must be " + (f.direction() > 0 ? ">= 0" : "<= 0") + ", this feature's direction");
        }
        w[f.ordinal()] = v;
      }
      for (Map.Entry<String, Double> re : e.getValue().reference().entrySet()) {
        Feature f = feature(file, at + ".reference." + re.getKey(), re.getKey());
        double v = re.getValue();
        if (v < 0 || v > 1) {
          throw new ScoringRulesException(file, at + ".reference." + re.getKey(), "outside 0..1");
        }
        ref[f.ordinal()] = v;
      }
      out.put(kind, new StepModel(e.getValue().intercept(), w, ref));
    }
    for (AnswerKind k : AnswerKind.values()) {
      if (!out.containsKey(k)) {
        throw new ScoringRulesException(file, "model." + k.id(), "missing model");
      }
    }
    return new ScoringModel(out);
  }

  private static Feature feature(String file, String at, String key) {
    return Feature.byKey(key)
        .orElseThrow(() -> new ScoringRulesException(file, at, "unknown feature"));
  }

  /** The model as the {@code model:} section of a rules file (YAML, two-space indent). */
  public String toYaml() {
    StringBuilder sb = new StringBuilder("model:\n");
    for (AnswerKind k : AnswerKind.values()) {
      StepModel m = steps.get(k);
      sb.append("  ").append(k.id()).append(":\n");
      sb.append("    intercept: ").append(num(m.intercept())).append('\n');
      Map<String, String> w = new LinkedHashMap<>();
      Map<String, String> r = new LinkedHashMap<>();
      for (Feature f : Feature.values()) {
        if (m.weight(f) != 0) {
          w.put(f.key(), num(m.weight(f)));
        }
        if (m.reference(f) != 0) {
          r.put(f.key(), num(m.reference(f)));
        }
      }
      sb.append("    weights:").append(w.isEmpty() ? " {}\n" : "\n");
      w.forEach((key, v) -> sb.append("      ").append(key).append(": ").append(v).append('\n'));
      sb.append("    reference:").append(r.isEmpty() ? " {}\n" : "\n");
      r.forEach((key, v) -> sb.append("      ").append(key).append(": ").append(v).append('\n'));
    }
    return sb.toString();
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
