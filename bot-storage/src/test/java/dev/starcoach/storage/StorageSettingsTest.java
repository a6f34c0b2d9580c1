package dev.starcoach.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StorageSettingsTest {

  @Test
  void givenADataDirectory_whenSqliteSettingsAreMade_thenTheFileIsStarcoachDbInIt() {
    // WHEN settings are made for ./data
    StorageSettings s = StorageSettings.sqliteIn(StorageSettings.DEFAULT_DATA_DIR);

    // THEN the URL names data/starcoach.db and it is not PostgreSQL
    assertEquals("jdbc:sqlite:data/starcoach.db", s.url());
    assertEquals(Optional.of(Path.of("data/starcoach.db")), s.sqliteFile());
    assertFalse(s.isPostgres());
  }

  @Test
  void givenAPostgresUrlWithPasswords_whenPrinted_thenNoPasswordShows() {
    // GIVEN settings with a password in the URL, in user info, and as a setting
    StorageSettings s =
        StorageSettings.postgres(
            "jdbc:postgresql://db.example:5432/coach?user=x&password=p1&ssl=true", "x", "p2");
    StorageSettings userInfo =
        StorageSettings.postgres("jdbc:postgresql://x:p3@db.example/coach", null, null);

    // WHEN printed, THEN the passwords are masked and the rest is kept
    assertEquals(
        "jdbc:postgresql://db.example:5432/coach?user=x&password=***&ssl=true", s.safeUrl());
    assertFalse(s.toString().contains("p1"));
    assertFalse(s.toString().contains("p2"));
    assertTrue(s.toString().contains("password=***"));
    assertFalse(userInfo.safeUrl().contains("p3"), userInfo.safeUrl());
    assertTrue(s.isPostgres());
  }

  @Test
  void givenBadValues_whenSettingsAreMade_thenTheyAreRefusedWithTheReason() {
    Duration idle = Duration.ofMinutes(1);
    IllegalArgumentException mysql =
        assertThrows(
            IllegalArgumentException.class,
            () -> new StorageSettings("jdbc:mysql://x/y", null, null, 1, 1, idle));
    assertTrue(mysql.getMessage().contains("jdbc:sqlite: or jdbc:postgresql:"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new StorageSettings("jdbc:sqlite::memory:", null, null, 1, 1, idle));
    assertThrows(
        IllegalArgumentException.class,
        () -> new StorageSettings("jdbc:sqlite:x.db", null, null, 0, 1, idle));
    assertThrows(
        IllegalArgumentException.class,
        () -> new StorageSettings("jdbc:sqlite:x.db", null, null, 1, -1, idle));
    assertThrows(
        IllegalArgumentException.class,
        () -> new StorageSettings("jdbc:sqlite:x.db", null, null, 1, 1, Duration.ZERO));
  }
}
