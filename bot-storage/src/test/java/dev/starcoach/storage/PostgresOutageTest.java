package dev.starcoach.storage;

import static dev.starcoach.storage.Fixtures.T0;
import static dev.starcoach.storage.Fixtures.freshKey;
import static dev.starcoach.storage.Fixtures.newDrill;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.SessionStore;
import dev.starcoach.core.store.StorageUnavailableException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A database that goes away after start: stores say so with StorageUnavailableException. */
class PostgresOutageTest {

  @Test
  void givenTheDatabaseRefusesConnections_whenStoresAreUsed_thenTheySayItIsUnavailableAndRecover() {
    // GIVEN open storage with a cached session
    StorageSettings settings = EmbeddedPostgresServer.newDatabase("outage").withPoolSize(2);
    String name = settings.url().substring(settings.url().lastIndexOf('/') + 1);
    try (Storage storage = Storage.open(settings)) {
      SessionStore sessions = storage.coachStores().sessions();
      SessionKey key = freshKey("discord");
      PracticeSession saved = sessions.save(newDrill(key, "q-1", T0), List.of());

      // WHEN the database stops taking connections and drops the open ones
      EmbeddedPostgresServer.admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS false");
      EmbeddedPostgresServer.admin(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
      try {
        // THEN reads and writes fail as unavailable, naming the URL without credentials
        StorageUnavailableException e =
            assertThrows(StorageUnavailableException.class, () -> sessions.findOpen(key));
        assertTrue(e.getMessage().contains(name), e.getMessage());
        assertThrows(
            StorageUnavailableException.class,
            () -> sessions.save(newDrill(freshKey("discord"), "q-2", T0), List.of()));
      } finally {
        EmbeddedPostgresServer.admin("ALTER DATABASE " + name + " ALLOW_CONNECTIONS true");
      }

      // AND when the database is back, the session is there as saved and nothing else was written
      assertEquals(Optional.of(saved), sessions.findOpen(key));
      assertFalse(storage.coachStores().sessions().sessionsOf(key.person()).isEmpty());
    }
  }
}
