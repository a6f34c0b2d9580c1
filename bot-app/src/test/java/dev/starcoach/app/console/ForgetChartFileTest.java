package dev.starcoach.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.app.AppEnvironment;
import dev.starcoach.app.StarCoachMain;
import dev.starcoach.app.bench.RepoRoot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forget erases the files written about the person too: the console's stats chart. */
class ForgetChartFileTest {
  @TempDir Path data;

  private static final String DRILL =
      "/practice drill\n"
          + "Our on-call alerts paged nobody for a week after a config change.\n"
          + "I owned the alerting service, so making pages reach people again was my job.\n"
          + "I compared the routing rules before and after the change and restored the lost one.\n"
          + "Pages reached the on-call person again the same day and no alert was missed after.\n"
          + "I now review routing changes with a test page before they go out.\n"
          + "/stop\n";

  @Test
  void givenAStatsChartOnDisk_whenThePersonIsForgotten_thenTheChartFileIsDeletedToo() {
    // GIVEN two people who practised and asked for their stats (each gets a chart file)
    String first = console("ana", DRILL + "/stats\n");
    console("ben", DRILL + "/stats\n");
    Path anaChart = data.resolve("stats-ana.png");
    Path benChart = data.resolve("stats-ben.png");
    assertTrue(Files.exists(anaChart), first);
    assertTrue(Files.exists(benChart));

    // WHEN ana asks to be forgotten and confirms
    String out = console("ana", "/forget\n/forget confirm\n");

    // THEN her chart file is gone and she is told so; ben's chart is untouched
    assertFalse(Files.exists(anaChart), out);
    assertTrue(out.contains("Nothing about you is stored any more."), out);
    assertTrue(
        out.contains("Your stats chart (" + anaChart.toAbsolutePath() + ") is deleted too."), out);
    assertTrue(Files.exists(benChart));
  }

  private String console(String user, String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        StarCoachMain.run(
            new AppEnvironment(
                Map.of(),
                new ByteArrayInputStream((input + "/quit\n").getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                RepoRoot.find()),
            "console",
            "--data",
            data.toString(),
            "--user",
            user);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, printed + err.toString(StandardCharsets.UTF_8));
    return printed;
  }
}
