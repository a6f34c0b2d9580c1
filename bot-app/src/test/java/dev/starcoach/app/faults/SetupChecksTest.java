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
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings checked at start (issue 15): a rules file that is named but missing, an oversized
 * content pack, a malformed database URL carrying a password, and HTTP mode without its signing
 * secret each stop start-up with one line naming the key, exit 2 or 3, no stack trace, no secret.
 */
class SetupChecksTest {
  @TempDir Path temp;

  private record Outcome(int status, String out, String err) {
    String all() {
      return out + err;
    }
  }

  private Outcome run(Path home, Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        StarCoachMain.run(
            new AppEnvironment(
                env,
                new ByteArrayInputStream("/quit\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                home),
            args);
    return new Outcome(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path home(String yaml) throws IOException {
    Path home = temp.resolve("home");
    Files.createDirectories(home.resolve("config"));
    String content = RepoRoot.find().resolve("config").resolve("content").toString();
    Files.writeString(
        home.resolve("config").resolve("starcoach.yaml"),
        "content:\n  paths: ['" + content + "']\n" + yaml);
    return home;
  }

  private static void assertClean(Outcome o) {
    assertFalse(o.all().contains("\tat "), o.all());
    assertFalse(o.all().contains("Exception"), o.all());
  }

  @Test
  void givenARulesFileThatDoesNotExist_thenStartUpStopsNamingScoringRules() throws IOException {
    // GIVEN scoring.rules pointing at a file that is not there
    Path home = home("scoring:\n  rules: /nonexistent/rules.yaml\n");

    // WHEN the console starts
    Outcome o = run(home, Map.of(), "console", "--data", temp.resolve("data").toString());

    // THEN it stops with exit 2 and one line naming the key and the file
    assertEquals(2, o.status(), o.all());
    assertTrue(o.err().contains("scoring.rules"), o.err());
    assertTrue(o.err().contains("no such file"), o.err());
    assertClean(o);
  }

  @Test
  void givenAContentPackOverTheSizeLimit_thenItIsRefusedQuicklyNamingTheFile() throws IOException {
    // GIVEN a 6 MB content pack next to the shipped ones
    Path packs = temp.resolve("packs");
    Files.createDirectories(packs);
    Files.writeString(packs.resolve("huge.yaml"), "questions: []\n# " + "z".repeat(6_000_000));
    Path home = temp.resolve("home2");
    Files.createDirectories(home.resolve("config"));
    Files.writeString(
        home.resolve("config").resolve("starcoach.yaml"), "content:\n  paths: ['" + packs + "']\n");

    // WHEN the pack check runs
    long started = System.nanoTime();
    Outcome o = run(home, Map.of(), "content", "check", packs.toString());

    // THEN it fails at once naming the file and the limit
    assertTrue((System.nanoTime() - started) / 1_000_000 < 10_000);
    assertTrue(o.status() != 0, o.all());
    assertTrue(o.all().contains("huge.yaml"), o.all());
    assertTrue(o.all().contains("too large"), o.all());
  }

  @Test
  void givenAMalformedDatabaseUrlWithAPassword_thenTheErrorNeverShowsIt() throws IOException {
    // GIVEN a PostgreSQL URL the driver cannot use, with the password in its user-info and env
    Map<String, String> env = new HashMap<>();
    env.put("STARCOACH_DB_URL", "jdbc:postgresql://coach:S3cretPassw0rd@127.0.0.1:1/db?x=%zz");
    env.put("STARCOACH_DB_PASSWORD", "An0therSecret!");
    env.put("SLACK_BOT_TOKEN", "xoxb-very-secret-token");
    env.put("SLACK_SIGNING_SECRET", "signing-secret-value");
    env.put("SLACK_API_URL", "http://127.0.0.1:1/api/");

    // WHEN the bot starts
    Outcome o = run(home(""), env);

    // THEN it stops with a clean one-line error that shows none of the secrets
    assertTrue(o.status() == 2 || o.status() == 3, o.all());
    assertFalse(o.all().contains("S3cretPassw0rd"), o.all());
    assertFalse(o.all().contains("An0therSecret!"), o.all());
    assertFalse(o.all().contains("xoxb-very-secret-token"), o.all());
    assertClean(o);
  }

  @Test
  void givenSlackHttpModeWithoutASigningSecret_thenOneLineAndExit2() throws IOException {
    // GIVEN a bot token but neither a signing secret nor an app token
    Map<String, String> env = Map.of("SLACK_BOT_TOKEN", "xoxb-local");

    // WHEN the bot starts
    Outcome o = run(home(""), env);

    // THEN the documented one line and exit 2, no stack trace
    assertEquals(2, o.status(), o.all());
    assertTrue(o.err().contains("SLACK_SIGNING_SECRET is required"), o.err());
    assertClean(o);
  }
}
