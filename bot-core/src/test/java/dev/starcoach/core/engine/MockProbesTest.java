package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.ContentLoader;
import dev.starcoach.core.content.Probe;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Walkthrough;
import dev.starcoach.core.engine.CoachEvent.StartPractice;
import dev.starcoach.core.engine.CoachEvent.SubmitAnswer;
import dev.starcoach.core.scoring.rules.RuleScorer;
import dev.starcoach.core.session.AskedProbe;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestPlaces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Mock probes are written from the person's own story, never from the walkthrough's sample. */
class MockProbesTest {
  static final String OWN_STORY =
      "Last spring our notification service mangled accented customer names in e-mails, and"
          + " support logged about 30 complaints a week. It was not my service, but nobody had"
          + " picked up the ticket. I reproduced the bug locally with a name containing an umlaut,"
          + " traced it to a template library that assumed plain ASCII, and I wrote a fix that"
          + " set the character set on every message. The platform team fixed the mail gateway"
          + " after I raised it with them. Complaints went down and the fix shipped within a"
          + " week. I learned a lot from it.";

  private static final String WALK = "own-streaming-orphaned-alerts";

  private final QuestionBank bank =
      new ContentLoader().load(List.of(Path.of("..", "config", "content")));
  private final SteppingClock clock = SteppingClock.monday9am();
  private final InMemoryStores stores = new InMemoryStores();
  private final CoachEngine engine =
      new CoachEngine(
          bank,
          RuleScorer.withDefaults(),
          stores.bundle(),
          new TestPlaces(stores, clock).services(),
          clock,
          new Random(7),
          EngineSettings.defaults(),
          new InMemoryReminders(stores));
  private final SessionKey bob = SessionKey.of("test", "room-1", "bob");
  private final RecordingConversation chat = new RecordingConversation();

  @Test
  void givenAnotherStoryOnAWalkthrough_whenAnswered_thenProbesQuoteItAndNotTheSampleStory() {
    // GIVEN a mock on a walkthrough question, answered with the person's own, different story
    engine.handle(bob, new StartPractice(SessionMode.MOCK, WALK, null), chat);

    // WHEN the full answer arrives
    engine.handle(bob, new SubmitAnswer(OWN_STORY), chat);

    // THEN the probes quote the person's own words
    PracticeSession s = stores.bundle().sessions().findOpen(bob).orElseThrow();
    List<AskedProbe> probes = s.probes();
    assertTrue(probes.size() >= 2 && probes.size() <= 3, probes.toString());
    long quoting =
        probes.stream()
            .filter(p -> !p.quote().isEmpty())
            .peek(p -> assertTrue(OWN_STORY.contains(p.quote()), p.quote()))
            .peek(p -> assertTrue(p.question().contains(p.quote()), p.question()))
            .count();
    assertTrue(quoting >= 2, "most probes quote the person: " + probes);
    assertEquals(
        probes.get(0).question(), chat.last(CoachReply.ProbePrompt.class).question(), "asked");

    // AND no probe is a sample-story probe or shares a distinctive phrase with the sample story
    Question q = bank.byId(WALK).orElseThrow();
    Set<String> sample = distinctivePhrases(sampleStory(q));
    for (AskedProbe p : probes) {
      assertFalse(q.probes().stream().anyMatch(sp -> sp.question().equals(p.question())));
      Set<String> shared = new HashSet<>(distinctivePhrases(p.question()));
      shared.retainAll(sample);
      assertTrue(shared.isEmpty(), p.question() + " shares " + shared);
    }
  }

