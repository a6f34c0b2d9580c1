package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.ScriptedLoop;
import dev.starcoach.core.testing.ScriptedStories;
import dev.starcoach.core.testing.SteppingClock;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.modals.Modal;
import org.junit.jupiter.api.Test;

/**
 * The scripted loop rehearsal replayed through Discord: {@code /practice mode:loop}, then every
 * full answer and probe answer through the Answer button of the rendered prompt and its form, to
 * the debrief, which fits Discord's limits.
 */
class ScriptedLoopDiscordTest {
  private static final long USER = 200000000000000019L;
  private static final String PLACE = Places.guild(700000000000000019L);

  @Test
  void givenTheLoopScript_whenPlayedThroughDiscord_thenRoundsVerdictsAndDebriefAreTheEngines()
      throws IOException {
    // GIVEN the engine's own loop, called directly
    String direct = ScriptedLoop.outcome(ScriptedLoop.playDirectly(Places.key(PLACE, USER)));

    // WHEN the same loop runs through the slash command, buttons and forms
    CoachEngine engine = ScriptedLoop.engine(new InMemoryStores(), SteppingClock.monday9am());
    for (ScriptedStories.Script story : ScriptedStories.STORIES) {
      engine.handle(Places.key(PLACE, USER), ScriptedStories.add(story));
    }
    DiscordRenderer renderer = new DiscordRenderer();
    DiscordRenderer.Owner owner = new DiscordRenderer.Owner(USER, PLACE);
    RecordingConversation seen = new RecordingConversation();
    SlashAction loop =
        CommandMapping.slash(new SlashRequest("practice", Map.of("mode", "loop"), false));
    Outcome last =
        engine.handle(Places.key(PLACE, USER), ((SlashAction.Engine) loop).event(), seen);
    int probes = 0;
    for (int turn = 0; last.practiceOpen() && turn < 60; turn++) {
      ComponentId button = RenderedButtons.lastAnswerButton(seen.replies(), renderer, owner);
      Modal form = CoachListener.answerModal(button);
      ComponentId submitted = ComponentId.parse(form.getId()).orElseThrow();
      boolean full = submitted.prompt().equals(PromptTag.fullAnswer());
      CoachEvent event =
          CommandMapping.component(submitted, ScriptedLoop.answer(full, full ? 0 : probes++))
              .orElseThrow();
      last = engine.handle(Places.key(submitted.place(), submitted.owner()), event, seen);
    }

    // THEN the rounds, verdicts and debrief are the engine's, and every card fits Discord
    String throughDiscord = ScriptedLoop.outcome(seen.replies());
    assertTrue(direct.contains("debrief"), direct);
    assertEquals(direct, throughDiscord);
    for (CoachReply reply : seen.replies()) {
      assertEquals(
          List.of(),
          DiscordLimits.violations(renderer.render(reply, owner)),
          reply.getClass().getSimpleName());
    }
  }
}
