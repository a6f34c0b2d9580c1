package dev.starcoach.core.story.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Our own labelled stories ({@code stories/labelled-stories.yaml}): text, split and labels. */
final class LabelledStories {
  static final String RESOURCE = "/stories/labelled-stories.yaml";

  /** One labelled story. */
  record Labelled(
      String id,
      String split,
      String role,
      Map<Step, String> steps,
      Set<Principle> serves,
      Set<Principle> not) {}

  private LabelledStories() {}

  /** Every story in the file, in file order. */
  static List<Labelled> all() {
    try (InputStream in = LabelledStories.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
      List<Labelled> out = new ArrayList<>();
      for (JsonNode s : root.path("stories")) {
        Map<Step, String> steps = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
          steps.put(step, s.path(step.id()).asText(""));
        }
        String id = s.path("id").asText();
        out.add(
            new Labelled(
                id,
                s.path("split").asText(),
                s.path("role").asText(),
                steps,
                principles(id, s.path("serves")),
                principles(id, s.path("not"))));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stories of one split ({@code dev} or {@code holdout}). */
  static List<Labelled> split(String split) {
    return all().stream().filter(s -> s.split().equals(split)).toList();
  }

  private static Set<Principle> principles(String id, JsonNode list) {
    Set<Principle> out = EnumSet.noneOf(Principle.class);
    for (JsonNode n : list) {
      out.add(
          Principle.parse(n.asText())
              .orElseThrow(
                  () ->
                      new IllegalStateException(id + ": unknown principle '" + n.asText() + "'")));
    }
    return out;
  }
}
