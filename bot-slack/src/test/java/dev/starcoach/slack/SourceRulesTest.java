package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The adapter's own shape rules (issue 12): replies are dispatched by the compiler-checked visitor,
 * never by {@code instanceof CoachReply} chains; the adapter never asks the engine what is open; no
 * main file grows past 500 lines.
 */
class SourceRulesTest {
  private static final Path MAIN = Path.of("src/main/java/dev/starcoach/slack");

  @Test
  void mainCodeDispatchesRepliesByTheVisitorAndNeverProbes() throws IOException {
    // GIVEN the adapter's main sources
    List<String> breaches = new ArrayList<>();
    List<Path> files = sources();
    assertFalse(files.isEmpty(), "sources found under " + MAIN.toAbsolutePath());

    // WHEN read, THEN none tests reply types, probes for the open session, or is too long
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      String text = String.join("\n", lines);
      if (text.contains("instanceof CoachReply")) {
        breaches.add(file.getFileName() + ": instanceof CoachReply");
      }
      if (text.contains("openSession(")) {
        breaches.add(file.getFileName() + ": openSession");
      }
      if (lines.size() > 500) {
        breaches.add(file.getFileName() + ": " + lines.size() + " lines");
      }
    }
    assertEquals(List.of(), breaches);
  }

  private static List<Path> sources() throws IOException {
    try (Stream<Path> walk = Files.walk(MAIN)) {
      return walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }
}
