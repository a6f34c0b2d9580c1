package dev.starcoach.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.ScriptedMock;
import dev.starcoach.core.testing.SteppingClock;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared scripted mock typed into the console asks the engine's probes, same verdict. */
class ScriptedMockConsoleTest {
  @TempDir Path charts;

  @Test
  void theScriptedMockThroughTheConsoleAsksTheSameProbesAndGivesTheSameVerdict() {
    // GIVEN the engine's own probes and verdict for the script
    SessionKey key = SessionKey.of("console", "terminal", "tester");
    List<CoachReply> direct = ScriptedMock.playDirectly(key);
    List<String> probes = ScriptedMock.probes(direct);
    CoachReply.VerdictCard verdict = ScriptedMock.verdict(direct);
    assertFalse(probes.isEmpty());

    // WHEN the same lines are piped into the console
    CoachEngine engine = ScriptedMock.engine(new InMemoryStores(), SteppingClock.monday9am());
    StringBuilder input =
        new StringBuilder("/practice mock " + ScriptedMock.QUESTION_ID + "\n")
            .append(ScriptedMock.FULL_ANSWER)
            .append('\n');
    for (int i = 0; i < probes.size(); i++) {
      input.append(ScriptedMock.PROBE_ANSWERS.get(i)).append('\n');
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsoleChat chat =
        new ConsoleChat(
            engine,
            key,
            new ConsoleRenderer(false, new ChartFiles(charts, "tester")::write),
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            () -> 0);
    assertEquals(
        0, chat.run(new PipedLines(new BufferedReader(new StringReader(input.toString()))), "b"));
    String out = bytes.toString(StandardCharsets.UTF_8);

    // THEN every probe the engine asked was shown, in order, and the verdict is the same
    int at = 0;
    for (String probe : probes) {
      int found = out.indexOf(probe, at);
      assertTrue(found >= 0, "missing probe " + probe + " in\n" + out);
      at = found;
    }
    assertTrue(
        out.contains(
            "Bar Raiser verdict: "
                + verdict.verdict().verdict().label()
                + " ("
                + verdict.verdict().score()
                + "/100"),
        out);
  }
}
