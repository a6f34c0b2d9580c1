package dev.starcoach.core.engine;

import dev.starcoach.core.content.ContentLoader;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryVersion;
import dev.starcoach.core.story.StoryVersion.StorySource;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestPlaces;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * What the practice-next and loop tests share: the shipped question bank (all sixteen principles),
 * an engine over in-memory stores with the predictable fake scorer, answers built from the bank's
 * own strong examples, and stories whose principles the person confirmed or rejected (so the
 * coverage is the test's, whatever the fit estimate says).
 */
final class LoopScript {
  static final QuestionBank BANK =
      new ContentLoader().load(List.of(Path.of("..", "config", "content")));

  /** A weak answer: no "I", no number, all "we" (the fake scorer gives it 30). */
  static final String WEAK_FULL =
      "S: we had a problem with the service | T: we needed to fix it | A: we looked at it and"
          + " we fixed it | R: it went well | L: teamwork matters";

  static final String WEAK_PROBE = "we talked about it as a team and it was fine";

  /** A probe answer the fake scorer gives 80. */
  static final String STRONG_PROBE =
      "I counted the failures myself: 41 in the week before and 0 in the week after.";

  /** The story the first loop round is told with: steps marked for the fake scorer's split. */
  static final List<String> INVOICE_STORY =
      List.of(
          "Our invoice e-mails showed garbled customer names in 3% of the messages we sent.",
          "The mail templates were not my team's, and nobody had a ticket for it.",
          "I reproduced it with a test mailbox, I found a template saved as Latin-1 and I"
              + " switched it to UTF-8.",
          "Garbled names fell from 3% to 0 within a week.",
          "I now send every new template to a mailbox full of accented names first.");

  static final List<String> BUILD_STORY =
      List.of(
          "Our monorepo build took 41 minutes and engineers waited on it 6 times a day.",
          "Nobody owned build speed; I took it on beside my feature work.",
          "I profiled the build, I split it into 5 cached stages and I removed 2 duplicate test"
              + " runs.",
          "The build fell from 41 to 12 minutes and merges per day rose from 30 to 44.",
          "I now measure a slow process before I argue for fixing it.");

  private LoopScript() {}

  static CoachEngine engine(InMemoryStores stores, SteppingClock clock) {
    return new CoachEngine(
        BANK,
        new FakeScorer(),
        stores.bundle(),
        new TestPlaces(stores, clock).services(),
        clock,
        new Random(7),
        EngineSettings.defaults(),
        new InMemoryReminders(stores));
  }

  /** A full answer from the question's strong examples, its parts marked for the fake scorer. */
  static String strongAnswer(Question q) {
    if (!q.isWalkthrough()) {
      return marked(INVOICE_STORY);
    }
    List<String> parts = new ArrayList<>();
    for (Step step : Step.values()) {
      parts.add(
          step == Step.REFLECTION
              ? q.walkthrough().reflectionFor(Level.SDE2)
              : q.walkthrough().step(step).example());
    }
    // the fake scorer wants "I " and a digit somewhere for a strong score
    return marked(parts) + " I checked it 2 times.";
  }

  /** Step texts as one full answer: "S: ... | T: ... | A: ... | R: ... | L: ...". */
  static String marked(List<String> steps) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      out.append(i == 0 ? "" : " | ")
          .append(Step.values()[i].letter())
          .append(": ")
          .append(steps.get(i).replace('|', '/'));
    }
    return out.toString();
  }

  /**
   * Adds a complete story the person confirmed for exactly the principles given and rejected for
   * every other, so the coverage map is what the test says whatever the fit estimate makes of it.
   */
  static Story addStory(
      InMemoryStores stores,
      SessionKey key,
      String title,
      List<String> steps,
      Principle... serves) {
    Instant at = Instant.parse("2026-03-01T09:00:00Z");
    List<StoryVersion> versions = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      versions.add(
          new StoryVersion(i + 1, Step.values()[i], steps.get(i), 70, at, StorySource.added()));
    }
    Story story = stores.stories().add(key.person(), title, versions, List.of(), at);
    List<Principle> confirmed = List.of(serves);
    for (Principle p : Principle.values()) {
      MappingDecision decision =
          confirmed.contains(p) ? MappingDecision.CONFIRMED : MappingDecision.REJECTED;
      stores.stories().decide(key.person(), story.number(), p, Optional.of(decision), at);
    }
    return stores.stories().find(key.person(), story.number()).orElseThrow();
  }
}
