package dev.starcoach.app.cli;

import dev.starcoach.core.scoring.model.fit.FitTool;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code starcoach rules fit}: fits the scorer's weights on labelled answers. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Tools for the scoring rules file.",
    subcommands = {RulesCommand.Fit.class})
public final class RulesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    new picocli.CommandLine(this).usage(System.out);
    return 2;
  }

  /**
   * {@code starcoach rules fit [--rules PATH] [--cv FILE]... [--train FILE]... [--lambda L]
   * [--folds K] [--dry-run]}.
   */
  @Command(
      name = "fit",
      mixinStandardHelpOptions = true,
      description = {
        "Fit the scorer's per-step logistic weights on labelled JSONL, report group k-fold",
        "cross-validation by story, and write the weights into the rules file's model section."
      })
  public static final class Fit implements Callable<Integer> {
    @Option(
        names = "--rules",
        paramLabel = "PATH",
        description = "Rules file to fit (default: config/scoring-rules.yaml).")
    Path rules = Path.of("config", "scoring-rules.yaml");

    @Option(
        names = "--cv",
        paramLabel = "FILE",
        description = "Set held out story by story (default: ../shared/eval/train_answers.jsonl).")
    List<Path> cv = new ArrayList<>();

    @Option(
        names = "--train",
        paramLabel = "FILE",
        description = "Set that only trains (default: the labelled and holdout sets in bot-core).")
    List<Path> train = new ArrayList<>();

    @Option(names = "--lambda", paramLabel = "L", description = "L2 penalty (default 0.02).")
    double lambda = 0.02;

    @Option(names = "--folds", paramLabel = "K", description = "Folds (default 9).")
    int folds = 9;

    @Option(names = "--dry-run", description = "Report only; do not write the rules file.")
    boolean dryRun;

    @Override
    public Integer call() {
      Path home = Path.of(System.getenv().getOrDefault("STARCOACH_HOME", "."));
      Path rulesFile = rules.isAbsolute() ? rules : home.resolve(rules);
      List<Path> cvSets =
          cv.isEmpty() ? List.of(home.resolve("../shared/eval/train_answers.jsonl")) : cv;
      List<Path> trainSets = train;
      if (trainSets.isEmpty()) {
        Path res = home.resolve("bot-core/src/test/resources/scoring");
        trainSets = List.of(res.resolve("labelled.jsonl"), res.resolve("holdout.jsonl"));
      }
      PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
      for (Path p : concat(cvSets, trainSets)) {
        if (!Files.isReadable(p)) {
          System.err.println("rules fit: cannot read " + p);
          return 2;
        }
      }
      FitTool.run(rulesFile, cvSets, trainSets, lambda, folds, !dryRun, out);
      return 0;
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
      List<Path> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    }
  }
}
