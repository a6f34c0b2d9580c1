package dev.starcoach.storage;

import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PlaceSettingsStore;
import dev.starcoach.core.store.ReminderStore;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a SQLite file in a temporary directory. */
class SqliteStoreContractTest extends StoreContractTest {
  @TempDir static Path dir;
  private static Storage storage;

  @BeforeAll
  static void open() {
    storage = Storage.open(StorageSettings.sqliteIn(dir.resolve("nested/data")));
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
