package dev.starcoach.storage;

import static dev.starcoach.storage.Fixtures.T0;
import static dev.starcoach.storage.Fixtures.answered;
import static dev.starcoach.storage.Fixtures.freshKey;
import static dev.starcoach.storage.Fixtures.newDrill;
import static dev.starcoach.storage.Fixtures.scored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.SessionStore;
import dev.starcoach.core.store.StaleSessionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening SQLite storage, surviving a restart, and the session cache. */
class StorageTest {
  @TempDir Path dir;

  @Test
  void givenAMissingDataDirectory_whenOpened_thenTheFileIsCreatedInWalMode() throws Exception {
    // GIVEN a data directory that does not exist yet
    Path data = dir.resolve("a/b/data");

    // WHEN storage is opened there
    try (Storage storage = Storage.open(StorageSettings.sqliteIn(data))) {
      // THEN the file exists, is in WAL mode, and the schema is migrated
      Path file = data.resolve("starcoach.db");
      assertTrue(Files.exists(file));
      assertTrue(storage.describe().startsWith("SQLite "));
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement st = c.createStatement();
          ResultSet mode = st.executeQuery("PRAGMA journal_mode")) {
        mode.next();
        assertEquals("wal", mode.getString(1));
      }
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")) {
        rs.next();
        assertEquals(migrationFiles(), rs.getInt(1));
      }
    }
  }

  /** How many versioned migrations the module ships (every one must be applied). */
  private static int migrationFiles() throws java.io.IOException {
    try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
      return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
    }
  }

  @Test
  void givenPragmasInTheUrl_whenOpened_thenTheyOverrideTheDefaults() {
    // GIVEN the default (synchronous NORMAL) and a URL asking for synchronous FULL
    StorageSettings defaults = StorageSettings.sqliteIn(dir.resolve("normal"));
    StorageSettings full =
        new StorageSettings(
            "jdbc:sqlite:" + dir.resolve("full/starcoach.db") + "?synchronous=FULL",
            null,
            null,
            2,
            10,
            Duration.ofMinutes(1));

    // WHEN each is opened, THEN every connection runs with foreign keys, a busy timeout, and the
    // synchronous level asked for (1 = NORMAL, 2 = FULL)
    for (var expected : List.of(java.util.Map.entry(defaults, 1), java.util.Map.entry(full, 2))) {
      try (Storage storage = Storage.open(expected.getKey())) {
        assertEquals(expected.getValue(), pragma(storage, "synchronous"));
        assertEquals(1, pragma(storage, "foreign_keys"));
        assertTrue(pragma(storage, "busy_timeout") >= 5_000);
        assertEquals(10_000, pragma(storage, "wal_autocheckpoint"));
      }
    }
  }

  private static int pragma(Storage storage, String name) {
    return storage
        .database()
        .read(
            "reading a pragma",
            c -> {
              try (Statement st = c.createStatement();
                  ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getInt(1);
              }
            });
  }

  @Test
  void givenAnAnsweredStep_whenTheProcessRestarts_thenTheSessionContinuesAtTheNextStep() {
    // GIVEN a drill whose first step was answered, and the storage closed (a restart)
    StorageSettings settings = StorageSettings.sqliteIn(dir);
    SessionKey key = freshKey("console");
    PracticeSession afterFirst;
    try (Storage storage = Storage.open(settings)) {
      SessionStore sessions = storage.coachStores().sessions();
      PracticeSession s = sessions.save(newDrill(key, "q-1", T0), List.of());
      afterFirst =
          sessions.save(answered(s, "I found it.", T0), List.of(scored(s, "I found it.", T0)));
    }

    // WHEN storage is opened again on the same directory (migrations run again, harmlessly)
    try (Storage storage = Storage.open(settings)) {
      // THEN the open session is the one saved, at the Task step, with its answer
      PracticeSession resumed = storage.coachStores().sessions().findOpen(key).orElseThrow();
      assertEquals(afterFirst, resumed);
      assertEquals(1, resumed.position());
      assertEquals(1, storage.coachStores().history().answersOf(key.person()).size());
    }
  }

  @Test
  void givenTwoProcessesOnOneFile_whenOneMovesTheSessionOn_thenTheOthersCacheDoesNotHideIt() {
    // GIVEN two storages (two caches) on one file, both having read the session
    StorageSettings settings = StorageSettings.sqliteIn(dir);
    try (Storage a = Storage.open(settings);
        Storage b = Storage.open(settings)) {
      SessionKey key = freshKey("slack");
      PracticeSession start = a.coachStores().sessions().save(newDrill(key, "q-1", T0), List.of());
      assertEquals(Optional.of(start), b.coachStores().sessions().findOpen(key));

      // WHEN A answers the step
      PracticeSession moved =
          a.coachStores()
              .sessions()
              .save(answered(start, "I did it.", T0), List.of(scored(start, "I did it.", T0)));

      // THEN B reads the new version, not its cached one
      assertEquals(Optional.of(moved), b.coachStores().sessions().findOpen(key));

      // AND a write by B from the old version loses, and B then reads the truth
      assertThrows(
          StaleSessionException.class,
          () -> b.coachStores().sessions().save(answered(start, "Me too.", T0), List.of()));
      assertEquals(Optional.of(moved), b.coachStores().sessions().findOpen(key));
      assertEquals(1, a.coachStores().history().answersOf(key.person()).size());
    }
  }

  @Test
  void givenATinyCache_whenManySessionsAreUsed_thenEvictionLosesNothing() {
    // GIVEN a cache of two sessions and twenty open sessions
    StorageSettings settings = StorageSettings.sqliteIn(dir).withCache(2, Duration.ofMinutes(5));
    try (Storage storage = Storage.open(settings)) {
      SessionStore sessions = storage.coachStores().sessions();
      List<PracticeSession> saved = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        PracticeSession s = sessions.save(newDrill(freshKey("discord"), "q-" + i, T0), List.of());
        saved.add(sessions.save(answered(s, "I answered " + i, T0), List.of()));
      }

      // WHEN every one is read back
      // THEN each is found as saved, and the cache stayed bounded
      for (PracticeSession s : saved) {
        assertEquals(Optional.of(s), sessions.findOpen(s.key()));
      }
      assertTrue(storage.cachedSessions() <= 2, "cached " + storage.cachedSessions());
    }
  }

  @Test
  void givenTheCacheTurnedOff_whenSessionsAreSavedAndRead_thenTheyWork() {
    // GIVEN storage without a cache
    StorageSettings settings = StorageSettings.sqliteIn(dir).withCache(0, Duration.ofMinutes(1));
    try (Storage storage = Storage.open(settings)) {
      SessionStore sessions = storage.coachStores().sessions();
      SessionKey key = freshKey("console");

      // WHEN a session is saved and advanced
      PracticeSession s = sessions.save(newDrill(key, "q-1", T0), List.of());
      PracticeSession next = sessions.save(answered(s, "I did.", T0), List.of());

      // THEN reads come from the database
      assertEquals(Optional.of(next), sessions.findOpen(key));
      assertEquals(0, storage.cachedSessions());
    }
  }

  @Test
  void givenAFinishedSession_whenLookedUp_thenTheCacheDoesNotKeepItOpen() {
    // GIVEN a cached open session
    try (Storage storage = Storage.open(StorageSettings.sqliteIn(dir))) {
      SessionStore sessions = storage.coachStores().sessions();
      SessionKey key = freshKey("discord");
      PracticeSession s = sessions.save(newDrill(key, "q-1", T0), List.of());
      assertTrue(sessions.findOpen(key).isPresent());

      // WHEN it is stopped
      sessions.save(s.advance(dev.starcoach.core.session.Phase.STOPPED, 0, T0), List.of());

      // THEN it is no longer open, and not cached
      assertFalse(sessions.findOpen(key).isPresent());
      assertEquals(0, storage.cachedSessions());
    }
  }

  @Test
  void givenNothingListensOnThePostgresPort_whenOpened_thenTheErrorNamesTheUrlButNotThePassword() {
    // GIVEN a PostgreSQL URL where nothing listens, with a password in the URL and in the settings
    StorageSettings settings =
        StorageSettings.postgres(
            "jdbc:postgresql://127.0.0.1:1/starcoach?password=url-secret",
            "coach",
            "settings-secret");

    // WHEN storage is opened
    StorageOpenException e = assertThrows(StorageOpenException.class, () -> Storage.open(settings));

    // THEN the message names where and who, never a password
    assertTrue(e.getMessage().contains("jdbc:postgresql://127.0.0.1:1/starcoach"), e.getMessage());
    assertTrue(e.getMessage().contains("coach"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
  }
}
