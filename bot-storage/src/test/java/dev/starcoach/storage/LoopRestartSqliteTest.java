package dev.starcoach.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.ContentLoader;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.engine.StoryView;
import dev.starcoach.core.loop.Loop;
import dev.starcoach.core.loop.LoopStatus;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestPlaces;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loop rehearsal on SQLite survives the process: a new engine on the reopened file goes on. */
class LoopRestartSqliteTest {
  private static final QuestionBank BANK =
      new ContentLoader().load(List.of(Path.of("..", "config", "content")));
  private static final String FULL =
      "S: I saw 3% of our invoices go out with garbled names | T: I took it on though nobody"
          + " asked | A: I traced it to 1 template and I fixed it | R: garbled names fell from 3%"
          + " to 0 | L: I now test 1 accented name in every template";

  @TempDir Path dir;

  private final SteppingClock clock = SteppingClock.monday9am();
  private final SessionKey ada = SessionKey.of("slack", "T1", "U-loop");
  private final List<Outcome> outcomes = new ArrayList<>();

  private CoachEngine engine(Storage storage) {
    return new CoachEngine(
        BANK,
        new FakeScorer(),
        storage.coachStores(),
        new TestPlaces(new InMemoryStores(), clock).services(),
        clock,
        new Random(3),
        EngineSettings.defaults(),
        storage.reminders());
  }

  private Outcome send(CoachEngine engine, CoachEvent event) {
    clock.advance(Duration.ofSeconds(40));
    Outcome outcome = engine.handle(ada, event);
    outcomes.add(outcome);
    return outcome;
  }

  /** Answers what the open practice waits for: the full answer, or a probe in its own words. */
  private Outcome answer(CoachEngine engine, Outcome last) {
    Phase phase = last.open().orElseThrow().phase();
    if (phase == Phase.FULL_ANSWER) {
      return send(engine, new CoachEvent.SubmitAnswer(FULL));
    }
    String probe =
        last.replies().stream()
            .filter(r -> r instanceof CoachReply.ProbePrompt)
            .map(r -> ((CoachReply.ProbePrompt) r).question())
            .reduce((a, b) -> b)
            .orElse("");
    return send(
        engine, new CoachEvent.SubmitAnswer("About \"" + probe + "\": I checked 41 cases myself."));
  }

  private long rounds() {
    return outcomes.stream()
        .flatMap(o -> o.replies().stream())
        .filter(
            r -> r instanceof CoachReply.StoryShown s && s.view() instanceof StoryView.LoopRound)
        .count();
  }

  @Test
  void givenALoopInItsSecondRound_whenTheProcessRestarts_thenTheReopenedDatabaseFinishesIt() {
    Outcome last;
    // GIVEN a loop on SQLite, in round 2 with its full answer given
    try (Storage storage = Storage.open(StorageSettings.sqliteIn(dir))) {
      CoachEngine engine = engine(storage);
      last = send(engine, new CoachEvent.TypedLine("practice loop"));
      while (rounds() < 2 || last.open().orElseThrow().phase() == Phase.FULL_ANSWER) {
        last = answer(engine, last);
      }
      assertEquals(Phase.PROBES, last.open().orElseThrow().phase());
    }

    // WHEN the process comes back on the same file and the person is back
    try (Storage storage = Storage.open(StorageSettings.sqliteIn(dir))) {
      CoachEngine engine = engine(storage);
      last = send(engine, new CoachEvent.Reconnect());
      assertInstanceOf(CoachReply.ResumeNotice.class, last.replies().get(0));

      // AND answers everything that follows
      while (last.open().isPresent()) {
        last = answer(engine, last);
      }

      // THEN rounds 3 and 4 came, the debrief covers four rounds, and the loop is finished
      assertEquals(4, rounds());
      StoryView.LoopDebrief debrief =
          (StoryView.LoopDebrief)
              last.replies().stream()
                  .filter(r -> r instanceof CoachReply.StoryShown)
                  .map(r -> ((CoachReply.StoryShown) r).view())
                  .filter(v -> v instanceof StoryView.LoopDebrief)
                  .findFirst()
                  .orElseThrow();
      assertEquals(4, debrief.rounds().size());
      List<Loop> loops = storage.coachStores().loops().loopsOf(ada.person());
      assertEquals(1, loops.size());
      assertEquals(LoopStatus.FINISHED, loops.get(0).status());
      assertTrue(storage.coachStores().loops().findOpen(ada).isEmpty());
      assertEquals(Optional.empty(), storage.coachStores().sessions().findOpen(ada));
    }
  }
}
