package dev.starcoach.app.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.app.console.ChartFiles;
import dev.starcoach.app.console.ConsoleChat;
import dev.starcoach.app.console.ConsoleRenderer;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.scoring.rules.RuleScorer;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.core.testing.TestPlaces;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The console with the real scorer, fed random lines: answers of any Unicode, emoji, right-to-left
 * text, markdown and mentions, interleaved with real and garbled commands. Nothing throws and no
 * "Exception" is ever printed; an answer over the 4,000-character limit is refused with the limit
 * named and nothing stored.
 */
class ConsoleFuzzTest {
  private static final RuleScorer SCORER = RuleScorer.withDefaults();
  private static final SessionKey KEY = SessionKey.of("console", "terminal", "fuzzer");
  private static final Path CHARTS = Path.of("target", "fuzz-charts");

  private record Console(ConsoleChat chat, InMemoryStores stores, ByteArrayOutputStream out) {
    static Console open() {
      InMemoryStores stores = new InMemoryStores();
      SteppingClock clock = SteppingClock.monday9am();
      CoachEngine engine =
          new CoachEngine(
              TestBank.load(),
              SCORER,
              stores.bundle(),
              new TestPlaces(stores, clock).services(),
              clock,
              new Random(9),
              EngineSettings.defaults(),
              new InMemoryReminders(stores));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ConsoleChat chat =
          new ConsoleChat(
              engine,
              KEY,
              new ConsoleRenderer(false, new ChartFiles(CHARTS, "fuzzer")::write),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              () -> 0);
      return new Console(chat, stores, out);
    }

    String output() {
      return out.toString(StandardCharsets.UTF_8);
    }
  }

  @Provide
  Arbitrary<String> lines() {
    Arbitrary<String> commands =
        Arbitraries.of(
            "/practice",
            "/practice drill",
            "/practice guided",
            "/practice mock",
            "/practice drill " + TestBank.WALKTHROUGH_ID,
            "/practice mock ownership --level senior",
            "/practice quiz",
            "/hint",
            "/skip",
            "/stop",
            "/quiz",
            "/lens",
            "/lens dive deep",
            "/questions",
            "/questions frugality",
            "/level",
            "/level senior",
            "/export",
            "/forget",
            "/forget confirm",
            "/help",
            "/",
            "//",
            "/practice --level",
            "/practice drill --level",
            "1",
            "b)");
    Arbitrary<String> garbledCommands = MessyTextForConsole.text().map(t -> "/" + t);
    Arbitrary<String> answers = MessyTextForConsole.text();
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, commands),
            net.jqwik.api.Tuple.of(1, garbledCommands),
            net.jqwik.api.Tuple.of(6, answers))
        .map(line -> line.replace('\n', ' ').replace('\r', ' '));
  }

  @Property(tries = 150)
  void randomLinesNeverThrowNorPrintAnException(
      @ForAll @Size(max = 30) List<@From("lines") String> lines) {
    // GIVEN a console on the real scorer
    Console console = Console.open();

    // WHEN any sequence of lines is typed
    for (String line : lines) {
      console.chat().handleLine(line);
    }

    // THEN nothing threw and no exception text reached the person
    assertFalse(console.output().contains("Exception"), console.output());
  }

  @Property(tries = 30)
  void answersOverTheLimitAreRefusedNamingItAndNothingIsStored(
      @ForAll("answers") String seed, @ForAll("extra") int extra) {
    // GIVEN a drill waiting for its first answer
    Console console = Console.open();
    console.chat().handleLine("/practice drill " + TestBank.WALKTHROUGH_ID);
    PracticeSession before = console.stores().findOpen(KEY).orElseThrow();

    // AND an answer longer than 4,000 characters (counted as code points)
    String start = seed.strip().replace('\n', ' ').replace('\r', ' ');
    StringBuilder text = new StringBuilder(start.isEmpty() ? "I fixed it." : "I " + start);
    while (text.codePointCount(0, text.length()) <= 4000 + extra) {
      text.append(" I measured it again.");
    }
    String answer = text.toString().strip();

    // WHEN it is sent
    console.chat().handleLine(answer);

    // THEN it is refused with the limit named, and neither answer nor session moved
    String out = console.output();
    assertTrue(out.contains("4000"), out.substring(Math.max(0, out.length() - 400)));
    assertTrue(console.stores().answersOf(KEY.person()).isEmpty());
    assertEquals(before, console.stores().findOpen(KEY).orElseThrow());
  }

  @Provide
  Arbitrary<String> answers() {
    return MessyTextForConsole.text();
  }

  @Provide
  Arbitrary<Integer> extra() {
    return Arbitraries.integers().between(0, 20_000);
  }
}
