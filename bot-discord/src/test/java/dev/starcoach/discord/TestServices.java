package dev.starcoach.discord;

import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyPublisher;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.place.PlaceCalendar;
import dev.starcoach.core.place.PlaceServices;
import dev.starcoach.core.place.PlaceSettings;
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
import java.util.Set;

/** Real engines and services on in-memory stores, as the Discord tests use them. */
final class TestServices {
  private TestServices() {}

  /** An engine on the test bank, the fake scorer and {@code stores}; no daily post expected. */
  static CoachEngine engine(InMemoryStores stores, Clock clock, long seed) {
    return engine(stores, new TestPlaces(stores, clock).services(), clock, seed);
  }

  /**
   * An engine whose daily questions, channel settings, stats and boards use {@code places}, with
   * daily posts made by {@code scheduler}.
   */
  static CoachEngine engine(
      InMemoryStores stores,
      InMemoryPlaces places,
      DailyQuestionService scheduler,
      Clock clock,
      long seed) {
    PlaceServices services =
        new PlaceServices(
            new DailyAdmin(places, scheduler, places.settings(), clock),
            new ProgressService(stores, stores, clock),
            new PlaceCalendar(places.settings(), places));
    return engine(stores, services, clock, seed);
  }

  private static CoachEngine engine(
      InMemoryStores stores, PlaceServices places, Clock clock, long seed) {
    return new CoachEngine(
        TestBank.load(),
        new FakeScorer(),
        stores.bundle(),
        places,
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

  /** The bot's services: the engine, and the daily admins the channels of {@code places} list. */
  static DiscordServices services(CoachEngine engine, InMemoryPlaces places) {
    return new DiscordServices(engine, admins(places));
  }

  /** The bot's services where no channel lists daily admins. */
  static DiscordServices services(CoachEngine engine) {
    return new DiscordServices(engine, PlaceAdmins.none());
  }

  /** The ids each channel's settings list, as the composition root wires them. */
  static PlaceAdmins admins(InMemoryPlaces places) {
    return channel -> places.settings().find(channel).map(PlaceSettings::admins).orElse(Set.of());
  }
}
