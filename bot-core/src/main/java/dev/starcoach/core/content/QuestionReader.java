package dev.starcoach.core.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads content packs (YAML files) into a {@link QuestionBank}. Every problem is collected with its
 * file, question id and field path before anything is thrown, so an author sees all of them at
 * once. A file or a folder (every {@code *.yaml} / {@code *.yml} inside, sorted) may be given.
 */
/** Reads one question of a content pack, noting every problem with its file, id and field. */
final class QuestionReader {
  private final String file;
  private final JsonNode node;
  private final List<ContentProblem> problems;
  private final String id;
  private final int before;

  QuestionReader(String file, int index, JsonNode node, List<ContentProblem> problems) {
    this.file = file;
    this.node = node;
    this.problems = problems;
    this.before = problems.size();
    String declared = node.path("id").isTextual() ? node.path("id").asText().trim() : "";
    this.id = declared.isEmpty() ? "#" + (index + 1) : declared;
  }

  Question read() {
    if (!node.isObject()) {
      problem("", "each entry of 'questions' must be a map");
      return null;
    }
    unknown(node, "", ContentLoader.QUESTION_FIELDS);
    String qid = text(node, "id");
    if (qid != null && !qid.matches("[a-z0-9][a-z0-9-]*")) {
      problem("id", "use lowercase letters, digits and dashes (got '" + qid + "')");
    }
    if (qid != null && qid.length() > ContentLoader.MAX_ID_LENGTH) {
      problem(
          "id",
          "too long: "
              + qid.length()
              + " characters, at most "
              + ContentLoader.MAX_ID_LENGTH
              + " (ids go into Discord and Slack button ids)");
    }
    Principle principle = principle(node, "principle");
    String text = text(node, "question");
    List<String> tags = strings(node, "tags", true);
    List<Probe> probes = probes();
    boolean walkthrough = false;
    for (String field : ContentLoader.WALKTHROUGH_FIELDS) {
      walkthrough |= node.has(field);
    }
    Walkthrough full = walkthrough ? walkthrough(probes) : null;
    if (problems.size() > before) {
      return null;
    }
    return new Question(qid, principle, text, tags, probes, full, file);
  }

  private List<Probe> probes() {
    JsonNode list = node.path("probes");
    List<Probe> out = new ArrayList<>();
    if (!list.isArray()) {
      problem("probes", "required: a list of follow-up probes (at least 2)");
      return out;
    }
    if (list.size() < 2) {
      problem("probes", "at least 2 probes are needed (mock mode asks 2 or 3), got " + list.size());
    }
    int i = 0;
    for (JsonNode p : list) {
      String at = "probes[" + i++ + "]";
      if (!p.isObject()) {
        problem(at, "each probe must be a map");
        continue;
      }
      unknown(p, at + ".", ContentLoader.PROBE_FIELDS);
      String question = text(p, at, "question");
      Step focus = Step.ACTION;
      if (p.has("focus")) {
        focus =
            Step.parse(p.path("focus").asText())
                .orElseGet(
                    () -> {
                      problem(
                          at + ".focus",
                          "unknown step '"
                              + p.path("focus").asText()
                              + "' (expected situation, task, action, result or reflection)");
                      return Step.ACTION;
                    });
      }
      String probes = text(p, at, "probes");
      String weak = null;
      String weakWhy = null;
      String strong = null;
      String takeaway = null;
      if (p.has("weak")) {
        unknown(p.path("weak"), at + ".weak.", Set.of("answer", "why"));
        weak = text(p.path("weak"), at + ".weak", "answer");
        weakWhy = text(p.path("weak"), at + ".weak", "why");
      }
      if (p.has("strong")) {
        unknown(p.path("strong"), at + ".strong.", Set.of("answer", "takeaway"));
        strong = text(p.path("strong"), at + ".strong", "answer");
        takeaway = text(p.path("strong"), at + ".strong", "takeaway");
      }
      out.add(new Probe(question, focus, probes, weak, weakWhy, strong, takeaway));
    }
    return out;
  }

