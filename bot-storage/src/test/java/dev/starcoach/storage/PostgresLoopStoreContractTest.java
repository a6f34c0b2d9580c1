package dev.starcoach.storage;

import dev.starcoach.core.loop.LoopStore;
import dev.starcoach.core.store.PersonDataEraser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The loop contract on a real PostgreSQL (embedded). */
class PostgresLoopStoreContractTest extends LoopStoreContractTest {
  private static Storage storage;

  @BeforeAll
  static void open() {
    storage = Storage.open(EmbeddedPostgresServer.newDatabase("loops"));
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
