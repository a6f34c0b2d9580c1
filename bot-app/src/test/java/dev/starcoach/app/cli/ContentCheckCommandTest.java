package dev.starcoach.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code starcoach content check PATH}: a pack is checked with the content it will load with. */
class ContentCheckCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;

  private int starcoach(String... args) {
    AppEnvironment env =
        new AppEnvironment(
            Map.of(),
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            RepoRoot.find());
    return StarCoachMain.run(env, args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** The first question id of the bundled ownership pack. */
  private static String bundledId() throws IOException {
    String yaml = Files.readString(RepoRoot.find().resolve("config/content/ownership.yaml"));
    Matcher m = Pattern.compile("(?m)^  - id: (\\S+)").matcher(yaml);
    assertTrue(m.find(), "no id in ownership.yaml");
    return m.group(1);
  }

  private Path myPack(String id) throws IOException {
    return Files.writeString(
        dir.resolve("my-pack.yaml"),
        """
        questions:
          - id: %s
            principle: Ownership
            question: Tell me about a time you took on something nobody owned.
            tags: [ownership]
            probes:
              - {question: "Why you?", probes: motive}
              - {question: "What changed?", probes: result}
        """
            .formatted(id));
  }

  @Test
  void aPackReusingABundledIdIsAnErrorNamingBothFiles() throws IOException {
    // GIVEN a pack whose question id is already used by a bundled question
    String id = bundledId();
    Path pack = myPack(id);

    // WHEN `starcoach content check my-pack.yaml` runs
    int status = starcoach("content", "check", pack.toString());

    // THEN it fails, naming the pack, the id and the bundled file
    assertEquals(1, status, stdout());
    assertTrue(
        stdout()
            .contains(pack + ": question '" + id + "', field 'id': duplicate id: also defined in "),
        stdout());
    assertTrue(stdout().contains("ownership.yaml"), stdout());
  }

  @Test
  void aPackWithFreshIdsPassesTogetherWithTheBundledContent() throws IOException {
    // GIVEN a pack with a new id
    Path pack = myPack("own-fresh-pack-question");

    // WHEN it is checked (with the configured content)
    int status = starcoach("content", "check", pack.toString());

    // THEN no problem, and the totals include the bundled questions as well as the pack's
    assertEquals(0, status, stdout());
    assertTrue(stdout().contains("No problems found."), stdout());
  }

  @Test
  void aloneChecksOnlyTheNamedPack() throws IOException {
    // GIVEN the pack that reuses a bundled id
    Path pack = myPack(bundledId());

    // WHEN it is checked with --alone
    int status = starcoach("content", "check", "--alone", pack.toString());

    // THEN it passes: nothing else was loaded
    assertEquals(0, status, stdout());
    assertTrue(stdout().contains("No problems found."), stdout());
  }

  @Test
  void aBundledPackNamedOnItsOwnIsNotADuplicateOfItself() {
    // GIVEN / WHEN a pack inside the configured folder is checked by name
    int status =
        starcoach(
            "content",
            "check",
            RepoRoot.find().resolve("config/content/ownership.yaml").toString());

    // THEN it is read once: no duplicates
    assertEquals(0, status, stdout());
  }
}
