package dev.starcoach.storage;

import static dev.starcoach.storage.Fixtures.T0;
import static dev.starcoach.storage.Fixtures.answered;
import static dev.starcoach.storage.Fixtures.freshKey;
import static dev.starcoach.storage.Fixtures.newDrill;
import static dev.starcoach.storage.Fixtures.scored;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.CoachStores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forget means erased: on SQLite, the text is gone from the database file and from its WAL. */
class ForgetErasureTest {
  private static final String PHRASE = "Zanzibar-marmalade-7731";
  private static final String KEPT = "Quokka-lantern-5150";

  @TempDir Path dir;

  private static boolean contains(Path file, String text) throws IOException {
    if (!Files.exists(file)) {
      return false;
    }
    byte[] bytes = Files.readAllBytes(file);
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static void practise(CoachStores stores, SessionKey key, String phrase) {
    PracticeSession s = stores.sessions().save(newDrill(key, "q-1", T0), List.of());
    for (int step = 0; step < 3; step++) {
      String text = "Step " + step + ": I said " + phrase + " to the team.";
      PracticeSession next = answered(s, text, T0.plusSeconds(10 + step));
      s = stores.sessions().save(next, List.of(scored(s, text, T0.plusSeconds(10 + step))));
    }
  }

  @Test
  void givenAnswersWithADistinctivePhrase_whenThePersonIsForgotten_thenNoFileHoldsItAnyMore()
      throws Exception {
    // GIVEN a SQLite database where one person answered three steps with a distinctive phrase,
    // and another person answered with theirs
    Path db = dir.resolve("starcoach.db");
    Path wal = dir.resolve("starcoach.db-wal");
    try (Storage storage = Storage.open(StorageSettings.sqliteIn(dir))) {
      CoachStores stores = storage.coachStores();
      SessionKey gone = freshKey("slack");
      practise(stores, gone, PHRASE);
      practise(stores, freshKey("slack"), KEPT);
      assertTrue(contains(db, PHRASE) || contains(wal, PHRASE), "stored somewhere first");

      // WHEN the first person is forgotten
      stores.eraser().forget(gone.person());

      // THEN the phrase is in neither the database file nor the WAL, and the other stays
      assertFalse(contains(db, PHRASE), "in the database file");
      assertFalse(contains(wal, PHRASE), "in the WAL");
      assertTrue(contains(db, KEPT) || contains(wal, KEPT), "the other person's data stays");
    }
    // and after closing, too (the close checkpoints nothing back)
    assertFalse(contains(db, PHRASE));
    assertFalse(contains(wal, PHRASE));
  }
}
