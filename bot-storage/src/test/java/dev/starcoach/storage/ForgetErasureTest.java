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

  @Test
  void givenAStoryWithADistinctivePhrase_whenThePersonIsForgotten_thenNoFileHoldsItAnyMore()
      throws Exception {
    // GIVEN a SQLite database where one person keeps a story (two versions of a step, a tag, a
    // decision) with a distinctive phrase, and another person keeps theirs
    Path db = dir.resolve("starcoach.db");
    Path wal = dir.resolve("starcoach.db-wal");
    try (Storage storage = Storage.open(StorageSettings.sqliteIn(dir))) {
      CoachStores stores = storage.coachStores();
      dev.starcoach.core.session.PersonId gone = freshKey("slack").person();
      dev.starcoach.core.session.PersonId kept = freshKey("slack").person();
      keepStory(stores, gone, PHRASE);
      keepStory(stores, kept, KEPT);
      assertTrue(contains(db, PHRASE) || contains(wal, PHRASE), "stored somewhere first");

      // WHEN the first person is forgotten
      stores.eraser().forget(gone);

      // THEN the phrase is in neither the database file nor the WAL, and the other stays
      assertFalse(contains(db, PHRASE), "in the database file");
      assertFalse(contains(wal, PHRASE), "in the WAL");
      assertTrue(contains(db, KEPT) || contains(wal, KEPT), "the other person's story stays");
    }
    assertFalse(contains(db, PHRASE));
    assertFalse(contains(wal, PHRASE));
  }

  private static void keepStory(
      CoachStores stores, dev.starcoach.core.session.PersonId owner, String phrase) {
    var action = dev.starcoach.core.content.Step.ACTION;
    var added = dev.starcoach.core.story.StoryVersion.StorySource.added();
    stores
        .stories()
        .add(
            owner,
            "The " + phrase + " launch",
            List.of(
                new dev.starcoach.core.story.StoryVersion(
                    0, action, "I wrote " + phrase + " on the board.", 60, T0, added)),
            List.of(phrase.toLowerCase(java.util.Locale.ROOT)),
            T0);
    var one = new dev.starcoach.core.story.StoryNumber(1);
    stores
        .stories()
        .saveStep(
            owner,
            one,
            new dev.starcoach.core.story.StoryVersion(
                0, action, "Then I said " + phrase + " again.", 70, T0.plusSeconds(1), added));
    stores
        .stories()
        .decide(
            owner,
            one,
            dev.starcoach.core.content.Principle.OWNERSHIP,
            java.util.Optional.of(dev.starcoach.core.story.MappingDecision.CONFIRMED),
            T0);
    stores.stories().setDrafting(owner, java.util.Optional.of(one));
  }
}