  @Test
  void givenTwoDays_whenTheSameAnswerIsGiven_thenTheWordingOfEachProbeChanges() {
    // GIVEN the same answer given in a mock today
    engine.handle(bob, new StartPractice(SessionMode.MOCK, WALK, null), chat);
    engine.handle(bob, new SubmitAnswer(OWN_STORY), chat);
    List<AskedProbe> today = stores.bundle().sessions().findOpen(bob).orElseThrow().probes();
    engine.handle(bob, new CoachEvent.StopSession(), chat);

    // WHEN it is given again the next day
    clock.advance(java.time.Duration.ofDays(1));
    engine.handle(bob, new StartPractice(SessionMode.MOCK, WALK, null), chat);
    engine.handle(bob, new SubmitAnswer(OWN_STORY), chat);
    List<AskedProbe> tomorrow = stores.bundle().sessions().findOpen(bob).orElseThrow().probes();

    // THEN the same dimensions are probed, each in other words
    assertEquals(
        today.stream().map(AskedProbe::dimension).toList(),
        tomorrow.stream().map(AskedProbe::dimension).toList());
    for (int i = 0; i < today.size(); i++) {
      assertNotEquals(today.get(i).question(), tomorrow.get(i).question());
    }
  }

  @Test
  void givenAMockInProbes_whenTheEngineRestarts_thenTheSameProbeIsAsked() {
    // GIVEN a mock waiting for its first written probe
    engine.handle(bob, new StartPractice(SessionMode.MOCK, WALK, null), chat);
    engine.handle(bob, new SubmitAnswer(OWN_STORY), chat);
    String asked = chat.last(CoachReply.ProbePrompt.class).question();

    // WHEN a new engine on the same stores reconnects (as after a restart)
    CoachEngine restarted =
        new CoachEngine(
            bank,
            RuleScorer.withDefaults(),
            stores.bundle(),
            new TestPlaces(stores, clock).services(),
            clock,
            new Random(99),
            EngineSettings.defaults(),
            new InMemoryReminders(stores));
    RecordingConversation after = new RecordingConversation();
    restarted.handle(bob, new CoachEvent.Reconnect(), after);

    // THEN it asks the very same probe
    assertEquals(asked, after.last(CoachReply.ProbePrompt.class).question());
  }

  @Test
  void givenTheSampleProbesOption_whenTheFullAnswerArrives_thenTheWalkthroughsOwnProbesAreAsked() {
    // GIVEN a mock started with the option for the walkthrough's sample-story probes
    TextCommand command = TextCommand.parse("practice mock " + WALK + " --sample-probes");
    engine.handle(bob, ((TextCommand.Run) command).event(), chat);

    // WHEN the full answer arrives
    engine.handle(bob, new SubmitAnswer(OWN_STORY), chat);

    // THEN the probe asked is one of the walkthrough's own, as the person asked
    Question q = bank.byId(WALK).orElseThrow();
    String asked = chat.last(CoachReply.ProbePrompt.class).question();
    assertTrue(q.probes().stream().anyMatch(p -> p.question().equals(asked)), asked);
    assertTrue(stores.bundle().sessions().findOpen(bob).orElseThrow().probes().get(0).isSample());
  }

  /** Everything the walkthrough tells of its sample story. */
  static String sampleStory(Question q) {
    Walkthrough w = q.walkthrough();
    StringBuilder all = new StringBuilder(w.scenario()).append(' ').append(w.summary());
    for (Step step : Step.values()) {
      all.append(' ').append(w.step(step).example());
    }
    w.reflections().values().forEach(r -> all.append(' ').append(r));
    for (Probe p : q.probes()) {
      all.append(' ').append(p.question());
      if (p.hasSamples()) {
        all.append(' ').append(p.strongAnswer()).append(' ').append(p.weakAnswer());
      }
    }
    return all.toString();
  }

  /** Runs of three words at least two of which are long, uncommon words. */
  static Set<String> distinctivePhrases(String text) {
    Set<String> common =
        Set.of(
            "about",
            "after",
            "before",
            "which",
            "would",
            "could",
            "there",
            "their",
            "where",
            "yourself",
            "what",
            "other",
            "since",
            "differently",
            "number",
            "measure",
            "measured",
            "start",
            "started",
            "thing",
            "things",
            "first",
            "again",
            "decide",
            "decided",
            "should",
            "these",
            "those",
            "every");
    String[] w = text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+");
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 2 < w.length; i++) {
      List<String> run = new ArrayList<>(List.of(w[i], w[i + 1], w[i + 2]));
      long rare = run.stream().filter(t -> t.length() >= 5 && !common.contains(t)).count();
      if (rare >= 2) {
        out.add(String.join(" ", run));
      }
    }
    return out;
  }
}
