package dev.starcoach.core.scoring.model.fit;

import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.model.ScoringModel;
import dev.starcoach.core.scoring.pipeline.FeaturePipeline;
import dev.starcoach.core.scoring.rules.ScoringRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fitting tool behind {@code starcoach rules fit}: reads labelled sets, reports group k-fold
 * cross-validation by story, fits on everything and writes the {@code model} section of the rules
 * file (the rest of the file is kept as it is).
 */
public final class FitTool {
  /** The line that starts the fitted section of the rules file; everything after it is replaced. */
  public static final String MARKER = "# === Fitted model";

  private FitTool() {}

  /**
   * Runs the tool.
   *
   * @param rulesFile the rules file to read phrase lists from and write weights to
   * @param crossValidated sets held out story by story (rows carry {@code story})
   * @param alwaysTrain sets that only ever train
   * @param lambda the L2 penalty
   * @param folds k
   * @param write whether to write the model into the rules file
   * @param out where the report goes
   * @return the fitted model
   */
  public static ScoringModel run(
      Path rulesFile,
      List<Path> crossValidated,
      List<Path> alwaysTrain,
      double lambda,
      int folds,
      boolean write,
      PrintWriter out) {
    ScoringRules rules = ScoringRules.load(rulesFile);
    FeaturePipeline pipeline = new FeaturePipeline(rules);
    List<LabelledRow> rows = new ArrayList<>();
    for (Path p : crossValidated) {
      rows.addAll(LabelledSets.read(p, true));
    }
    for (Path p : alwaysTrain) {
      rows.addAll(LabelledSets.read(p, false));
    }
    List<ModelFitter.Prepared> prepared = ModelFitter.prepare(pipeline, rows);
    ModelFitter fitter = new ModelFitter(lambda);
    out.printf(
        Locale.ROOT,
        "rows %d (%d held out by story in %d folds), lambda %.4f%n",
        rows.size(),
        rows.stream().filter(LabelledRow::crossValidated).count(),
        folds,
        lambda);
    Map<AnswerKind, CrossValidation.Figures> cv = CrossValidation.run(prepared, fitter, folds);
    print(out, "cross-validated by story (held-out stories only)", cv);
    ScoringModel model = fitter.fit(prepared);
    List<ModelFitter.Prepared> cvRows =
        prepared.stream().filter(p -> p.row().crossValidated()).toList();
    print(
        out, "in-sample (same rows, model fitted on all)", CrossValidation.inSample(cvRows, model));
    if (write) {
      writeModel(rulesFile, model);
      out.println("wrote model to " + rulesFile);
    }
    out.flush();
    return model;
  }

  private static void print(
      PrintWriter out, String title, Map<AnswerKind, CrossValidation.Figures> figures) {
    out.println(title + ":");
    out.printf(Locale.ROOT, "  %-11s %5s %6s %10s%n", "step", "n", "AUC", "main flaw");
    double sumAuc = 0;
    int steps = 0;
    int flawed = 0;
    double named = 0;
    for (Map.Entry<AnswerKind, CrossValidation.Figures> e : figures.entrySet()) {
      CrossValidation.Figures f = e.getValue();
      out.printf(
          Locale.ROOT,
          "  %-11s %5d %6.3f %10.3f%n",
          e.getKey().id(),
          f.n(),
          f.auc(),
          f.mainFlawNamed());
      if (!Double.isNaN(f.auc())) {
        sumAuc += f.auc();
        steps++;
      }
      if (f.flawed() > 0) {
        flawed += f.flawed();
        named += f.mainFlawNamed() * f.flawed();
      }
    }
    out.printf(
        Locale.ROOT,
        "  mean AUC %.3f, main flaw named %.3f of %d flawed rows%n",
        steps == 0 ? Double.NaN : sumAuc / steps,
        flawed == 0 ? Double.NaN : named / flawed,
        flawed);
  }

  /** Replaces the fitted section of a rules file (from {@link #MARKER} to the end). */
  static void writeModel(Path rulesFile, ScoringModel model) {
    try {
      String text = Files.readString(rulesFile, StandardCharsets.UTF_8);
      int at = text.indexOf(MARKER);
      String head = at < 0 ? text + "\n" : text.substring(0, at);
      String section =
          MARKER
              + " (written by `starcoach rules fit`; do not edit by hand) ===\n"
              + "# Logistic weights per answer kind over the named features (docs/scoring.md).\n"
              + "# score = 100 / (1 + e^-(intercept + sum of weight * feature)); reference: each\n"
              + "# feature's mean in strong answers, against which findings explain the score.\n"
              + model.toYaml();
      Files.writeString(rulesFile, head + section, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
