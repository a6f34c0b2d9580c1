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
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the operator sees when the setup is wrong: an unreachable database, a broken content pack or
 * rules file, a typo in the config. Each is a clear one-line error naming the file and key (or the
 * database), and a distinct exit status; never a stack trace or a leaked password.
 */
class StartupFaultsTest {
  @TempDir Path temp;

  private record Outcome(int status, String out, String err) {}

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

  private Outcome console(Path home, Map<String, String> env) {
    return run(home, env, "console", "--data", temp.resolve("data").toString());
  }

  /** A home with its own config folder whose content points at the project's packs. */
  private Path homeWithConfig(String starcoachYaml) throws IOException {
    Path home = temp.resolve("home");
    Files.createDirectories(home.resolve("config"));
    String content = RepoRoot.find().resolve("config").resolve("content").toString();
    Files.writeString(
        home.resolve("config").resolve("starcoach.yaml"),
        "content:\n  paths: ['" + content + "']\n" + starcoachYaml);
    return home;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void assertNoStackTrace(Outcome o) {
    String all = o.out() + o.err();
    assertFalse(all.contains("\tat "), all);
    assertFalse(all.contains("Exception"), all);
  }

  @Test
  void unreachableDatabaseAtStartIsNamedWithoutThePasswordAndExits3() throws IOException {
    // GIVEN a PostgreSQL URL on a closed local port, and a password in the environment
    int port = closedPort();
    Map<String, String> env = new HashMap<>();
    env.put("STARCOACH_DB_URL", "jdbc:postgresql://127.0.0.1:" + port + "/starcoach");
    env.put("STARCOACH_DB_USER", "coach");
    env.put("STARCOACH_DB_PASSWORD", "pw-never-shown-4711");

    // WHEN the console starts
    Outcome o = console(RepoRoot.find(), env);

    // THEN it stops with the storage exit status and names the database, never the password
    assertEquals(StarCoachMain.EXIT_STORAGE, o.status(), o.err());
    assertTrue(o.err().contains("127.0.0.1:" + port + "/starcoach"), o.err());
    assertTrue(o.err().toLowerCase(java.util.Locale.ROOT).contains("database"), o.err());
    assertFalse((o.out() + o.err()).contains("pw-never-shown-4711"), o.err());
    assertNoStackTrace(o);
  }

  @Test
  void brokenContentPackNamesTheFileTheQuestionAndTheFieldAndExits2() throws IOException {
    // GIVEN a content pack whose question has no question text and an unknown principle
    Path home = temp.resolve("home");
    Path packs = Files.createDirectories(home.resolve("config").resolve("content"));
    Files.writeString(
        packs.resolve("broken-pack.yaml"),
        "pack: broken\n"
            + "questions:\n"
            + "  - id: broken-question\n"
            + "    principle: Ownership\n"
            + "    probes: []\n");

    // WHEN the console starts
    Outcome o = console(home, Map.of());

    // THEN it stops with the setup exit status, naming the file, the question and a field
    assertEquals(StarCoachMain.EXIT_BAD_SETUP, o.status(), o.err());
    assertTrue(o.err().contains("broken-pack.yaml"), o.err());
    assertTrue(o.err().contains("broken-question"), o.err());
    assertTrue(o.err().contains("field '"), o.err());
    assertNoStackTrace(o);
  }

  @Test
  void brokenRulesFileNamesTheFileAndTheKeyAndExits2() throws IOException {
    // GIVEN the shipped rules file with one key misspelt (the rest of the setup is fine)
    Path home = homeWithConfig("");
    String rules =
        Files.readString(RepoRoot.find().resolve("config").resolve("scoring-rules.yaml"));
    assertTrue(rules.contains("words_per_minute:"));
    Files.writeString(
        home.resolve("config").resolve("scoring-rules.yaml"),
        rules.replace("words_per_minute:", "words_per_minuet:"));

    // WHEN the console starts
    Outcome o = console(home, Map.of());

    // THEN it stops with the setup exit status, naming the rules file and the key
    assertEquals(StarCoachMain.EXIT_BAD_SETUP, o.status(), o.err());
    assertTrue(o.err().contains("scoring-rules.yaml"), o.err());
    assertTrue(o.err().contains("speech.words_per_minu"), o.err());
    assertNoStackTrace(o);
  }

  @Test
  void misspeltTopLevelConfigKeyIsNamedAndExits2() throws IOException {
    // GIVEN a config with `engin:` for `engine:`
    Path home = homeWithConfig("engin:\n  max_probes: 2\n");

    // WHEN the console starts
    Outcome o = console(home, Map.of());

    // THEN the file and the unknown key are named
    assertEquals(StarCoachMain.EXIT_BAD_SETUP, o.status(), o.err());
    assertTrue(o.err().contains("starcoach.yaml"), o.err());
    assertTrue(o.err().contains("'engin'"), o.err());
    assertNoStackTrace(o);
  }

  @Test
  void misspeltNestedConfigKeyIsNamedWithItsPathAndExits2() throws IOException {
    // GIVEN a config with `engine: {max_probez: 2}`
    Path home = homeWithConfig("engine: {max_probez: 2}\n");

    // WHEN the console starts
    Outcome o = console(home, Map.of());

    // THEN the file and the key path are named
    assertEquals(StarCoachMain.EXIT_BAD_SETUP, o.status(), o.err());
    assertTrue(o.err().contains("starcoach.yaml"), o.err());
    assertTrue(o.err().contains("engine.max_probez"), o.err());
    assertNoStackTrace(o);
  }

  @Test
  void outOfRangeConfigValueIsNamedAndExits2() throws IOException {
    // GIVEN a config asking for more probes than a mock can hold
    Path home = homeWithConfig("engine:\n  max_probes: 9\n");

    // WHEN the console starts
    Outcome o = console(home, Map.of());

    // THEN the key and the allowed values are named
    assertEquals(StarCoachMain.EXIT_BAD_SETUP, o.status(), o.err());
    assertTrue(o.err().contains("engine.max_probes"), o.err());
    assertNoStackTrace(o);
  }
}
