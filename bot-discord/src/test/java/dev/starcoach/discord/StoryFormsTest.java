package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starcoach.core.content.Step;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.modals.Modal;
import org.junit.jupiter.api.Test;

/** The story forms against Discord's modal limits, read from the JSON they are sent as. */
class StoryFormsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DiscordRenderer.Owner OWNER =
      new DiscordRenderer.Owner(-1L, Places.guild(-1L));

  @Test
  void givenEveryStoryForm_whenBuiltAtItsLongest_thenDiscordWouldOpenIt() throws IOException {
    // GIVEN each form with the longest title and current text
    String title = "t".repeat(StoryComponentId.titleRoom(OWNER));
    List<Modal> forms = new ArrayList<>();
    forms.add(StoryForms.whole(OWNER, Optional.of("w".repeat(500))));
    forms.add(StoryForms.steps(OWNER, title));
    for (Step step : Step.values()) {
      forms.add(StoryForms.step(OWNER, Integer.MAX_VALUE, step, Optional.of("x".repeat(9000))));
    }

    // WHEN read as sent, THEN each is within the limits
    for (Modal form : forms) {
      JsonNode json = JSON.readTree(form.toData().toString());
      List<String> broken = violations(json);
      assertEquals(List.of(), broken, json.toString());
    }
  }

  @Test
  void givenTheStepByStepForm_whenBuilt_thenItHasOneOptionalBoxPerStep() throws IOException {
    JsonNode json = JSON.readTree(StoryForms.steps(OWNER, "Outage").toData().toString());

    assertEquals(5, json.path("components").size());
    for (JsonNode label : json.path("components")) {
      assertEquals(false, label.path("component").path("required").asBoolean(true));
    }
  }

  private static List<String> violations(JsonNode modal) {
    List<String> out = new ArrayList<>();
    if (modal.path("title").asText().length() > StoryForms.LABEL_MAX) {
      out.add("title " + modal.path("title").asText().length());
    }
    if (modal.path("custom_id").asText().length() > StoryComponentId.MAX_ID) {
      out.add("custom_id");
    }
    JsonNode components = modal.path("components");
    if (components.size() > StoryForms.MAX_INPUTS) {
      out.add("components " + components.size());
    }
    for (JsonNode label : components) {
      if (label.path("label").asText().length() > StoryForms.LABEL_MAX) {
        out.add("label " + label.path("label").asText());
      }
      JsonNode input = label.path("component");
      if (input.path("max_length").asInt(0) > StoryForms.TEXT_MAX) {
        out.add("max_length " + input.path("max_length").asInt());
      }
      if (input.path("value").asText("").length() > StoryForms.TEXT_MAX) {
        out.add("value " + input.path("value").asText().length());
      }
      if (input.path("placeholder").asText("").length() > 100) {
        out.add("placeholder " + input.path("placeholder").asText());
      }
    }
    assertTrue(components.size() > 0, "a form has inputs");
    return out;
  }
}
