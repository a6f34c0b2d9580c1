package dev.starcoach.core.testing;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The one scripted mock interview every adapter path replays: the person's own story (not the
 * walkthrough's sample story) as one full answer, then an answer to each generated probe. Console,
 * Slack and Discord tests compare {@link #outcome} of the replies they saw with the engine's.
 */
public final class ScriptedMock {
  private ScriptedMock() {}

  /** The question practised: a walkthrough whose sample story is a different one. */
  public static final String QUESTION_ID = TestBank.WALKTHROUGH_ID;

  /**
   * The full answer: the person's own story, its STAR parts marked and separated by {@code |} (the
   * fake scorer splits it there), on one line so a piped console sends it as one message.
   */
  public static final String FULL_ANSWER =
      "S: Our invoice e-mails showed garbled customer names in 3% of the messages we sent. | "
          + "T: The mail templates were not my team's, and nobody had a ticket for it. | "
          + "A: I reproduced it with a test mailbox, I found a template saved as Latin-1 and I"
          + " switched it to UTF-8. | "
          + "R: Garbled names fell from 3% to 0 within a week. | "
          + "L: I now send every new template to a mailbox full of accented names first.";

  /** An answer to each probe, in order (more than the most probes a mock asks). */
  public static final List<String> PROBE_ANSWERS =
      List.of(
          "I counted the garbled names in a week of sent mail: 41 before the fix and 0 after it.",
          "I checked the next three template releases myself and added the accented-name test.",
          "I chose UTF-8 because every client we send to reads it, and I tested it first.");

  /** The replies of the scripted mock played on a fresh engine called directly. */
  public static List<CoachReply> playDirectly(SessionKey key) {
    CoachEngine engine = engine(new InMemoryStores(), SteppingClock.monday9am());
    List<CoachReply> replies = new ArrayList<>();
    Outcome last =
        engine.handle(key, new CoachEvent.StartPractice(SessionMode.MOCK, QUESTION_ID, null));
    replies.addAll(last.replies());
    last = engine.handle(key, new CoachEvent.SubmitAnswer(FULL_ANSWER));
    replies.addAll(last.replies());
    for (int i = 0; last.practiceOpen(); i++) {
      last = engine.handle(key, new CoachEvent.SubmitAnswer(PROBE_ANSWERS.get(i)));
      replies.addAll(last.replies());
    }
    return replies;
  }

  /** The engine every replay of the script runs on: the fake scorer, seed 7, in-memory stores. */
  public static CoachEngine engine(InMemoryStores stores, SteppingClock clock) {
    return new CoachEngine(
        TestBank.load(),
        new FakeScorer(),
        stores.bundle(),
        new TestPlaces(stores, clock).services(),
        clock,
        new Random(7),
        EngineSettings.defaults(),
        new InMemoryReminders(stores));
  }

  /** The probe questions asked, in order. */
  public static List<String> probes(List<CoachReply> replies) {
    return replies.stream()
        .filter(r -> r instanceof CoachReply.ProbePrompt)
        .map(r -> ((CoachReply.ProbePrompt) r).question())
        .toList();
  }

  /** The closing verdict. */
  public static CoachReply.VerdictCard verdict(List<CoachReply> replies) {
    return replies.stream()
        .filter(r -> r instanceof CoachReply.VerdictCard)
        .map(r -> (CoachReply.VerdictCard) r)
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no verdict among " + replies));
  }

  /**
   * A platform-neutral fingerprint of a finished mock: the probes asked, in order, and the verdict,
   * as {@code "probe: ... | probe: ... | verdict: Hire 72"}.
   */
  public static String outcome(List<CoachReply> replies) {
    StringBuilder out = new StringBuilder();
    for (CoachReply reply : replies) {
      if (reply instanceof CoachReply.ProbePrompt probe) {
        out.append("probe: ").append(probe.question()).append(" | ");
      } else if (reply instanceof CoachReply.VerdictCard card) {
        out.append("verdict: ")
            .append(card.verdict().verdict().label())
            .append(' ')
            .append(card.verdict().score());
      }
    }
    return out.toString().strip();
  }
}
