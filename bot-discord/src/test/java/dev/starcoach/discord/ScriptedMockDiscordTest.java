package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.ScriptedMock;
import dev.starcoach.core.testing.SteppingClock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.modals.Modal;
import org.junit.jupiter.api.Test;

/**
 * The scripted mock shared with the console and Slack, replayed through the Discord path: the slash
 * command is mapped, and the full answer and each probe answer go in through the Answer button of
 * the rendered prompt and its modal, as Discord hands them back.
 */
class ScriptedMockDiscordTest {
  private static final long USER = 200000000000000002L;
  private static final String PLACE = Places.guild(700000000000000002L);

  @Test
  void givenTheScriptedMock_whenPlayedThroughDiscord_thenTheProbesAndVerdictAreTheEngines()
      throws IOException {
    // GIVEN the engine's own outcome for the script, called directly
    String direct = ScriptedMock.outcome(ScriptedMock.playDirectly(Places.key(PLACE, USER)));

    // WHEN the same mock is played through the slash command, buttons and modal submissions
    String throughDiscord = runThroughDiscord();

    // THEN both ask the same probes and end with the same verdict
    assertFalse(direct.isEmpty());
    assertEquals(direct, throughDiscord);
  }

  private static String runThroughDiscord() throws IOException {
    SteppingClock clock = SteppingClock.monday9am();
    CoachEngine engine = TestServices.engine(new InMemoryStores(), clock, 7);
    DiscordRenderer renderer = new DiscordRenderer();
    DiscordRenderer.Owner owner = new DiscordRenderer.Owner(USER, PLACE);
    RecordingConversation seen = new RecordingConversation();
    SlashAction start =
        CommandMapping.slash(
            new SlashRequest(
                "practice", Map.of("mode", "mock", "question", ScriptedMock.QUESTION_ID), false));
    SessionKey key = Places.key(PLACE, USER);
    Outcome last = engine.handle(key, ((SlashAction.Engine) start).event(), seen);
    List<String> answers = new ArrayList<>();
    answers.add(ScriptedMock.FULL_ANSWER);
    answers.addAll(ScriptedMock.PROBE_ANSWERS);
    for (int i = 0; last.practiceOpen(); i++) {
      ComponentId button = RenderedButtons.lastAnswerButton(seen.replies(), renderer, owner);
      assertEquals(ComponentId.Action.ANSWER, button.action());
      Modal modal = CoachListener.answerModal(button);
      ComponentId submitted = ComponentId.parse(modal.getId()).orElseThrow();
      assertEquals(
          CommandMapping.Check.OK,
          CommandMapping.check(submitted, USER, last.open().map(PromptTag::of)));
      CoachEvent event = CommandMapping.component(submitted, answers.get(i)).orElseThrow();
      last = engine.handle(Places.key(submitted.place(), submitted.owner()), event, seen);
    }
    for (CoachReply reply : seen.replies()) {
      renderer.render(reply, owner);
    }
    return ScriptedMock.outcome(seen.replies());
  }
}
