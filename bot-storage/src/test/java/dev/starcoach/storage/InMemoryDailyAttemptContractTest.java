package dev.starcoach.storage;

import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.testing.InMemoryPlaces;

/** Daily post attempts on bot-core's in-memory fake. */
class InMemoryDailyAttemptContractTest extends DailyAttemptContractTest {
  private static final InMemoryPlaces PLACES = new InMemoryPlaces();

  @Override
  DailyScheduleStore store() {
    return PLACES;
  }
}
