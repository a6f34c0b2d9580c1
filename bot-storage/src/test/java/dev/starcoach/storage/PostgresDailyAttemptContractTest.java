package dev.starcoach.storage;

import dev.starcoach.core.store.DailyScheduleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Daily post attempts on a real PostgreSQL (embedded). */
class PostgresDailyAttemptContractTest extends DailyAttemptContractTest {
  private static Storage storage;

  @BeforeAll
  static void open() {
    storage = Storage.open(EmbeddedPostgresServer.newDatabase("attempts"));
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
