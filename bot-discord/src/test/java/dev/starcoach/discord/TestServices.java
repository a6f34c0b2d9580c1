package dev.starcoach.discord;

import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyPublisher;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.stats.ProgressService;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryPlaces;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.core.testing.TestPlaces;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;

/** Real engines and services on in-memory stores, as the Discord tests use them. */
final class TestServices {
  private TestServices() {}

  /** An engine on the test bank, the fake scorer and {@code stores}. */
  static CoachEngine engine(InMemoryStores stores, Clock clock, long seed) {
    return new CoachEngine(
        TestBank.load(),
        new FakeScorer(),
        stores.bundle(),
        new TestPlaces(stores, clock).services(),
        clock,
        new Random(seed),
        EngineSettings.defaults(),
        new InMemoryReminders(stores));
  }

  /** The daily question scheduler, posting through {@code publisher}. */
  static DailyQuestionService scheduler(
      InMemoryPlaces places, DailyPublisher publisher, Clock clock) {
    return new DailyQuestionService(
        TestBank.load(), places, publisher, clock, "test-instance", Duration.ofHours(2));
  }

  /** Every service the bot needs, daily questions run by {@code scheduler}. */
  static DiscordServices services(
      CoachEngine engine,
      InMemoryStores stores,
      InMemoryPlaces places,
      DailyQuestionService scheduler,
      Clock clock) {
    return new DiscordServices(
        engine,
        new DailyAdmin(places, scheduler, places.settings(), clock),
        new ProgressService(stores, stores, clock),
        places.settings(),
        places);
  }

  /** Every service, with daily posts going nowhere (no schedule is set in the test). */
  static DiscordServices services(CoachEngine engine, InMemoryStores stores, Clock clock) {
    InMemoryPlaces places = new InMemoryPlaces();
    DailyPublisher nowhere =
        post -> {
          throw new IllegalStateException("no daily post expected in this test");
        };
    return services(engine, stores, places, scheduler(places, nowhere, clock), clock);
  }
}
