package dev.starcoach.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.ScriptedDrill;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.core.testing.TestPlaces;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleChatTest {
  private final InMemoryStores stores = new InMemoryStores();
  private final SteppingClock clock = SteppingClock.monday9am();
  private final CoachEngine engine =
      new CoachEngine(
          TestBank.load(),
          new FakeScorer(),
          stores.bundle(),
          new TestPlaces(stores, clock).services(),
          clock,
          new Random(3),
          EngineSettings.defaults(),
          new InMemoryReminders(stores));

  @TempDir Path charts;

  private String run(String input) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    ConsoleChat chat =
        new ConsoleChat(
            engine,
            SessionKey.of("console", "terminal", "tester"),
            new ConsoleRenderer(false, new ChartFiles(charts, "tester")::write),
            out,
            () -> 0);
    int status = chat.run(new PipedLines(new BufferedReader(new StringReader(input))), "banner");
    assertEquals(0, status);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aPipedDrillPrintsPromptsWithTargetsFeedbackAndASummary() {
    // GIVEN a drill command and five answers, piped
    String input =
        "/practice drill "
            + ScriptedDrill.QUESTION_ID
            + "\n"
            + String.join("\n", ScriptedDrill.ANSWERS)
            + "\n";

    // WHEN the console reads them to the end of input
    String out = run(input);

    // THEN every step was prompted with its target, each answer got feedback, and a summary
    dev.starcoach.core.content.Question q =
        TestBank.load().byId(ScriptedDrill.QUESTION_ID).orElseThrow();
    int number = 1;
    for (dev.starcoach.core.content.Step step : dev.starcoach.core.content.Step.values()) {
      String prompt =
          "Step "
              + number++
              + "/5 · "
              + step.label()
              + " · target "
              + q.targetSeconds(step, dev.starcoach.core.content.Level.SDE2)
              + " s";
      assertTrue(out.contains(prompt), "missing " + prompt + " in\n" + out);
    }
    assertEquals(5, out.split("Spoken ≈", -1).length - 1, out);
    assertTrue(out.contains("replied in 0:00"), out);
    assertTrue(out.contains("Summary — drill · SDE2"), out);
    assertTrue(out.contains("Average "), out);
  }

  @Test
  void aPipedMockPrintsThePartsTheProbesInTurnAndAVerdict() {
    // GIVEN a mock, one full answer and three probe answers
    String input =
        String.join(
            "\n",
            "/practice mock " + ScriptedDrill.QUESTION_ID,
            "S: prices were stale | T: nobody asked me | A: I fixed it in 2 days | R: refunds fell"
                + " from 40 to 0 | L: I learned to check commit order",
            "I counted 40 refunds a week myself.",
            "I brought the fix and paired with their reviewer.",
            "I would add a freshness alert first.");

    // WHEN it runs
    String out = run(input + "\n");

    // THEN the parts, at least two probes and a verdict with reasons are printed
    assertTrue(out.contains("Your answer, split into STAR parts:"), out);
    assertTrue(out.contains("Follow-up 1/"), out);
    assertTrue(out.contains("Follow-up 2/"), out);
    assertTrue(out.contains("Bar Raiser verdict: "), out);
    assertTrue(out.contains("  • "), out);
  }

  @Test
  void unknownCommandsEmptyLinesAndStrayAnswersGetShortHelpNotStackTraces() {
    // WHEN odd input arrives with no practice open
    String out =
        run("/dance\n\nhello there\n/practice drill --level wizard\n/help\n/quit\n/practice\n");

    // THEN each gets a short, helpful answer, and /quit ends before the last line
    assertTrue(out.contains("Unknown command \"dance\""), out);
    assertTrue(
        out.indexOf("STAR Coach — commands") < out.lastIndexOf("STAR Coach — commands"),
        "an empty line with nothing open shows the commands, as /help does: " + out);
    assertTrue(out.contains("No practice is open"), out);
    assertTrue(out.contains("unknown level 'wizard'"), out);
    assertTrue(out.contains("STAR Coach — commands"), out);
    assertTrue(out.contains("Bye."), out);
    assertFalse(out.contains("Step 1/5"), out);
    assertFalse(out.contains("Exception"), out);
  }

  @Test
  void statsAfterADrillShowTheWeakestStepAndWriteAChartAndTheLeaderboardListsThePerson()
      throws java.io.IOException {
    // GIVEN a finished drill
    String input =
        "/practice drill "
            + ScriptedDrill.QUESTION_ID
            + "\n"
            + String.join("\n", ScriptedDrill.ANSWERS)
            + "\n";

    // WHEN stats and the leaderboard are asked for
    String out = run(input + "/stats\n/leaderboard\n/leaderboard soon\n");

    // THEN stats name the weakest step, and the chart PNG exists where it says
    assertTrue(out.contains("Your progress"), out);
    assertTrue(out.contains("Weakest step: "), out);
    java.nio.file.Path png = charts.resolve("stats-tester.png");
    assertTrue(java.nio.file.Files.size(png) > 1000, "chart written");
    assertTrue(out.contains(png.toAbsolutePath().toString()), out);
    assertTrue(out.contains("Leaderboard · this week, week of 2026-03-02"), out);
    assertTrue(out.contains(" 1. tester"), out);
    assertTrue(out.contains("\"soon\" is not a number of weeks back"), out);
  }

  @Test
  void remindSaysRemindersAreDirectMessagesInDiscordAndSlack() {
    // WHEN the person asks for reminders in the console
    String out = run("/remind on\n/help\n");

    // THEN they learn where reminders are sent, and help lists the command
    assertTrue(out.contains("direct messages in Discord"), out);
    assertTrue(out.contains("Slack (/star remind on)"), out);
    assertTrue(out.contains("/remind "), out);
  }

  @Test
  void theSharedScriptedDrillGivesTheSameOutcomeThroughTheConsoleAsThroughTheEngine() {
    // GIVEN the engine's own outcome for the shared script, on fresh stores
    InMemoryStores direct = new InMemoryStores();
    CoachEngine engineDirect =
        new CoachEngine(
            TestBank.load(),
            new FakeScorer(),
            direct.bundle(),
            new TestPlaces(direct, SteppingClock.monday9am()).services(),
            SteppingClock.monday9am(),
            new Random(3),
            EngineSettings.defaults(),
            new InMemoryReminders(direct));
    dev.starcoach.core.testing.RecordingConversation recording =
        new dev.starcoach.core.testing.RecordingConversation();
    SessionKey who = SessionKey.of("console", "terminal", "tester");
    engineDirect.handle(
        who,
        new dev.starcoach.core.engine.CoachEvent.StartPractice(
            dev.starcoach.core.session.SessionMode.DRILL, ScriptedDrill.QUESTION_ID, null),
        recording);
    for (String answer : ScriptedDrill.ANSWERS) {
      engineDirect.handle(
          who, new dev.starcoach.core.engine.CoachEvent.SubmitAnswer(answer), recording);
    }
    String expected = ScriptedDrill.outcome(recording.replies());

    // WHEN the same lines are typed into the console
    String out =
        run(
            "/practice drill "
                + ScriptedDrill.QUESTION_ID
                + "\n"
                + String.join("\n", ScriptedDrill.ANSWERS)
                + "\n");

    // THEN the console's summary table shows the same step scores and average
    StringBuilder seen = new StringBuilder();
    java.util.regex.Matcher row =
        java.util.regex.Pattern.compile(
                "(?m)^  (Situation|Task|Action|Result|Reflection) +(-?\\d+|skip) ")
            .matcher(out.substring(out.indexOf("Summary")));
    while (row.find()) {
      seen.append(row.group(1))
          .append('=')
          .append(row.group(2).equals("skip") ? "-1" : row.group(2))
          .append(' ');
    }
    java.util.regex.Matcher avg =
        java.util.regex.Pattern.compile("Average (\\d+)/100").matcher(out);
    assertTrue(avg.find(), out);
    seen.append("avg=").append(avg.group(1));
    assertEquals(expected, seen.toString());
  }
}
