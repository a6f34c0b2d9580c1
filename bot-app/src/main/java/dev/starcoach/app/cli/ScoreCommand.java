package dev.starcoach.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.scoring.Segment;
import dev.starcoach.core.scoring.rules.RuleScorer;
import dev.starcoach.core.scoring.rules.ScoringRules;
import dev.starcoach.core.scoring.rules.ScoringRulesException;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code starcoach score}: scores answers with the built-in rules. With {@code --jsonl FILE|-} it
 * reads one JSON object per line ({@code id, step, text, level?, probe?, principle?}) and writes
 * one result line per input, in order; a bad line gets {@code {"id", "error"}} and the rest go on.
 * With {@code --step STEP "text"} it prints one result, pretty, for people. See docs/scoring.md.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Score STAR answers with the built-in, explainable rules.",
      "  score --jsonl answers.jsonl      (one JSON object per line; '-' reads stdin)",
      "  score --step action \"I pulled the logs and ...\""
    })
public final class ScoreCommand implements Callable<Integer> {
  /** The rules file used when --rules is not given and it exists in the working directory. */
  public static final Path DEFAULT_RULES = Path.of("config", "scoring-rules.yaml");

  private static final String STEPS = "situation|task|action|result|reflection|probe|full";

  @Option(
      names = "--jsonl",
      paramLabel = "FILE",
      description = "Score every line of a JSONL file ('-' for stdin).")
  private String jsonl;

  @Option(
      names = "--step",
      paramLabel = "STEP",
      description = "What the text answers: " + STEPS + ".")
  private String step;

  @Option(names = "--level", paramLabel = "LEVEL", description = "sde1, sde2 (default) or senior.")
  private String level;

  @Option(
      names = "--probe",
      paramLabel = "QUESTION",
      description = "The follow-up question, for --step probe.")
  private String probe;

  @Option(
      names = "--principle",
      paramLabel = "PRINCIPLE",
      description = "The leadership principle the question tests (e.g. Ownership); optional.")
  private String principle;

  @Option(
      names = "--rules",
      paramLabel = "PATH",
      description =
          "Scoring rules file (default: config/scoring-rules.yaml if present, else the bundled rules).")
  private Path rulesPath;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The answer (for --step).")
  private List<String> text;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final ObjectMapper json = new ObjectMapper();

  /** Reads stdin, writes stdout and stderr. */
  public ScoreCommand() {
    this(System.in, System.out, System.err);
  }

