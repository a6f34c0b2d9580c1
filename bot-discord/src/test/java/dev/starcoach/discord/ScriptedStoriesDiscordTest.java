package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.ScriptedMock;
import dev.starcoach.core.testing.ScriptedStories;
import dev.starcoach.core.testing.SteppingClock;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/**
 * The scripted story session shared with the engine and Slack, replayed through the Discord path:
 * each story goes in through {@code /story add how:steps} and the five-step form as Discord hands
 * it back, then {@code /story map} and {@code /practice mode:next}.
 */
class ScriptedStoriesDiscordTest {
  private static final long USER = 200000000000000017L;
  private static final String PLACE = Places.guild(700000000000000017L);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void givenTheStoryScript_whenPlayedThroughDiscord_thenTheOutcomeIsTheEngines()
      throws IOException {
    // GIVEN the engine's own outcome for the script, called directly
    String direct = ScriptedStories.outcome(ScriptedStories.playDirectly(Places.key(PLACE, USER)));

    // WHEN the same session is played through the slash commands and the story forms
    RecordingConversation seen = new RecordingConversation();
    CoachEngine engine = ScriptedMock.engine(new InMemoryStores(), SteppingClock.monday9am());
    DiscordRenderer.Owner owner = new DiscordRenderer.Owner(USER, PLACE);
    for (ScriptedStories.Script story : ScriptedStories.STORIES) {
      StoryAction add =
          StoryMapping.slash(
              StoryMapping.ADD,
              Map.of("title", story.title(), "how", StoryMapping.STEPS),
              StoryComponentId.titleRoom(owner));
      assertEquals(new StoryAction.AddForm(java.util.Optional.of(story.title()), true), add);
      Modal form = StoryForms.steps(owner, story.title());
      StoryComponentId submitted = StoryComponentId.parse(form.getId()).orElseThrow();
      Map<String, String> typed = new HashMap<>();
      for (Step step : Step.values()) {
        typed.put(step.id(), story.steps().get(step));
      }
      run(engine, submitted.place(), StoryMapping.form(submitted, typed), seen);
    }
    run(engine, PLACE, StoryMapping.slash(StoryMapping.MAP, Map.of(), 40), seen);
    SlashAction next =
        CommandMapping.slash(new SlashRequest("practice", Map.of("mode", "next"), false));
    engine.handle(Places.key(PLACE, USER), ((SlashAction.Engine) next).event(), seen);

    // THEN the outcome is the engine's, every reply fits Discord, and the map has its heat map
    String throughDiscord = ScriptedStories.outcome(seen.replies());
    assertFalse(direct.isEmpty());
    assertEquals(direct, throughDiscord);
    boolean chart = false;
    for (CoachReply reply : seen.replies()) {
      DiscordRenderer.Rendered rendered = new DiscordRenderer().rendered(reply, owner);
      assertEquals(List.of(), DiscordLimits.violations(rendered.message()), reply.toString());
      chart |= hasChart(rendered.message());
    }
    assertTrue(chart, "the coverage map comes with its PNG");
  }

  private static void run(
      CoachEngine engine, String place, StoryAction action, RecordingConversation seen) {
    StoryAction.Engine call = (StoryAction.Engine) action;
    SessionKey key = Places.key(place, USER);
    Outcome outcome = engine.handle(key, call.event(), seen);
    assertTrue(outcome.refusal().isEmpty(), outcome.replies().toString());
  }

  private static boolean hasChart(MessageCreateData message) throws IOException {
    JsonNode json = JSON.readTree(message.toData().toString());
    return message.getAttachments().stream()
            .anyMatch(a -> a.getName().equals(StoryCards.CHART_FILE))
        && json.at("/embeds/0/image/url").asText().equals("attachment://" + StoryCards.CHART_FILE);
  }
}
