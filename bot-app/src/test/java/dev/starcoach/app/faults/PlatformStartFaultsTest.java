package dev.starcoach.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.app.AppEnvironment;
import dev.starcoach.app.StarCoachMain;
import dev.starcoach.app.bench.RepoRoot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chat platform that cannot be reached at start (a fake token, no network): one line says why,
 * with a documented exit status, and no stack trace. The app runs in its own JVM with an empty
 * hosts file ({@code -Djdk.net.hosts.file}), so every host name fails to resolve at once and no
 * packet leaves the machine, not even a DNS query.
 */
class PlatformStartFaultsTest {
  @TempDir Path temp;

  private record Outcome(int status, String err) {}

  private Outcome startWith(Map<String, String> env) throws Exception {
    Path hosts = Files.writeString(temp.resolve("hosts"), "");
    Path stderr = temp.resolve("stderr.txt");
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Djdk.net.hosts.file=" + hosts,
                "-cp",
                System.getProperty("java.class.path"),
                StarCoachMain.class.getName()));
    Path home = RepoRoot.find();
    pb.environment().keySet().removeIf(k -> k.startsWith("DISCORD_") || k.startsWith("SLACK_"));
    pb.environment().remove("STARCOACH_DB_URL");
    pb.environment().put("STARCOACH_HOME", home.toString());
    pb.environment().putAll(env);
    pb.directory(temp.toFile());
    Files.createDirectories(temp.resolve("config"));
    Files.writeString(
        temp.resolve("config").resolve("starcoach.yaml"),
        "content:\n  paths: ['"
            + home.resolve("config").resolve("content")
            + "']\nstorage:\n  data_dir: '"
            + temp.resolve("data")
            + "'\n");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.redirectError(stderr.toFile());
    Process process = pb.start();
    try {
      assertTrue(process.waitFor(90, TimeUnit.SECONDS), "the app did not stop within 90 s");
    } finally {
      process.destroyForcibly();
    }
    return new Outcome(process.exitValue(), Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private static List<String> starcoachLines(String err) {
    return err.lines().filter(l -> l.startsWith("starcoach: ")).toList();
  }

  @Test
  void discordWithAFakeTokenAndNoNetworkSaysWhyOnOneLineAndExits4() throws Exception {
    // GIVEN a fake DISCORD_TOKEN on a machine where no host name resolves
    // WHEN starcoach starts the bot
    Outcome o = startWith(Map.of("DISCORD_TOKEN", "fake-token-for-tests"));

    // THEN it exits with the platform status, one line gives the reason, no stack trace
    assertEquals(StarCoachMain.EXIT_PLATFORM, o.status(), o.err());
    assertEquals(
        List.of(
            "starcoach: Discord could not start: cannot resolve discord.com (no network or no"
                + " DNS?)"),
        starcoachLines(o.err()),
        o.err());
    assertFalse(o.err().contains("\tat "), o.err());
    assertFalse(o.err().contains("fake-token-for-tests"), "the token is never printed");
  }

  @Test
  void slackSocketModeWithFakeTokensAndNoNetworkSaysSoOnOneLineAndExits4() throws Exception {
    // GIVEN fake Slack tokens (Socket Mode) on a machine where no host name resolves
    // WHEN starcoach starts the bot
    Outcome o =
        startWith(Map.of("SLACK_BOT_TOKEN", "xoxb-fake-for-tests", "SLACK_APP_TOKEN", "xapp-fake"));

    // THEN it exits with the platform status, one line names Slack, no stack trace
    assertEquals(StarCoachMain.EXIT_PLATFORM, o.status(), o.err());
    List<String> lines = starcoachLines(o.err());
    assertEquals(1, lines.size(), o.err());
    assertTrue(lines.get(0).startsWith("starcoach: Slack could not start: "), o.err());
    assertFalse(o.err().contains("\tat "), o.err());
    assertFalse(o.err().contains("xoxb-fake-for-tests"), "the token is never printed");
  }

  @Test
  void theExitStatusesAreListedInTheHelpAndTheReadme() throws IOException {
    // GIVEN / WHEN `starcoach --help` runs and the README is read
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        StarCoachMain.run(
            new AppEnvironment(
                Map.of(),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                RepoRoot.find()),
            "--help");
    String help = out.toString(StandardCharsets.UTF_8);
    String readme = Files.readString(RepoRoot.find().resolve("README.md"));

    // THEN both list the platform status next to the others
    assertEquals(0, status);
    assertTrue(help.contains("Exit status:"), help);
    assertTrue(
        help.contains("  " + StarCoachMain.EXIT_PLATFORM + "   Discord or Slack could not start"),
        help);
    assertTrue(
        readme.contains("| " + StarCoachMain.EXIT_PLATFORM + " | Discord or Slack could not start"),
        "README's exit status table");
  }
}
