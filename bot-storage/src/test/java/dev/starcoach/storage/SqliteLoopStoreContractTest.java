package dev.starcoach.storage;

import dev.starcoach.core.loop.LoopStore;
import dev.starcoach.core.store.PersonDataEraser;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The loop contract on a SQLite file. */
class SqliteLoopStoreContractTest extends LoopStoreContractTest {
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
  LoopStore loops() {
    return storage.coachStores().loops();
  }

  @Override
  PersonDataEraser eraser() {
    return storage.coachStores().eraser();
  }
}
