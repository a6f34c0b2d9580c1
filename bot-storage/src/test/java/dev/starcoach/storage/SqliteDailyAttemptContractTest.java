package dev.starcoach.storage;

import dev.starcoach.core.store.DailyScheduleStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Daily post attempts on a SQLite file. */
class SqliteDailyAttemptContractTest extends DailyAttemptContractTest {
  @TempDir static Path dir;
  private static Storage storage;

  @BeforeAll
  static void open() {
    storage = Storage.open(StorageSettings.sqliteIn(dir));
  }

  @AfterAll
  static void close() {
    storage.close();
  }

  @Override
  DailyScheduleStore store() {
    return storage.schedules();
  }
}
