package dev.starcoach.core.scoring.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.starcoach.core.content.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scoring rules file ({@code config/scoring-rules.yaml}): speech rate, verdict bands, caps,
 * chat-spelling replacements, phrase lists and weights. Loaded with {@link #load(Path)} or {@link
 * #loadDefault()} and validated: any problem is a {@link ScoringRulesException} naming the file and
 * the key path.
 *
 * @param speech spoken-length settings
 * @param verdictBands score thresholds of the verdicts
 * @param caps verdict and score caps for disqualifying patterns
 * @param replacements single words replaced before matching (chat spelling, typos)
 * @param phrases every phrase list, by {@link Lexicon#key()}
 * @param weights every weight, by section and key (see {@link Weight})
 * @param model the fitted model's weights per answer kind ({@code situation} ... {@code full}),
 *     written by {@code starcoach rules fit}
 */
public record ScoringRules(
    Speech speech,
    VerdictBands verdictBands,
    Caps caps,
    Map<String, String> replacements,
    Map<String, List<String>> phrases,
    Map<String, Map<String, Double>> weights,
    Map<String, StepWeights> model) {

  /** Where the bundled default lives on the classpath. */
  public static final String DEFAULT_RESOURCE =
      "dev/starcoach/core/scoring/rules/scoring-rules.yaml";

  /**
   * Spoken-length settings.
   *
   * @param wordsPerMinute speaking rate used to turn words into seconds
   * @param tooShortRatio too_short below target times this
   * @param tooLongRatio too_long above target times this
   * @param probeTargetSeconds default target of a probe answer
   * @param tooShortMaxSeconds a step or probe at least this long is never too_short
   * @param negationWindow words a negator reaches
   * @param maxAnalysedChars characters analysed at most
   */
  public record Speech(
      int wordsPerMinute,
      double tooShortRatio,
      double tooLongRatio,
      int probeTargetSeconds,
      int tooShortMaxSeconds,
      int negationWindow,
      int maxAnalysedChars) {}

  /**
   * Minimum score of each verdict.
   *
   * @param strongHire minimum for Strong Hire
   * @param hire minimum for Hire
   * @param leaningNoHire minimum for Leaning No Hire (below it: No Hire)
   */
  public record VerdictBands(int strongHire, int hire, int leaningNoHire) {
    /** The verdict a score falls in. */
    public Verdict verdictFor(int score) {
      if (score >= strongHire) {
        return Verdict.STRONG_HIRE;
      }
      if (score >= hire) {
        return Verdict.HIRE;
      }
      if (score >= leaningNoHire) {
        return Verdict.LEANING_NO_HIRE;
      }
      return Verdict.NO_HIRE;
    }
  }

  /**
   * Caps for disqualifying patterns.
   *
   * @param fullHandoff best verdict of a full answer with a hand-off
   * @param weOnlyAction best verdict of a full answer whose Action has no "I"
   * @param probeHandoff best mock verdict when a probe answer hands off
   * @param fullHandoffScore best score of a full answer with a hand-off
   * @param weOnlyActionScore best score of a full answer whose Action has no "I"
   */
  public record Caps(
      Verdict fullHandoff,
      Verdict weOnlyAction,
      Verdict probeHandoff,
      int fullHandoffScore,
      int weOnlyActionScore) {}

  /**
   * The fitted weights of one answer kind: score = 100 / (1 + e^-(intercept + sum of weight times
   * feature)). Keys are feature keys ({@code metric_delta}); features not listed weigh 0.
   *
   * @param intercept the logit with every feature at 0
   * @param weights logit per unit of each feature
   * @param reference each feature's typical value in strong answers; findings explain a score as
   *     its distance from this reference
   */
  public record StepWeights(
      double intercept, Map<String, Double> weights, Map<String, Double> reference) {
    public StepWeights {
      weights = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(weights));
      reference = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reference));
    }
  }

  public ScoringRules {
    Map<String, StepWeights> m = new LinkedHashMap<>(model);
    model = java.util.Collections.unmodifiableMap(m);
    replacements = Map.copyOf(replacements);
    Map<String, List<String>> p = new LinkedHashMap<>();
    phrases.forEach((k, v) -> p.put(k, List.copyOf(v)));
    phrases = java.util.Collections.unmodifiableMap(p);
    Map<String, Map<String, Double>> w = new LinkedHashMap<>();
    weights.forEach(
        (k, v) -> w.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
    weights = java.util.Collections.unmodifiableMap(w);
  }

  /** The phrases of one list. */
  public List<String> phrases(Lexicon list) {
    return phrases.get(list.key());
  }

  /** The value of one weight. */
  public double weight(Weight weight) {
    return weights.get(weight.section()).get(weight.key());
  }

  /** Loads and validates the rules bundled in the jar. */
  public static ScoringRules loadDefault() {
    try (InputStream in =
        ScoringRules.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new ScoringRulesException(
            "classpath:" + DEFAULT_RESOURCE, "", "the bundled rules file is missing from the jar");
      }
      return parse(
          new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new ScoringRulesException(
          "classpath:" + DEFAULT_RESOURCE, "", "cannot be read: " + e.getMessage(), e);
    }
  }

  /** Loads and validates an operator's rules file. */
  public static ScoringRules load(Path file) {
    String name = file.toString();
    String yaml;
    try {
      yaml = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScoringRulesException(name, "", "cannot be read: " + e.getMessage(), e);
    }
    return parse(yaml, name);
  }

  /** Parses and validates rules from YAML text; {@code sourceName} names it in errors. */
  public static ScoringRules parse(String yaml, String sourceName) {
    ObjectMapper mapper =
        YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();
    ScoringRules rules;
    try {
      rules = mapper.readValue(yaml, ScoringRules.class);
    } catch (JsonMappingException e) {
      throw new ScoringRulesException(sourceName, path(e), reason(e), e);
    } catch (JsonProcessingException e) {
      throw new ScoringRulesException(
          sourceName, "", "is not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (rules == null) {
      throw new ScoringRulesException(sourceName, "", "is empty");
    }
    rules.validate(sourceName);
    return rules;
  }

  private void validate(String file) {
    Speech s = speech;
    range(file, "speech.words_per_minute", s.wordsPerMinute(), 40, 400);
    range(file, "speech.too_short_ratio", s.tooShortRatio(), 0, 1);
    range(file, "speech.too_long_ratio", s.tooLongRatio(), 1, 10);
    range(file, "speech.probe_target_seconds", s.probeTargetSeconds(), 1, 600);
    range(file, "speech.too_short_max_seconds", s.tooShortMaxSeconds(), 1, 600);
    range(file, "speech.negation_window", s.negationWindow(), 1, 20);
    range(file, "speech.max_analysed_chars", s.maxAnalysedChars(), 1_000, 10_000_000);
    VerdictBands b = verdictBands;
    range(file, "verdict_bands.strong_hire", b.strongHire(), 0, 100);
    range(file, "verdict_bands.hire", b.hire(), 0, 100);
    range(file, "verdict_bands.leaning_no_hire", b.leaningNoHire(), 0, 100);
    if (!(b.strongHire() > b.hire() && b.hire() > b.leaningNoHire())) {
      throw new ScoringRulesException(
          file, "verdict_bands", "must satisfy strong_hire > hire > leaning_no_hire");
    }
    range(file, "caps.full_handoff_score", caps.fullHandoffScore(), 0, 100);
    range(file, "caps.we_only_action_score", caps.weOnlyActionScore(), 0, 100);
    replacements.forEach(
        (k, v) -> {
          if (k.isBlank() || v.isBlank()) {
            throw new ScoringRulesException(file, "replacements." + k, "must not be blank");
          }
        });
    Set<String> known = new java.util.HashSet<>();
    for (Lexicon l : Lexicon.values()) {
      known.add(l.key());
    }
    for (String key : phrases.keySet()) {
      if (!known.contains(key)) {
        throw new ScoringRulesException(file, "phrases." + key, "unknown phrase list");
      }
    }
    for (Lexicon l : Lexicon.values()) {
      List<String> list = phrases.get(l.key());
      String at = "phrases." + l.key();
      if (list == null) {
        throw new ScoringRulesException(file, at, "missing phrase list");
      }
      if (list.isEmpty()) {
        throw new ScoringRulesException(file, at, "must not be empty");
      }
      for (int i = 0; i < list.size(); i++) {
        String phrase = list.get(i);
        if (phrase == null || phrase.isBlank()) {
          throw new ScoringRulesException(file, at + "[" + i + "]", "must not be blank");
        }
        if (phrase.strip().startsWith("*") || phrase.strip().endsWith("*")) {
          throw new ScoringRulesException(
              file, at + "[" + i + "]", "a phrase may not start or end with '*'");
        }
        if (!l.spans() && phrase.strip().contains(" ")) {
          throw new ScoringRulesException(
              file, at + "[" + i + "]", "'" + phrase + "': this list takes single words only");
        }
      }
    }
    for (String section : weights.keySet()) {
      if (!Weight.sections().contains(section)) {
        throw new ScoringRulesException(file, "weights." + section, "unknown weight section");
      }
      for (String key : weights.get(section).keySet()) {
        if (Weight.of(section, key).isEmpty()) {
          throw new ScoringRulesException(file, "weights." + section + "." + key, "unknown weight");
        }
      }
    }
    for (Weight w : Weight.values()) {
      Map<String, Double> section = weights.get(w.section());
      if (section == null) {
        throw new ScoringRulesException(file, "weights." + w.section(), "missing weight section");
      }
      Double v = section.get(w.key());
      if (v == null) {
        throw new ScoringRulesException(file, w.path(), "missing weight");
      }
      if (v.isNaN() || v < w.min() || v > w.max()) {
        throw new ScoringRulesException(
            file, w.path(), v + " is outside " + fmt(w.min()) + ".." + fmt(w.max()));
      }
    }
  }

  /** The weights as an array indexed by {@link Weight#ordinal()}. */
  double[] weightArray() {
    double[] out = new double[Weight.values().length];
    for (Weight w : Weight.values()) {
      out[w.ordinal()] = weight(w);
    }
    return out;
  }

  /** The phrase lists by lexicon. */
  Map<Lexicon, List<String>> lexicons() {
    Map<Lexicon, List<String>> out = new EnumMap<>(Lexicon.class);
    for (Lexicon l : Lexicon.values()) {
      out.put(l, phrases(l));
    }
    return out;
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static void range(String file, String path, double value, double min, double max) {
    if (Double.isNaN(value) || value < min || value > max) {
      throw new ScoringRulesException(
          file, path, fmt(value) + " is outside " + fmt(min) + ".." + fmt(max));
    }
  }

  private static String path(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    if (e instanceof UnrecognizedPropertyException u && sb.length() == 0) {
      sb.append(u.getPropertyName());
    }
    return sb.toString();
  }

  private static String reason(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "unknown key";
    }
    if (e instanceof InvalidFormatException f) {
      String target = f.getTargetType() == null ? "value" : f.getTargetType().getSimpleName();
      return "'" + f.getValue() + "' is not a valid " + target;
    }
    String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (msg.contains("Missing required creator property")
        || msg.contains("Null value for creator property")) {
      return "missing key";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "wrong type: expected " + describe(m.getTargetType());
    }
    int nl = msg.indexOf('\n');
    return nl > 0 ? msg.substring(0, nl) : msg;
  }

  private static String describe(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class) {
      return "a number";
    }
    if (type == String.class) {
      return "a text";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping of keys";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.toString(type.getEnumConstants());
    }
    return type.getSimpleName();
  }
}
