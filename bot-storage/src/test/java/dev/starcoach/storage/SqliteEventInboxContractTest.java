package dev.starcoach.storage;

import dev.starcoach.core.inbox.EventInbox;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The inbox contract on a SQLite file. */
class SqliteEventInboxContractTest extends EventInboxContractTest {
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
  EventInbox inbox() {
    return storage.inbox();
  }
}
