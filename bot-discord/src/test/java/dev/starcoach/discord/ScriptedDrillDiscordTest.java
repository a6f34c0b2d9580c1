package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.ScriptedDrill;
import dev.starcoach.core.testing.SteppingClock;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import net.dv8tion.jda.api.modals.Modal;
import org.junit.jupiter.api.Test;

/**
 * The scripted drill shared with the console and Slack, replayed through the Discord path: the
 * slash command is mapped, every answer goes in through the Answer button of the rendered prompt,
 * its modal and the modal's submission, exactly as Discord would hand them back.
 */
class ScriptedDrillDiscordTest {
  private static final long USER = 200000000000000001L;
  private static final String PLACE = Places.guild(700000000000000001L);

  @Test
  void givenTheScriptedDrill_whenPlayedThroughDiscordMapping_thenTheOutcomeIsTheEngines()
      throws IOException {
    // GIVEN the engine's own outcome for the script, called directly
    String direct = runDirectly();

    // WHEN the same drill is played through slash command, buttons and modal submissions
    String throughDiscord = runThroughDiscord();

    // THEN both give the same outcome, and it is a finished drill
    assertEquals(direct, throughDiscord);
    assertFalse(direct.isEmpty(), "the drill must end with a summary");
  }

  private static String runDirectly() {
    SteppingClock clock = SteppingClock.monday9am();
    CoachEngine engine = engine(clock);
    RecordingConversation to = new RecordingConversation();
    SessionKey key = Places.key(PLACE, USER);
    engine.handle(
        key, new CoachEvent.StartPractice(SessionMode.DRILL, ScriptedDrill.QUESTION_ID, null), to);
    for (String answer : ScriptedDrill.ANSWERS) {
      clock.advance(Duration.ofSeconds(40));
      engine.handle(key, new CoachEvent.SubmitAnswer(answer), to);
    }
    return ScriptedDrill.outcome(to.replies());
  }

  private static String runThroughDiscord() throws IOException {
    SteppingClock clock = SteppingClock.monday9am();
    CoachEngine engine = engine(clock);
    DiscordRenderer renderer = new DiscordRenderer();
    DiscordRenderer.Owner owner = new DiscordRenderer.Owner(USER, PLACE);
    RecordingConversation seen = new RecordingConversation();

    SlashAction start =
        CommandMapping.slash(
            new SlashRequest(
                "practice", Map.of("mode", "drill", "question", ScriptedDrill.QUESTION_ID), false));
    SessionKey key = Places.key(PLACE, USER);
    Outcome last = engine.handle(key, ((SlashAction.Engine) start).event(), seen);

    for (String answer : ScriptedDrill.ANSWERS) {
      clock.advance(Duration.ofSeconds(40));
      // The Answer button of the latest prompt, as rendered for Discord.
      ComponentId button = RenderedButtons.lastAnswerButton(seen.replies(), renderer, owner);
      assertEquals(ComponentId.Action.ANSWER, button.action());
      // The modal it opens, and its submission coming back with the typed answer.
      Modal modal = CoachListener.answerModal(button);
      ComponentId submitted = ComponentId.parse(modal.getId()).orElseThrow();
      SessionKey submittedKey = Places.key(submitted.place(), submitted.owner());
      assertEquals(
          CommandMapping.Check.OK,
          CommandMapping.check(submitted, USER, last.open().map(PromptTag::of)));
      CoachEvent event = CommandMapping.component(submitted, answer).orElseThrow();
      last = engine.handle(submittedKey, event, seen);
    }
    for (CoachReply reply : seen.replies()) {
      renderer.render(reply, owner);
    }
    return ScriptedDrill.outcome(seen.replies());
  }

  private static CoachEngine engine(SteppingClock clock) {
    return TestServices.engine(new InMemoryStores(), clock, 11);
  }
}
