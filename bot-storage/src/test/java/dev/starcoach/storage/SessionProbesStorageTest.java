package dev.starcoach.storage;

import static dev.starcoach.storage.Fixtures.T0;
import static dev.starcoach.storage.Fixtures.freshKey;
import static dev.starcoach.storage.Fixtures.newDrill;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.session.AskedProbe;
import dev.starcoach.core.session.PracticeSession;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probes written for a person's answer survive a restart (the V5 {@code probes} column). */
class SessionProbesStorageTest {
  @TempDir Path dir;

  @Test
  void givenMockWithWrittenProbes_whenStorageIsOpenedAgain_thenTheSameProbesComeBack() {
    // GIVEN a mock whose probes were written from the person's own answer, saved
    List<AskedProbe> written =
        List.of(
            new AskedProbe(
                "You said \"I reproduced the bug locally\": what did it show you?",
                Step.ACTION,
                "follow_through",
                "I reproduced the bug locally"),
            new AskedProbe("What do you do differently since then?", Step.REFLECTION, "", ""));
    PracticeSession kept;
    try (Storage storage = Storage.open(StorageSettings.sqliteIn(dir))) {
      PracticeSession mock =
          storage.coachStores().sessions().save(newDrill(freshKey("t"), "q-probes", T0), List.of());
      kept = storage.coachStores().sessions().save(mock.withProbes(written), List.of());
    }

    // WHEN the storage is opened again, as after a restart
    try (Storage storage = Storage.open(StorageSettings.sqliteIn(dir))) {
      PracticeSession read = storage.coachStores().sessions().findOpen(kept.key()).orElseThrow();

      // THEN the very same probes come back, in their order
      assertEquals(written, read.probes());
      assertEquals(List.of(0, 1), read.probePlan());
      assertEquals(kept, read);
    }
  }

  @Test
  void givenSessionWithoutWrittenProbes_whenReadBack_thenItHasNone() {
    // GIVEN a drill, which never writes probes
    try (Storage storage = Storage.open(StorageSettings.sqliteIn(dir))) {
      PracticeSession drill =
          storage.coachStores().sessions().save(newDrill(freshKey("t"), "q-drill", T0), List.of());

      // WHEN it is read back
      PracticeSession read = storage.coachStores().sessions().findOpen(drill.key()).orElseThrow();

      // THEN it has no probes (the column's default for older rows is the same empty list)
      assertEquals(List.of(), read.probes());
    }
  }
}