  private Walkthrough walkthrough(List<Probe> probes) {
    String scenario = text(node, "scenario");
    String summary = text(node, "summary");
    Map<Step, StepGuide> steps = new EnumMap<>(Step.class);
    JsonNode stepsNode = node.path("steps");
    if (!stepsNode.isObject()) {
      problem("steps", "required for a walkthrough: a map with the five steps");
    } else {
      Iterator<String> names = stepsNode.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (Step.parse(name).isEmpty()) {
          problem(
              "steps." + name,
              "unknown step '" + name + "' (expected situation, task, action, result, reflection)");
        }
      }
      for (Step step : Step.values()) {
        String at = "steps." + step.id();
        JsonNode s = stepsNode.path(step.id());
        if (!s.isObject()) {
          problem(at, "required: the " + step.label() + " step");
          continue;
        }
        unknown(s, at + ".", ContentLoader.STEP_FIELDS);
        int target = positiveInt(s, at, "target_seconds");
        String example =
            step == Step.REFLECTION ? optionalText(s, at, "example") : text(s, at, "example");
        steps.put(
            step,
            new StepGuide(
                target,
                example,
                strings(s, at, "key_phrases", true),
                text(s, at, "coaching"),
                text(s, at, "common_mistake")));
      }
    }
    Map<Level, String> reflections = new EnumMap<>(Level.class);
    JsonNode refl = node.path("reflection");
    if (!refl.isObject()) {
      problem("reflection", "required for a walkthrough: a map with sde2 and senior reflections");
    } else {
      unknown(refl, "reflection.", Set.of("sde1", "sde2", "senior"));
      for (Level level : Level.values()) {
        if (level == Level.SDE1 && !refl.has("sde1")) {
          continue;
        }
        String value = text(refl, "reflection", level.id());
        if (value != null) {
          reflections.put(level, value);
        }
      }
    }
    for (int i = 0; i < probes.size(); i++) {
      if (!probes.get(i).hasSamples()) {
        problem("probes[" + i + "]", "a walkthrough's probes need 'weak' and 'strong' answers");
      }
    }
    WeakAnswer weak = weakAnswer();
    List<QuizItem> quiz = quiz();
    List<Lens> lenses = lenses();
    Map<Level, LevelCalibration> levels = levels();
    if (problems.size() > before) {
      return null;
    }
    return new Walkthrough(scenario, summary, steps, reflections, weak, quiz, lenses, levels);
  }

  private WeakAnswer weakAnswer() {
    JsonNode w = node.path("weak_answer");
    if (!w.isObject()) {
      problem("weak_answer", "required for a walkthrough: text, critique, verdict, bar_raiser");
      return null;
    }
    unknown(w, "weak_answer.", Set.of("text", "critique", "verdict", "bar_raiser"));
    String text = text(w, "weak_answer", "text");
    List<String> critique = strings(w, "weak_answer", "critique", true);
    String verdictText = text(w, "weak_answer", "verdict");
    Verdict verdict = Verdict.NO_HIRE;
    if (verdictText != null) {
      verdict =
          Verdict.parse(verdictText)
              .orElseGet(
                  () -> {
                    problem(
                        "weak_answer.verdict",
                        "unknown verdict '"
                            + verdictText
                            + "' (expected STRONG_HIRE, HIRE, LEANING_NO_HIRE or NO_HIRE)");
                    return Verdict.NO_HIRE;
                  });
    }
    return new WeakAnswer(text, critique, verdict, text(w, "weak_answer", "bar_raiser"));
  }

  private List<QuizItem> quiz() {
    JsonNode list = node.path("quiz");
    List<QuizItem> out = new ArrayList<>();
    if (!list.isArray() || list.isEmpty()) {
      problem("quiz", "required for a walkthrough: a list of multiple-choice questions");
      return out;
    }
    int i = 0;
    for (JsonNode item : list) {
      String at = "quiz[" + i++ + "]";
      unknown(item, at + ".", Set.of("question", "options", "answer", "explanation"));
      String question = text(item, at, "question");
      List<String> options = strings(item, at, "options", true);
      if (options.size() < 2) {
        problem(at + ".options", "at least 2 options are needed");
      }
      int answer = positiveInt(item, at, "answer");
      if (answer > 0 && answer > options.size()) {
        problem(
            at + ".answer",
            "answer " + answer + " is out of range: there are " + options.size() + " options");
      }
      out.add(
          new QuizItem(question, options, Math.max(0, answer - 1), text(item, at, "explanation")));
    }
    return out;
  }

  private List<Lens> lenses() {
    JsonNode list = node.path("lenses");
    List<Lens> out = new ArrayList<>();
    if (!list.isArray() || list.isEmpty()) {
      problem("lenses", "required for a walkthrough: how to retell the story for other principles");
      return out;
    }
    int i = 0;
    for (JsonNode lens : list) {
      String at = "lenses[" + i++ + "]";
      unknown(lens, at + ".", Set.of("principle", "lead_with", "emphasise", "downplay"));
      out.add(
          new Lens(
              principle(lens, at, "principle"),
              text(lens, at, "lead_with"),
              text(lens, at, "emphasise"),
              text(lens, at, "downplay")));
    }
    return out;
  }

  private Map<Level, LevelCalibration> levels() {
    JsonNode levels = node.path("levels");
    Map<Level, LevelCalibration> out = new EnumMap<>(Level.class);
    if (!levels.isObject()) {
      problem("levels", "required for a walkthrough: calibration for sde1 and senior");
      return out;
    }
    unknown(levels, "levels.", Set.of("sde1", "sde2", "senior"));
    for (Level level : Level.values()) {
      JsonNode l = levels.path(level.id());
      String at = "levels." + level.id();
      if (l.isMissingNode()) {
        if (level != Level.SDE2) {
          problem(at, "required: focus, reflection, bar, total_seconds");
        }
        continue;
      }
      unknown(l, at + ".", Set.of("focus", "reflection", "bar", "total_seconds"));
      out.put(
          level,
          new LevelCalibration(
              text(l, at, "focus"),
              text(l, at, "reflection"),
              text(l, at, "bar"),
              positiveInt(l, at, "total_seconds")));
    }
    return out;
  }

  private void unknown(JsonNode map, String prefix, Set<String> allowed) {
    if (!map.isObject()) {
      return;
    }
    Iterator<String> names = map.fieldNames();
    while (names.hasNext()) {
      String field = names.next();
      if (!allowed.contains(field)) {
        problem(
            prefix + field,
            "unknown field (expected one of " + String.join(", ", sorted(allowed)) + ")");
      }
    }
  }

  private static List<String> sorted(Set<String> names) {
    return names.stream().sorted().toList();
  }

  private String text(JsonNode map, String field) {
    return text(map, "", field);
  }

  private String text(JsonNode map, String at, String field) {
    String path = at.isEmpty() ? field : at + "." + field;
    JsonNode value = map.path(field);
    if (value.isMissingNode() || value.isNull()) {
      problem(path, "required field is missing");
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      problem(path, "must be text");
      return null;
    }
    String text = value.asText().strip();
    if (text.isEmpty()) {
      problem(path, "must not be empty");
      return null;
    }
    return text;
  }

  private String optionalText(JsonNode map, String at, String field) {
    return map.has(field) ? text(map, at, field) : null;
  }

  private int positiveInt(JsonNode map, String at, String field) {
    String path = at + "." + field;
    JsonNode value = map.path(field);
    if (value.isMissingNode()) {
      problem(path, "required field is missing");
      return 0;
    }
    if (!value.isInt() || value.asInt() <= 0) {
      problem(path, "must be a whole number above 0 (got '" + value.asText() + "')");
      return 0;
    }
    return value.asInt();
  }

  private List<String> strings(JsonNode map, String field, boolean required) {
    return strings(map, "", field, required);
  }

  private List<String> strings(JsonNode map, String at, String field, boolean required) {
    String path = at.isEmpty() ? field : at + "." + field;
    JsonNode value = map.path(field);
    List<String> out = new ArrayList<>();
    if (value.isMissingNode() || value.isNull()) {
      if (required) {
        problem(path, "required field is missing (a list)");
      }
      return out;
    }
    if (!value.isArray()) {
      problem(path, "must be a list");
      return out;
    }
    int i = 0;
    for (JsonNode item : value) {
      if (!item.isTextual() || item.asText().isBlank()) {
        problem(path + "[" + i + "]", "must be non-empty text");
      } else {
        out.add(item.asText().strip());
      }
      i++;
    }
    return out;
  }

  private Principle principle(JsonNode map, String field) {
    return principle(map, "", field);
  }

  private Principle principle(JsonNode map, String at, String field) {
    String text = text(map, at, field);
    if (text == null) {
      return null;
    }
    return Principle.parse(text)
        .orElseGet(
            () -> {
              problem(
                  at.isEmpty() ? field : at + "." + field,
                  "unknown principle '" + text + "' (use one of the 16 Leadership Principles)");
              return null;
            });
  }

  private void problem(String field, String message) {
    problems.add(new ContentProblem(file, id, field, message));
  }
}
