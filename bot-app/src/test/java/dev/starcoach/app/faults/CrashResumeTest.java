package dev.starcoach.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.app.bench.RepoRoot;
import dev.starcoach.bench.BenchTexts;
import dev.starcoach.core.content.ContentLoader;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.store.ScoredAnswer;
import dev.starcoach.storage.Storage;
import dev.starcoach.storage.StorageSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's crash test: a drill's first answer is acknowledged, the process is killed with SIGKILL,
 * and a new process on the same SQLite file takes the next answer as the Task answer after a
 * "Resuming" line.
 */
class CrashResumeTest {
  private static final Duration LIMIT = Duration.ofSeconds(90);

  static String firstWalkthroughId() {
    return new ContentLoader()
        .load(List.of(RepoRoot.find().resolve("config").resolve("content"))).all().stream()
            .filter(Question::isWalkthrough)
            .map(Question::id)
            .findFirst()
            .orElseThrow();
  }

  static Predicate<String> feedbackFor(Step step) {
    return line -> line.matches(step.label() + ": \\d{1,3}/100.*");
  }

  @Test
  void killedBetweenTwoAnswersTheNextProcessContinuesAtTask(@TempDir Path temp) throws Exception {
    Path data = temp.resolve("data");
    String situation = BenchTexts.stepAnswer(Step.SITUATION);
    String task = BenchTexts.stepAnswer(Step.TASK);

    // GIVEN a console process that acknowledged the first answer of a drill
    try (AppProcess first = AppProcess.console(data, "crash-tester")) {
      first.send("/practice drill " + firstWalkthroughId(), situation);
      first.awaitLines(feedbackFor(Step.SITUATION), 1, LIMIT);

      // WHEN it is killed with SIGKILL
      first.kill();
    }

    // AND a new process on the same folder gets the next answer
    try (AppProcess second = AppProcess.console(data, "crash-tester")) {
      second.send(task);
      second.awaitLines(feedbackFor(Step.TASK), 1, LIMIT);
      assertEquals(0, second.quit(), second.describe());

      // THEN it said it was resuming at Task, before taking the answer as the Task answer
      List<String> out = second.lines();
      int resuming = indexOf(out, l -> l.contains("Resuming") && l.contains("Task"));
      int feedback = indexOf(out, feedbackFor(Step.TASK));
      assertTrue(resuming >= 0, "no Resuming ... Task line:\n" + second.describe());
      assertTrue(resuming < feedback, second.describe());
      assertEquals(0, second.count(feedbackFor(Step.SITUATION)), second.describe());
    }

    // AND both answers are stored, in order, as the Situation and the Task answers
    try (Storage storage = Storage.open(StorageSettings.sqliteIn(data))) {
      List<ScoredAnswer> answers =
          storage.coachStores().history().answersOf(new PersonId("console", "crash-tester"));
      assertEquals(
          List.of(AnswerKind.SITUATION, AnswerKind.TASK),
          answers.stream().map(ScoredAnswer::kind).toList());
      assertEquals(List.of(situation, task), answers.stream().map(ScoredAnswer::text).toList());
    }
  }

  private static int indexOf(List<String> lines, Predicate<String> match) {
    for (int i = 0; i < lines.size(); i++) {
      if (match.test(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
