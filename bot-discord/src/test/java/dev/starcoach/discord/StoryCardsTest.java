package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.StoryView;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.fit.CoverageMap;
import dev.starcoach.core.story.fit.FitStrength;
import dev.starcoach.core.story.fit.StoryFit;
import dev.starcoach.core.testing.StoryViewSamples;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/** Story cards as Discord receives them: compared as JSON, escaped, private unless shared. */
class StoryCardsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DiscordRenderer.Owner OWNER = new DiscordRenderer.Owner(42, "guild:7");

  private final DiscordRenderer renderer = new DiscordRenderer();

  @Test
  void givenTwoStories_whenListed_thenTheCardMatchesTheExpectedJsonAndIsPrivate()
      throws IOException {
    // GIVEN a complete story serving two principles and a draft serving none
    Story whole = StoryViewSamples.story(1, "Stale prices at checkout", allSteps());
    Story draft = StoryViewSamples.story(2, "Launch date", Map.of(Step.SITUATION, "It was late."));
    StoryFit serves =
        StoryViewSamples.fit(
            Map.of(
                Principle.OWNERSHIP,
                FitStrength.STRONG,
                Principle.DELIVER_RESULTS,
                FitStrength.USABLE),
            List.of("nobody owned the cache"));
    StoryFit none = StoryViewSamples.fit(Map.of(), List.of());
    CoachReply listing =
        story(
            new StoryView.StoryListing(
                List.of(new StoryView.Entry(whole, serves), new StoryView.Entry(draft, none))));

    // WHEN rendered
    DiscordRenderer.Rendered rendered = renderer.rendered(listing, OWNER);

    // THEN it is the expected card, for the person alone
    assertEquals(expected("story-listing.json"), json(rendered.message()));
    assertTrue(rendered.personal());
  }

  @Test
  void givenAStoryWithMarkdownAndMentions_whenShared_thenItIsPublicEscapedAndWithoutScores()
      throws IOException {
    // GIVEN a story whose text would ping and format
    Map<Step, String> steps = allSteps();
    steps.put(Step.ACTION, "I told <@123> and @everyone **loudly**");
    Story s = StoryViewSamples.story(3, "My <#9> story", steps);

    // WHEN shared
    DiscordRenderer.Rendered rendered =
        renderer.rendered(story(new StoryView.StoryShared(s)), OWNER);

    // THEN the channel sees it, nothing in it can ping, no score is shown
    assertFalse(rendered.personal());
    JsonNode json = json(rendered.message());
    String action = json.at("/embeds/0/fields/2/value").asText();
    assertEquals("I told \\<@123> and @everyone \\*\\*loudly\\*\\*", action);
    assertEquals(0, json.at("/allowed_mentions/parse").size());
    assertFalse(json.toString().contains("/100"));
    assertTrue(json.at("/embeds/0/description").asText().startsWith("Shared by <@42>"));
  }

  @Test
  void givenACoverageMap_whenRendered_thenTheHeatMapIsAttachedAndTheGapsListed()
      throws IOException {
    // GIVEN one story strong for Ownership only
    StoryFit fit = StoryViewSamples.fit(Map.of(Principle.OWNERSHIP, FitStrength.STRONG), List.of());
    CoverageMap map =
        new CoverageMap(List.of(new CoverageMap.Column(new StoryNumber(1), "Outage", fit)));

    // WHEN rendered
    DiscordRenderer.Rendered rendered =
        renderer.rendered(story(new StoryView.CoverageView(map)), OWNER);

    // THEN the PNG is attached and shown in the embed, and all 16 principles are gaps
    MessageCreateData message = rendered.message();
    assertTrue(rendered.personal());
    assertEquals(StoryCards.CHART_FILE, message.getAttachments().get(0).getName());
    JsonNode json = json(message);
    assertEquals("attachment://coverage.png", json.at("/embeds/0/image/url").asText());
    assertEquals("Gaps", json.at("/embeds/0/fields/0/name").asText());
    assertEquals(16, json.at("/embeds/0/fields/0/value").asText().split("\n").length);
  }

  @Test
  void givenAMatchOffer_whenRendered_thenItsButtonsUpdateThatStoryOrSaveANewOne() {
    MessageCreateData message =
        renderer.render(story(new StoryView.StoryMatchOffer(new StoryNumber(4), "Outage")), OWNER);

    List<StoryComponentId> buttons =
        message.getComponents().get(0).asActionRow().getButtons().stream()
            .map(b -> StoryComponentId.parse(b.getCustomId()).orElseThrow())
            .toList();
    assertEquals(StoryComponentId.Action.UPDATE, buttons.get(0).action());
    assertEquals(4, buttons.get(0).story());
    assertEquals(StoryComponentId.Action.SAVE, buttons.get(1).action());
    assertEquals(
        "Update story 4",
        message.getComponents().get(0).asActionRow().getButtons().get(0).getLabel());
  }

  private static Map<Step, String> allSteps() {
    Map<Step, String> steps = new EnumMap<>(Step.class);
    for (Step step : Step.values()) {
      steps.put(step, step.label() + " text.");
    }
    return steps;
  }

  private static CoachReply story(StoryView view) {
    return new CoachReply.StoryShown(view);
  }

  private static JsonNode json(MessageCreateData data) throws IOException {
    return JSON.readTree(data.toData().toString());
  }

  private static JsonNode expected(String name) throws IOException {
    try (InputStream in = StoryCardsTest.class.getResourceAsStream("/rendered/" + name)) {
      return JSON.readTree(in);
    }
  }
}
