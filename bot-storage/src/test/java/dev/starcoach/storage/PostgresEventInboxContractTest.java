package dev.starcoach.storage;

import dev.starcoach.core.inbox.EventInbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The inbox contract on a real PostgreSQL (embedded). */
class PostgresEventInboxContractTest extends EventInboxContractTest {
  private static Storage storage;

  @BeforeAll
  static void open() {
    storage = Storage.open(EmbeddedPostgresServer.newDatabase("inbox"));
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