  /** Uses the given streams (for the launcher and tests). */
  public ScoreCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  /** Runs {@code score} on its own, before the app's launcher exists. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new ScoreCommand()).execute(args));
  }

  @Override
  public Integer call() {
    Scorer scorer;
    try {
      scorer = new RuleScorer(loadRules());
    } catch (ScoringRulesException e) {
      err.println("error: scoring rules: " + e.getMessage());
      return 2;
    }
    if (jsonl != null) {
      return runJsonl(scorer);
    }
    if (step == null) {
      err.println("error: give --jsonl FILE|- or --step " + STEPS + " \"text\"");
      return 2;
    }
    return runOne(scorer);
  }

  private ScoringRules loadRules() {
    if (rulesPath != null) {
      return ScoringRules.load(rulesPath);
    }
    if (Files.isRegularFile(DEFAULT_RULES)) {
      return ScoringRules.load(DEFAULT_RULES);
    }
    return ScoringRules.loadDefault();
  }

  private int runOne(Scorer scorer) {
    AnswerKind kind = AnswerKind.parse(step).orElse(null);
    if (kind == null) {
      err.println("error: unknown step '" + step + "' (expected " + STEPS + ")");
      return 2;
    }
    Level lv = Level.SDE2;
    if (level != null) {
      lv = Level.parse(level).orElse(null);
      if (lv == null) {
        err.println("error: unknown level '" + level + "' (expected sde1, sde2 or senior)");
        return 2;
      }
    }
    String answer = text == null ? "" : String.join(" ", text);
    if (answer.equals("-")) {
      try {
        answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("error: cannot read stdin: " + e.getMessage());
        return 2;
      }
    }
    Optional<Principle> lp = Optional.empty();
    if (principle != null) {
      lp = Principle.parse(principle);
      if (lp.isEmpty()) {
        err.println("error: unknown principle '" + principle + "'");
        return 2;
      }
    }
    Assessment a = scorer.assess(new ScoreRequest(kind, answer, lv, probe, 0, lp));
    ObjectNode o = result(json.nullNode(), kind, a);
    try {
      out.println(json.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o));
    } catch (JsonProcessingException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    out.flush();
    return 0;
  }

  private int runJsonl(Scorer scorer) {
    InputStream source;
    try {
      source = jsonl.equals("-") ? in : Files.newInputStream(Path.of(jsonl));
    } catch (IOException e) {
      err.println("error: cannot read " + jsonl + ": " + e.getMessage());
      return 2;
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(source, StandardCharsets.UTF_8))) {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        writer.write(json.writeValueAsString(scoreLine(scorer, line)));
        writer.write('\n');
        if (!reader.ready()) {
          writer.flush();
        }
      }
      writer.flush();
    } catch (IOException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
    return 0;
  }

  /** Scores one JSONL line; never throws, returns an error object for a bad line. */
  ObjectNode scoreLine(Scorer scorer, String line) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      return error(json.nullNode(), "invalid JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return error(json.nullNode(), "each line must be a JSON object");
    }
    JsonNode id = node.has("id") ? node.get("id") : json.nullNode();
    JsonNode stepNode = node.get("step");
    if (stepNode == null || !stepNode.isTextual()) {
      return error(id, "missing step (expected " + STEPS + ")");
    }
    AnswerKind kind = AnswerKind.parse(stepNode.asText()).orElse(null);
    if (kind == null) {
      return error(id, "unknown step '" + stepNode.asText() + "' (expected " + STEPS + ")");
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || !textNode.isTextual()) {
      return error(id, "missing text");
    }
    Level lv = Level.SDE2;
    JsonNode levelNode = node.get("level");
    if (levelNode != null && !levelNode.isNull()) {
      lv = levelNode.isTextual() ? Level.parse(levelNode.asText()).orElse(null) : null;
      if (lv == null) {
        return error(
            id, "unknown level '" + levelNode.asText() + "' (expected sde1, sde2 or senior)");
      }
    }
    JsonNode probeNode = node.get("probe");
    String question = probeNode != null && probeNode.isTextual() ? probeNode.asText() : null;
    Optional<Principle> lp = Optional.empty();
    JsonNode principleNode = node.get("principle");
    if (principleNode != null && !principleNode.isNull()) {
      lp = principleNode.isTextual() ? Principle.parse(principleNode.asText()) : Optional.empty();
      if (lp.isEmpty()) {
        return error(id, "unknown principle '" + principleNode.asText() + "'");
      }
    }
    Assessment a = scorer.assess(new ScoreRequest(kind, textNode.asText(), lv, question, 0, lp));
    return result(id, kind, a);
  }

  private ObjectNode error(JsonNode id, String message) {
    ObjectNode o = json.createObjectNode();
    o.set("id", id);
    o.put("error", message);
    return o;
  }

  private ObjectNode result(JsonNode id, AnswerKind kind, Assessment a) {
    ObjectNode o = json.createObjectNode();
    o.set("id", id);
    o.put("step", kind.id());
    o.put("score", a.score());
    o.put("verdict", a.verdict().name());
    o.put("spoken_seconds", a.spokenSeconds());
    ArrayNode findings = o.putArray("findings");
    for (Finding f : a.findings()) {
      ObjectNode fo = findings.addObject();
      fo.put("category", f.category().id());
      fo.put("kind", f.kind().id());
      fo.put("message", f.message());
      fo.put("evidence", f.evidence());
      fo.put("points", f.points());
    }
    if (kind == AnswerKind.FULL) {
      ArrayNode segments = o.putArray("segments");
      for (Segment s : a.segments()) {
        ObjectNode so = segments.addObject();
        so.put("step", s.step().id());
        so.put("text", s.text());
      }
    }
    return o;
  }
}
