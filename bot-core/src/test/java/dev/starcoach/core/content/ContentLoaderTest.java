package dev.starcoach.core.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.testing.TestBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
  @TempDir Path dir;

  private Path pack(String name, String yaml) throws IOException {
    return Files.writeString(dir.resolve(name), yaml);
  }

  @Test
  void theTestPackLoadsWithEveryPartOfAWalkthrough() {
    // WHEN the test pack is loaded
    QuestionBank bank = TestBank.load();

    // THEN its walkthrough has all five steps, both reflections, quiz, lenses and levels
    Question q = bank.byId(TestBank.WALKTHROUGH_ID).orElseThrow();
    assertEquals(Principle.OWNERSHIP, q.principle());
    Walkthrough w = q.walkthrough();
    assertEquals(5, w.steps().size());
    assertEquals(90, q.targetSeconds(Step.ACTION));
    assertTrue(w.reflectionFor(Level.SENIOR).contains("root cause"));
    assertEquals(1, w.quiz().get(0).answer(), "answers are 1-based in YAML, 0-based in records");
    assertEquals(Principle.CUSTOMER_OBSESSION, w.lenses().get(0).principle());
    assertEquals(170, q.totalBudgetSeconds(Level.SENIOR));
    assertEquals(Level.SDE2.totalBudgetSeconds(), q.totalBudgetSeconds(Level.SDE2));
    assertTrue(bank.byId("test-short-deadline").orElseThrow().fullWalkthrough().isEmpty());
  }

  @Test
  void aMissingFieldAndABadStepNameAreNamedWithFileIdAndField() throws IOException {
    // GIVEN a walkthrough without an action example and with a misspelt step
    Path file =
        pack(
            "broken.yaml",
            """
            questions:
              - id: broken-one
                principle: Ownership
                question: Tell me about a time.
                tags: [x]
                probes:
                  - {question: "Why?", probes: motive}
                  - {question: "How?", probes: method}
                steps:
                  situaton: {target_seconds: 30}
            """);

    // WHEN it is loaded
    ContentException e =
        assertThrows(ContentException.class, () -> new ContentLoader().load(List.of(file)));

    // THEN the problems name the file, the question and the field
    List<ContentProblem> problems = e.problems();
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.file().endsWith("broken.yaml")
                        && p.questionId().equals("broken-one")
                        && p.field().equals("steps.situaton")),
        problems.toString());
    assertTrue(
        problems.stream().anyMatch(p -> p.field().equals("steps.action")), problems.toString());
    assertTrue(e.getMessage().contains("broken.yaml: question 'broken-one', field 'scenario'"));
  }

  @Test
  void duplicateIdsAcrossPacksNameBothFiles() throws IOException {
    // GIVEN two packs with the same id
    String one =
        """
        questions:
          - id: same-id
            principle: Frugality
            question: Tell me about a time you saved money.
            tags: [cost]
            probes:
              - {question: "How much?", probes: numbers}
              - {question: "What did it cost?", probes: trade-off}
        """;
    Path a = pack("a.yaml", one);
    Path b = pack("b.yaml", one);

    // WHEN both load together
    ContentLoader.Outcome outcome = new ContentLoader().read(List.of(a, b));

    // THEN the duplicate names both files
    assertEquals(1, outcome.problems().size());
    ContentProblem p = outcome.problems().get(0);
    assertTrue(p.file().endsWith("b.yaml") && p.message().contains("a.yaml"), p.toString());
  }

  @Test
  void unknownPrincipleQuizAnswerOutOfRangeAndBadYamlAreReported() throws IOException {
    Path badYaml = pack("bad.yaml", "questions: [unclosed");
    Path badValues =
        pack(
            "values.yaml",
            """
            questions:
              - id: q1
                principle: Be Nice
                question: Q?
                tags: [t]
                probes: [{question: a, probes: b}]
                colour: blue
            """);

    ContentLoader.Outcome outcome = new ContentLoader().read(List.of(badYaml, badValues));

    List<String> lines = outcome.problems().stream().map(ContentProblem::describe).toList();
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith(badYaml + ": ") && l.contains("YAML")),
        lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("'principle'") && l.contains("Be Nice")),
        lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("'colour'") && l.contains("unknown field")),
        lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("'probes'") && l.contains("at least 2")),
        lines.toString());
  }
}
