package dev.starcoach.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The packs shipped in {@code config/content} load without a single problem. */
class ShippedContentTest {
  private static final Path SHIPPED = Path.of("..", "config", "content");

  @Test
  void shippedPacksLoadWithoutProblems() {
    // GIVEN the content folder of the repository
    assertTrue(Files.isDirectory(SHIPPED), "missing " + SHIPPED.toAbsolutePath());

    // WHEN every pack is read
    ContentLoader.Outcome outcome = new ContentLoader().read(List.of(SHIPPED));

    // THEN nothing is wrong, and there is at least one full walkthrough to practise
    assertEquals(
        "",
        outcome.problems().stream()
            .map(ContentProblem::describe)
            .collect(Collectors.joining("\n")));
    assertTrue(outcome.questions().stream().anyMatch(Question::isWalkthrough));
  }
}
