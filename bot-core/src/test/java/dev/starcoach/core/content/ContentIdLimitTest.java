package dev.starcoach.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Id length (it travels in Discord and Slack component ids) and packs named twice. */
class ContentIdLimitTest {
  @TempDir Path dir;

  private Path pack(Path folder, String name, String id) throws IOException {
    Files.createDirectories(folder);
    return Files.writeString(
        folder.resolve(name),
        """
        questions:
          - id: %s
            principle: Frugality
            question: Tell me about a time you saved money.
            tags: [cost]
            probes:
              - {question: "How much?", probes: numbers}
              - {question: "What did it cost?", probes: trade-off}
        """
            .formatted(id));
  }

  @Test
  void anIdOverTheLimitIsAnErrorNamingFileIdAndField() throws IOException {
    // GIVEN a pack whose id is one character over the limit
    String id = "a".repeat(ContentLoader.MAX_ID_LENGTH) + "b";
    Path file = pack(dir, "long.yaml", id);

    // WHEN it is read
    ContentLoader.Outcome outcome = new ContentLoader().read(List.of(file));

    // THEN one problem names the file, the whole id and the field, with the length and the limit
    assertEquals(1, outcome.problems().size(), outcome.problems().toString());
    ContentProblem p = outcome.problems().get(0);
    assertTrue(p.file().endsWith("long.yaml"), p.toString());
    assertEquals(id, p.questionId());
    assertEquals("id", p.field());
    assertEquals(
        "too long: 65 characters, at most 64 (ids go into Discord and Slack button ids)",
        p.message());
    assertTrue(p.describe().contains("long.yaml: question '" + id + "', field 'id'"));
  }

  @Test
  void anIdOfExactlyTheLimitLoads() throws IOException {
    // GIVEN a pack whose id is exactly as long as allowed
    String id = "b".repeat(ContentLoader.MAX_ID_LENGTH);
    Path file = pack(dir, "edge.yaml", id);

    // WHEN it is loaded
    QuestionBank bank = new ContentLoader().load(List.of(file));

    // THEN the question is there
    assertTrue(bank.byId(id).isPresent());
  }

  @Test
  void aPackNamedAlongsideTheFolderItIsInIsReadOnce() throws IOException {
    // GIVEN a content folder and one of its packs named again on its own (relative and absolute)
    Path content = dir.resolve("content");
    Path inside = pack(content, "one.yaml", "saved-money");
    pack(content, "two.yaml", "saved-more-money");

    // WHEN the folder and the pack load together
    ContentLoader.Outcome outcome =
        new ContentLoader().read(List.of(content, inside, inside.toAbsolutePath()));

    // THEN each pack is read once: no duplicate id of a question with itself
    assertTrue(outcome.ok(), outcome.problems().toString());
    assertEquals(2, outcome.questions().size());
  }
}
