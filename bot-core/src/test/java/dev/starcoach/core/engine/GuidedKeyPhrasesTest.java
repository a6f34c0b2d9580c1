package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.ContentLoader;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachEvent.StartPractice;
import dev.starcoach.core.engine.CoachEvent.SubmitAnswer;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestPlaces;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The key phrases shown with a strong example are phrases of that very example. */
class GuidedKeyPhrasesTest {
  private final QuestionBank bank =
      new ContentLoader().load(List.of(Path.of("..", "config", "content")));

  @Test
  void givenGuidedPracticeAtEachLevel_whenExamplesAreShown_thenTheirKeyPhrasesAreInThem() {
    // GIVEN every shipped walkthrough, practised guided at each level
    for (Question q : bank.all()) {
      if (!q.isWalkthrough()) {
        continue;
      }
      for (Level level : Level.values()) {
        SteppingClock clock = SteppingClock.monday9am();
        InMemoryStores stores = new InMemoryStores();
        CoachEngine engine =
            new CoachEngine(
                bank,
                new FakeScorer(),
                stores.bundle(),
                new TestPlaces(stores, clock).services(),
                clock,
                new Random(7),
                EngineSettings.defaults(),
                new InMemoryReminders(stores));
        SessionKey key = SessionKey.of("test", "room", "kim");
        RecordingConversation chat = new RecordingConversation();

        // WHEN all five steps are answered and the strong examples shown
        engine.handle(key, new StartPractice(SessionMode.GUIDED, q.id(), level), chat);
        for (int i = 0; i < 5; i++) {
          engine.handle(key, new SubmitAnswer("I fixed it myself in two days."), chat);
        }

        // THEN each example's key phrases appear in that example
        List<CoachReply.StrongExample> shown = chat.all(CoachReply.StrongExample.class);
        assertEquals(5, shown.size(), q.id());
        for (CoachReply.StrongExample e : shown) {
          String text = e.example().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
          for (String phrase : e.keyPhrases()) {
            assertTrue(
                text.contains(phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'')),
                q.id() + " " + level.id() + " " + e.step() + ": " + phrase);
          }
        }
      }
    }
  }
}
