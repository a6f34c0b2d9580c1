package dev.starcoach.core.engine;

import dev.starcoach.core.engine.CoachReply.StoryShown;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.core.testing.TestPlaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An engine over in-memory stores and the fake scorer, with helpers to type lines and read views.
 */
final class StoryFixture {
  /** A whole story in the fake scorer's "S: ... | T: ..." form; Action and Result score 80. */
  static final String WHOLE =
      "S: our checkout served stale prices from a shared cache"
          + " | T: nobody owned the cache and there was no ticket"
          + " | A: I traced the import race and I shipped a fix in 3 days"
          + " | R: I cut stale prices from 2% to 0 and refunds from 40 to 0"
          + " | L: since then I check ownership gaps first";

  final SteppingClock clock = SteppingClock.monday9am();
  final InMemoryStores stores = new InMemoryStores();
  final CoachEngine engine;
  final SessionKey alice = SessionKey.of("test", "room-1", "alice");
  final RecordingConversation chat = new RecordingConversation();

  StoryFixture() {
    this(EngineSettings.defaults());
  }

  StoryFixture(EngineSettings settings) {
    engine =
        new CoachEngine(
            TestBank.load(),
            new FakeScorer(),
            stores.bundle(),
            new TestPlaces(stores, clock).services(),
            clock,
            new Random(7),
            settings,
            new InMemoryReminders(stores));
  }

  /** Types one line as the person would. */
  Outcome type(String line) {
    return engine.handle(alice, new CoachEvent.TypedLine(line), chat);
  }

  /** Sends one event. */
  Outcome send(CoachEvent event) {
    return engine.handle(alice, event, chat);
  }

  /** The story views shown so far of one type, in order. */
  <T extends StoryView> List<T> views(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (StoryShown shown : chat.all(StoryShown.class)) {
      if (type.isInstance(shown.view())) {
        out.add(type.cast(shown.view()));
      }
    }
    return out;
  }

  /** The last story view of one type; fails when there is none. */
  <T extends StoryView> T last(Class<T> type) {
    List<T> all = views(type);
    if (all.isEmpty()) {
      throw new AssertionError("no " + type.getSimpleName() + " among " + chat.replies());
    }
    return all.get(all.size() - 1);
  }

  /** The text of the last error notice. */
  CoachReply.ErrorNotice lastError() {
    return chat.last(CoachReply.ErrorNotice.class);
  }
}
