package dev.starcoach.storage;

import dev.starcoach.core.store.PersonDataEraser;
import dev.starcoach.core.story.StoryStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The story contract on a SQLite file. */
class SqliteStoryStoreContractTest extends StoryStoreContractTest {
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
  StoryStore stories() {
    return storage.coachStores().stories();
  }

  @Override
  PersonDataEraser eraser() {
    return storage.coachStores().eraser();
  }
}
