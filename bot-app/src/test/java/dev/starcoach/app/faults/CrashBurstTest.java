package dev.starcoach.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.bench.BenchTexts;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.store.ScoredAnswer;
import dev.starcoach.storage.Storage;
import dev.starcoach.storage.StorageSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9's crash test: a burst of answers over many drills is piped in as fast as the process
 * takes it, the process is killed with SIGKILL in the middle, and after a restart every answer
 * whose feedback was printed is in the database, in order.
 */
class CrashBurstTest {
  private static final int DRILLS = 60;
  private static final int KILL_AFTER = 15;
  private static final Predicate<String> FEEDBACK =
      line -> line.matches("(Situation|Task|Action|Result|Reflection): \\d{1,3}/100.*");

  @Test
  void everyAcknowledgedAnswerSurvivesSigkillMidBurst(@TempDir Path temp) throws Exception {
    Path data = temp.resolve("data");
    List<String> answers = new ArrayList<>();
    List<String> input = new ArrayList<>();
    for (int d = 0; d < DRILLS; d++) {
      input.add("/practice drill");
      for (Step step : Step.values()) {
        String answer = BenchTexts.stepAnswer(step) + " (burst " + d + "." + step.id() + ")";
        answers.add(answer);
        input.add(answer);
      }
    }

    // GIVEN a console process fed a burst of drills as fast as it reads them
    int acknowledged;
    try (AppProcess app = AppProcess.console(data, "burst-tester")) {
      Thread writer =
          new Thread(
              () -> {
                try {
                  app.send(input.toArray(String[]::new));
                } catch (RuntimeException e) {
                  // killed mid-write: expected
                }
              },
              "burst-writer");
      writer.setDaemon(true);
      writer.start();

      // WHEN it is killed with SIGKILL once some answers were acknowledged
      app.awaitLines(FEEDBACK, KILL_AFTER, Duration.ofSeconds(90));
      app.kill();
      writer.join(10_000);
      acknowledged = app.count(FEEDBACK);
      assertTrue(
          acknowledged < answers.size(),
          "the whole burst finished before the kill; nothing was tested:\n" + app.describe());
    }

    // AND it is started again on the same folder
    try (AppProcess again = AppProcess.console(data, "burst-tester")) {
      assertEquals(0, again.quit(), again.describe());
    }

    // THEN every acknowledged answer is stored, in the order it was given
    try (Storage storage = Storage.open(StorageSettings.sqliteIn(data))) {
      List<String> stored =
          storage
              .coachStores()
              .history()
              .answersOf(new PersonId("console", "burst-tester"))
              .stream()
              .map(ScoredAnswer::text)
              .toList();
      assertTrue(
          stored.size() >= acknowledged,
          acknowledged + " acknowledged but " + stored.size() + " stored");
      assertEquals(answers.subList(0, stored.size()), stored);
    }
  }
}
