package dev.starcoach.storage;

import dev.starcoach.core.store.PersonDataEraser;
import dev.starcoach.core.story.StoryStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The story contract on a real PostgreSQL (embedded). */
class PostgresStoryStoreContractTest extends StoryStoreContractTest {
  private static Storage storage;

  @BeforeAll
  static void open() {
    storage = Storage.open(EmbeddedPostgresServer.newDatabase("stories"));
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
