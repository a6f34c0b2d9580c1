package dev.starcoach.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.app.AppEnvironment;
import dev.starcoach.app.StarCoachMain;
import dev.starcoach.app.bench.RepoRoot;
import dev.starcoach.app.console.ChartFiles;
import dev.starcoach.app.console.ConsoleChat;
import dev.starcoach.app.console.ConsoleRenderer;
import dev.starcoach.app.console.PipedLines;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.core.testing.TestPlaces;
import dev.starcoach.storage.Storage;
import dev.starcoach.storage.StorageSettings;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unwritable database is told apart from an unreachable one: the console refuses to start on a
 * read-only SQLite file, stops mid-run when its database turns out unwritable, and after a passing
 * outage {@code /quit} does not claim the last message was saved. (A read-only connection, {@code
 * mode=ro}, stands in for an immutable file: the tests may run as root, who can write any file.)
 */
class UnwritableDatabaseTest {
  @TempDir Path data;

  private record Run(int status, String out, String err) {}

  @Test
  void givenAReadOnlyDatabase_whenTheConsoleStarts_thenItStopsWithAClearMessageAndExit3() {
    // GIVEN a database with some practice in it
    assertEquals(0, console(Map.of(), "/practice drill\n/stop\n").status());
    String readOnly = "jdbc:sqlite:file:" + data.resolve(StorageSettings.SQLITE_FILE) + "?mode=ro";

    // WHEN the console starts on it read-only
    Run run = console(Map.of("STARCOACH_DB_URL", readOnly), "/practice drill\n");

    // THEN it stops before the first prompt, says why, and exits 3
    assertEquals(StarCoachMain.EXIT_STORAGE, run.status(), run.out() + run.err());
    assertTrue(run.err().contains("cannot be written"), run.err());
    assertTrue(run.err().contains("Nothing you typed could be saved"), run.err());
    assertFalse(run.out().contains("progress is saved"), run.out());
    assertFalse((run.out() + run.err()).contains("\tat "), run.err());
  }

  @Test
  void givenTheDatabaseTurnsOutUnwritableMidRun_thenTheConsoleStopsWithExit3() {
    try (Storage readOnly = readOnlyStorage()) {
      // GIVEN a console whose stores fail, over a database that takes no writes
      InMemoryStores stores = new InMemoryStores();
      stores.setOffline(true);

      // WHEN the person sends an answer
      Chat chat = chat(stores, readOnly::unwritable, "/practice drill\nAn answer.\n/quit\n");

      // THEN the console stops at once, saying the database cannot be written
      assertEquals(ConsoleChat.STOPPED_UNWRITABLE, chat.status(), chat.out());
      assertTrue(chat.out().contains("Stopping: the database file cannot be written"), chat.out());
      assertFalse(chat.out().contains("progress is saved"), chat.out());
    }
  }

  @Test
  void givenAPassingOutage_whenThePersonQuits_thenTheLastMessageIsNotClaimedSaved() {
    // GIVEN stores that fail over a database that is only unreachable
    InMemoryStores stores = new InMemoryStores();
    stores.setOffline(true);

    // WHEN the person tries once more and quits
    Chat chat = chat(stores, Optional::empty, "/practice drill\n/quit\n");

    // THEN they are told to send it again, and the goodbye does not say it was saved
    assertEquals(0, chat.status());
    assertTrue(chat.out().contains("cannot be reached"), chat.out());
    assertTrue(chat.out().contains("Your last message was not saved"), chat.out());
    assertFalse(chat.out().contains("Your progress is saved"), chat.out());
  }

  private record Chat(int status, String out) {}

  private Chat chat(InMemoryStores stores, Supplier<Optional<String>> unwritable, String input) {
    SteppingClock clock = SteppingClock.monday9am();
    CoachEngine engine =
        new CoachEngine(
            TestBank.load(),
            new FakeScorer(),
            stores.bundle(),
            new TestPlaces(new InMemoryStores(), clock).services(),
            clock,
            new Random(3),
            EngineSettings.defaults(),
            new InMemoryReminders(new InMemoryStores()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleChat chat =
        new ConsoleChat(
            engine,
            SessionKey.of("console", "terminal", "tester"),
            new ConsoleRenderer(false, new ChartFiles(data, "tester")::write),
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            () -> 0,
            unwritable);
    int status = chat.run(new PipedLines(new BufferedReader(new StringReader(input))), "banner");
    return new Chat(status, bytes.toString(StandardCharsets.UTF_8));
  }

  private Storage readOnlyStorage() {
    try (Storage create = Storage.open(StorageSettings.sqliteIn(data))) {
      create.describe();
    }
    String url = "jdbc:sqlite:file:" + data.resolve(StorageSettings.SQLITE_FILE) + "?mode=ro";
    return Storage.open(new StorageSettings(url, null, null, 1, 100, Duration.ofMinutes(5)));
  }

  private Run console(Map<String, String> env, String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        StarCoachMain.run(
            new AppEnvironment(
                env,
                new ByteArrayInputStream((input + "/quit\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                RepoRoot.find()),
            "console",
            "--data",
            data.toString());
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
