package dev.starcoach.storage;

import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PlaceSettingsStore;
import dev.starcoach.core.store.ReminderStore;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store contract on a real PostgreSQL (embedded, from Maven jars). */
class PostgresStoreContractTest extends StoreContractTest {
  private static Storage storage;

  @BeforeAll
  static void open() {
    storage = Storage.open(EmbeddedPostgresServer.newDatabase("contract"));
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Override
  CoachStores stores() {
    return storage.coachStores();
  }

  @Override
  Optional<DailyScheduleStore> schedules() {
    return Optional.of(storage.schedules());
  }

  @Override
  Optional<PlaceSettingsStore> places() {
    return Optional.of(storage.places());
  }

  @Override
  Optional<ReminderStore> reminders() {
    return Optional.of(storage.reminders());
  }
}
