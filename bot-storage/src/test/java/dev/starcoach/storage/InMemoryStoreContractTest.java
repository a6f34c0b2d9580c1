package dev.starcoach.storage;

import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PlaceSettingsStore;
import dev.starcoach.core.store.ReminderStore;
import dev.starcoach.core.testing.InMemoryPlaces;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import java.util.Optional;

/**
 * The store contract on bot-core's in-memory fake, so engine tests run on a fake that behaves like
 * the database. Its place stores are bot-core's {@code InMemoryPlaces}, its reminders {@code
 * InMemoryReminders}.
 */
class InMemoryStoreContractTest extends StoreContractTest {
  private final InMemoryStores memory = new InMemoryStores();
  private final CoachStores stores = memory.bundle();
  private final InMemoryReminders reminders = new InMemoryReminders(memory);
  private final InMemoryPlaces places = new InMemoryPlaces();

  @Override
  CoachStores stores() {
    return stores;
  }

  @Override
  Optional<DailyScheduleStore> schedules() {
    return Optional.of(places);
  }

  @Override
  Optional<PlaceSettingsStore> places() {
    return Optional.of(places.settings());
  }

  @Override
  Optional<ReminderStore> reminders() {
    return Optional.of(reminders);
  }
}
