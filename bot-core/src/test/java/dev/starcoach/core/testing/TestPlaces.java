package dev.starcoach.core.testing;

import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyPost;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.place.PlaceCalendar;
import dev.starcoach.core.place.PlaceServices;
import dev.starcoach.core.stats.ProgressService;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Real place services (daily admin, progress, calendar) over in-memory stores, for tests. */
public final class TestPlaces {
  private final InMemoryPlaces places = new InMemoryPlaces();
  private final List<DailyPost> posted = new ArrayList<>();
  private final PlaceServices services;

  /** Place services over {@code stores}' history and settings, posting into {@link #posted}. */
  public TestPlaces(InMemoryStores stores, Clock clock) {
    DailyQuestionService daily =
        new DailyQuestionService(
            TestBank.load(), places, posted::add, clock, "test", Duration.ofHours(2));
    this.services =
        new PlaceServices(
            new DailyAdmin(places, daily, places.settings(), clock),
            new ProgressService(stores.bundle().history(), stores.bundle().settings(), clock),
            new PlaceCalendar(places.settings(), places));
  }

  /** The services to hand to an engine. */
  public PlaceServices services() {
    return services;
  }

  /** The schedules, claims and channel settings. */
  public InMemoryPlaces places() {
    return places;
  }

  /** The daily questions posted so far. */
  public List<DailyPost> posted() {
    return posted;
  }
}
