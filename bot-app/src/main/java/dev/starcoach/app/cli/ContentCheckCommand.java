package dev.starcoach.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.starcoach.core.content.ContentAudit;
import dev.starcoach.core.content.ContentLoader;
import dev.starcoach.core.content.ContentProblem;
import dev.starcoach.core.content.Principle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code starcoach content check [PATH...] [--alone] [--json]}: validates content packs for
 * authors. Packs named on the command line are checked together with the configured content they
 * will be loaded with, so a duplicate of a bundled id is found here and not at the bot's start.
 */
@Command(
    name = "check",
    description = {
      "Validate content packs: schema, ids, quiz answers, lenses, key phrases.",
      "Packs named here are checked together with the configured content packs, as"
          + " the bot will load them: an id that a configured question already has is an error."
    },
    mixinStandardHelpOptions = true)
public final class ContentCheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      description = "Pack files or folders, checked with the configured content paths.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--alone",
      description = "Check only the named packs, without the configured content.")
  boolean alone;

  @Option(names = "--json", description = "Print one JSON object: principles and errors.")
  boolean json;

  private final Supplier<List<Path>> configuredPaths;

  public ContentCheckCommand(Supplier<List<Path>> configuredPaths) {
    this.configuredPaths = configuredPaths;
  }

  @Override
  public Integer call() throws Exception {
    List<Path> targets = new ArrayList<>();
    if (paths.isEmpty() || !alone) {
      targets.addAll(configuredPaths.get());
    }
    targets.addAll(paths);
    ContentAudit.Report report = ContentAudit.audit(new ContentLoader().read(targets));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(toJson(report));
    } else {
      printText(report, out);
    }
    out.flush();
    return report.ok() ? 0 : 1;
  }

  private static String toJson(ContentAudit.Report report) throws Exception {
    Map<String, Object> principles = new LinkedHashMap<>();
    for (Principle p : Principle.values()) {
      ContentAudit.Count c = report.counts().get(p);
      principles.put(
          p.displayName(), Map.of("questions", c.questions(), "walkthroughs", c.walkthroughs()));
    }
    List<Object> errors = new ArrayList<>();
    for (ContentProblem problem : report.problems()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("file", problem.file());
      e.put("id", problem.questionId());
      e.put("field", problem.field());
      e.put("message", problem.message());
      errors.add(e);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("principles", principles);
    doc.put("errors", errors);
    return new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc);
  }

  private static void printText(ContentAudit.Report report, PrintWriter out) {
    out.printf("%-46s %9s %12s%n", "Principle", "questions", "walkthroughs");
    int questions = 0;
    int walkthroughs = 0;
    for (Principle p : Principle.values()) {
      ContentAudit.Count c = report.counts().get(p);
      out.printf("%-46s %9d %12d%n", p.displayName(), c.questions(), c.walkthroughs());
      questions += c.questions();
      walkthroughs += c.walkthroughs();
    }
    out.printf("%-46s %9d %12d%n", "Total", questions, walkthroughs);
    if (report.ok()) {
      out.println("No problems found.");
    } else {
      out.println();
      out.println(report.problems().size() + " problem(s):");
      report.problems().forEach(p -> out.println("  " + p.describe()));
    }
  }
}
