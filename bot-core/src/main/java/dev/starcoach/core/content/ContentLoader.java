package dev.starcoach.core.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads content packs (YAML files) into a {@link QuestionBank}. Every problem is collected with its
 * file, question id and field path before anything is thrown, so an author sees all of them at
 * once. A file or a folder (every {@code *.yaml} / {@code *.yml} inside, sorted) may be given.
 */
public final class ContentLoader {
  /**
   * The longest question id, in characters. Ids travel inside platform ids: Discord's daily buttons
   * use {@code sd:m:senior:<post id, up to 20 digits>:<id>} in a 100-character custom_id (room for
   * 67), Slack's daily post uses {@code star_daily|<id>|senior} as a 255-character block id and
   * button value (room for 237). 64 fits both with room to spare.
   */
  public static final int MAX_ID_LENGTH = 64;

  private static final YAMLMapper YAML = new YAMLMapper();

  static final Set<String> QUESTION_FIELDS =
      Set.of(
          "id",
          "principle",
          "question",
          "tags",
          "role",
          "scenario",
          "summary",
          "steps",
          "reflection",
          "probes",
          "weak_answer",
          "quiz",
          "lenses",
          "levels");
  static final Set<String> WALKTHROUGH_FIELDS =
      Set.of(
          "scenario", "summary", "steps", "reflection", "weak_answer", "quiz", "lenses", "levels");
  static final Set<String> STEP_FIELDS =
      Set.of("target_seconds", "example", "key_phrases", "coaching", "common_mistake");
  static final Set<String> PROBE_FIELDS = Set.of("question", "focus", "probes", "weak", "strong");

  /** The result of reading packs without throwing: what loaded and what was wrong. */
  public record Outcome(List<Question> questions, List<ContentProblem> problems) {
    public Outcome {
      questions = List.copyOf(questions);
      problems = List.copyOf(problems);
    }

    /** True when nothing was wrong. */
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Loads every pack under the given paths, or throws a {@link ContentException} listing all. */
  public QuestionBank load(List<Path> paths) {
    Outcome outcome = read(paths);
    if (!outcome.ok()) {
      throw new ContentException(outcome.problems());
    }
    return new QuestionBank(outcome.questions());
  }

  /** Reads every pack under the given paths and reports problems instead of throwing. */
  public Outcome read(List<Path> paths) {
    List<Question> questions = new ArrayList<>();
    List<ContentProblem> problems = new ArrayList<>();
    Map<String, Question> seen = new HashMap<>();
    for (Path file : packFiles(paths, problems)) {
      for (Question q : readFile(file, problems)) {
        Question previous = seen.putIfAbsent(q.id().toLowerCase(Locale.ROOT), q);
        if (previous != null) {
          problems.add(
              new ContentProblem(
                  file.toString(),
                  q.id(),
                  "id",
                  "duplicate id: also defined in " + previous.source()));
        } else {
          questions.add(q);
        }
      }
    }
    return new Outcome(questions, problems);
  }

  /**
   * The pack files under the paths, in order, each once: a file named both on its own and inside a
   * folder given too (a pack checked together with the content folder it sits in) is read once.
   */
  private static List<Path> packFiles(List<Path> paths, List<ContentProblem> problems) {
    List<Path> found = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return name.endsWith(".yaml") || name.endsWith(".yml");
                  })
              .sorted()
              .forEach(found::add);
        } catch (IOException e) {
          problems.add(new ContentProblem(path.toString(), "-", "", "cannot read folder: " + e));
        }
      } else if (Files.isRegularFile(path)) {
        found.add(path);
      } else {
        problems.add(new ContentProblem(path.toString(), "-", "", "no such file or folder"));
      }
    }
    Set<Path> seen = new HashSet<>();
    List<Path> files = new ArrayList<>();
    for (Path file : found) {
      if (seen.add(sameFileKey(file))) {
        files.add(file);
      }
    }
    return files;
  }

  private static Path sameFileKey(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  private List<Question> readFile(Path file, List<ContentProblem> problems) {
    String name = file.toString();
    Optional<String> tooBig = TextFileLimits.CONTENT.problem(file);
    if (tooBig.isPresent()) {
      problems.add(new ContentProblem(name, "-", "", tooBig.get()));
      return List.of();
    }
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      problems.add(
          new ContentProblem(
              name, "-", "", "not valid YAML: " + e.getOriginalMessage() + locationOf(e)));
      return List.of();
    } catch (IOException e) {
      problems.add(new ContentProblem(name, "-", "", "cannot read file: " + e.getMessage()));
      return List.of();
    }
    if (root == null || !root.isObject() || !root.path("questions").isArray()) {
      problems.add(
          new ContentProblem(
              name, "-", "questions", "a pack is a map with a 'questions' list at the top"));
      return List.of();
    }
    Iterator<String> topFields = root.fieldNames();
    while (topFields.hasNext()) {
      String field = topFields.next();
      if (!field.equals("questions") && !field.equals("pack") && !field.equals("description")) {
        problems.add(
            new ContentProblem(
                name, "-", field, "unknown field (expected: pack, description, questions)"));
      }
    }
    List<Question> out = new ArrayList<>();
    int index = 0;
    for (JsonNode node : root.path("questions")) {
      Question q = new QuestionReader(name, index++, node, problems).read();
      if (q != null) {
        out.add(q);
      }
    }
    return out;
  }

  private static String locationOf(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  /** Reads one question node, recording problems with the question's id and field path. */
}
