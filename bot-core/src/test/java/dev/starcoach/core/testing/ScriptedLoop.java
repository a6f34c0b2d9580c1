package dev.starcoach.core.testing;

import dev.starcoach.core.content.ContentLoader;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.engine.StoryView;
import dev.starcoach.core.session.SessionKey;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The one scripted loop rehearsal the chat adapters replay: the story script's three stories, then
 * {@code practice loop} on the shipped question bank (every principle has questions), each round's
 * full answer and every probe answered with the scripted mock's texts, to the debrief. Discord and
 * Slack tests compare {@link #outcome} of the replies they saw with the engine's.
 */
public final class ScriptedLoop {
  private ScriptedLoop() {}

  /** The shipped content, read from the repository's {@code config/content}. */
  public static QuestionBank bank() {
    return new ContentLoader().load(List.of(Path.of("..", "config", "content")));
  }

  /** The engine every replay runs on: the shipped bank, the fake scorer, seed 7. */
  public static CoachEngine engine(InMemoryStores stores, SteppingClock clock) {
    return new CoachEngine(
        bank(),
        new FakeScorer(),
        stores.bundle(),
        new TestPlaces(stores, clock).services(),
        clock,
        new Random(7),
        EngineSettings.defaults(),
        new InMemoryReminders(stores));
  }

  /** What to answer a prompt with: the full story, or the probe answers in turn. */
  public static String answer(boolean fullAnswer, int probeIndex) {
    return fullAnswer
        ? ScriptedMock.FULL_ANSWER
        : ScriptedMock.PROBE_ANSWERS.get(probeIndex % ScriptedMock.PROBE_ANSWERS.size());
  }

  /** The replies of the scripted loop played on a fresh engine called directly. */
  public static List<CoachReply> playDirectly(SessionKey key) {
    CoachEngine engine = engine(new InMemoryStores(), SteppingClock.monday9am());
    List<CoachReply> replies = new ArrayList<>();
    for (ScriptedStories.Script story : ScriptedStories.STORIES) {
      engine.handle(key, ScriptedStories.add(story));
    }
    Outcome last = engine.handle(key, new CoachEvent.StartLoop(Optional.empty()));
    replies.addAll(last.replies());
    int probes = 0;
    for (int turn = 0; last.practiceOpen() && turn < 60; turn++) {
      boolean full =
          last.replies().stream().anyMatch(CoachReply.FullAnswerPrompt.class::isInstance);
      last = engine.handle(key, new CoachEvent.SubmitAnswer(answer(full, full ? 0 : probes++)));
      replies.addAll(last.replies());
    }
    return replies;
  }

  /**
   * A platform-neutral fingerprint of a loop: each round's principle as announced, each verdict,
   * and the debrief's rounds and the principle a Bar Raiser would probe next.
   */
  public static String outcome(List<CoachReply> replies) {
    List<String> parts = new ArrayList<>();
    for (CoachReply reply : replies) {
      if (reply instanceof CoachReply.StoryShown shown) {
        if (shown.view() instanceof StoryView.LoopRound round) {
          parts.add("round " + round.number() + "/" + round.of() + " " + round.principle());
        } else if (shown.view() instanceof StoryView.LoopDebrief debrief) {
          StringBuilder d = new StringBuilder("debrief");
          for (StoryView.LoopEvidence e : debrief.rounds()) {
            d.append(' ').append(e.principle()).append('=').append(e.verdict().verdict());
          }
          d.append(" next ").append(debrief.probeNext());
          parts.add(d.toString());
        }
      } else if (reply instanceof CoachReply.VerdictCard card) {
        parts.add("verdict " + card.verdict().verdict() + " " + card.verdict().score());
      }
    }
    return String.join(" | ", parts);
  }
}
