package dev.starcoach.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.app.AppEnvironment;
import dev.starcoach.app.StarCoachMain;
import dev.starcoach.app.bench.RepoRoot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Help text is written as whole sentences that picocli wraps at word boundaries, never as lines
 * broken by hand at a fixed width (which picocli then wraps again, leaving "on real" alone on a
 * line). Rendered 1,000 columns wide, where nothing needs wrapping, every description line and
 * every entry of a command list must end a sentence.
 */
class HelpTextTest {
  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("--help"),
          List.of("run", "--help"),
          List.of("console", "--help"),
          List.of("score", "--help"),
          List.of("bench", "--help"),
          List.of("content", "--help"),
          List.of("content", "check", "--help"));

  private static String help(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        StarCoachMain.run(
            new AppEnvironment(
                Map.of(),
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                RepoRoot.find()),
            args.toArray(String[]::new));
    assertEquals(0, status, args.toString());
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyHelpLineEndsASentenceWhenNothingNeedsWrapping() {
    // GIVEN help rendered wider than any sentence
    String previous = System.getProperty("picocli.usage.width");
    System.setProperty("picocli.usage.width", "1000");
    List<String> cut = new ArrayList<>();
    try {
      for (List<String> args : COMMANDS) {
        // WHEN each command's help is printed
        String text = help(args);
        boolean inCommands = false;
        for (String line : text.lines().toList()) {
          if (line.isBlank() || line.startsWith("Usage:") || line.startsWith("   ")) {
            continue; // blank, the synopsis and its continuation
          }
          if (line.equals("Commands:") || line.equals("Exit status:")) {
            inCommands = true;
            continue;
          }
          boolean description = !line.startsWith(" ");
          boolean listEntry = inCommands && line.matches("  \\S+ +\\S.*");
          boolean option = line.matches("\\s+(-\\w, )?--?\\w.*\\s{2,}\\S.*");
          boolean example = line.startsWith("  score ");
          // THEN descriptions, command and exit status entries and options end a sentence
          if ((description || listEntry || option) && !example && !line.matches(".*[.:)]$")) {
            cut.add(String.join(" ", args) + ": " + line);
          }
        }
      }
    } finally {
      if (previous == null) {
        System.clearProperty("picocli.usage.width");
      } else {
        System.setProperty("picocli.usage.width", previous);
      }
    }
    assertTrue(cut.isEmpty(), "lines cut mid-sentence:\n" + String.join("\n", cut));
  }

  @Test
  void benchHelpAtEightyColumnsBreaksOnlyBetweenWords() {
    // GIVEN / WHEN bench --help at the default width
    String text = help(List.of("bench", "--help"));

    // THEN the description wraps at word boundaries: no line holds a lone fragment such as "real"
    for (String line : text.lines().toList()) {
      assertTrue(line.length() <= 80, line);
      if (!line.isBlank() && !line.startsWith(" ")) {
        assertTrue(line.strip().contains(" "), "a lone fragment: " + line);
      }
    }
  }
}
