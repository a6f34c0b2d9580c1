package dev.starcoach.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.engine.OpenPractice;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.TestBank;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.reader.Candidate;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The interactive console's input, through a real JLine reader on a terminal over streams. */
class TerminalLinesTest {
  private static final String PASTE_START = "\u001B[200~";
  private static final String PASTE_END = "\u001B[201~";

  private static List<String> read(String typed) throws IOException {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (Terminal terminal =
        new DumbTerminal(
            "test",
            "ansi",
            new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
            screen,
            StandardCharsets.UTF_8)) {
      terminal.setSize(new Size(120, 40));
      TerminalLines lines = new TerminalLines(terminal, new CommandCompleter(TestBank.load()));
      List<String> messages = new ArrayList<>();
      Optional<String> next;
      while ((next = lines.next(Optional.empty())).isPresent()) {
        messages.add(next.get());
      }
      return messages;
    }
  }

  @Test
  void aBracketedMultiLinePasteIsOneAnswer() throws IOException {
    // GIVEN a five-paragraph answer pasted in one go, then Enter, then a command
    String answer =
        "Our nightly export failed silently for a week.\n"
            + "Nobody owned it; I took it on.\n"
            + "I traced it to a full disk and added an alert.\n"
            + "Failures went from 7 a week to 0.\n"
            + "I now check what runs unattended.";

    // WHEN it is read
    List<String> messages = read(PASTE_START + answer + PASTE_END + "\r/hint\r");

    // THEN the paste is one message with its line breaks, and the command is the next
    assertEquals(2, messages.size(), messages.toString());
    assertEquals(answer, messages.get(0).replace("\r\n", "\n"));
    assertEquals("/hint", messages.get(1));
  }

  @Test
  void aLineEndingWithABackslashContinuesOnTheNext() throws IOException {
    // WHEN two lines are typed with a backslash at the end of the first
    List<String> messages = read("first part \\\rsecond part\r");

    // THEN they are one message
    assertEquals(1, messages.size(), messages.toString());
    assertTrue(messages.get(0).startsWith("first part"), messages.get(0));
    assertTrue(messages.get(0).endsWith("second part"), messages.get(0));
    assertFalse(messages.get(0).contains("\\"), messages.get(0));
  }

  @Test
  void thePromptNamesTheStepItWaitsFor() {
    // GIVEN a drill waiting for the Task
    OpenPractice open = new OpenPractice("s1", SessionMode.DRILL, "q", Phase.STEPS, 1, "Task");

    // THEN the prompt says so, and says nothing when no practice is open
    assertEquals("Task › ", TerminalLines.prompt(Optional.of(open)));
    assertEquals("› ", TerminalLines.prompt(Optional.empty()));
  }

  @Test
  void tabCompletesCommandsModesAndQuestionIdsButNeverAnswers() {
    // GIVEN the completer over the test bank
    CommandCompleter completer = new CommandCompleter(TestBank.load());

    // THEN commands, modes and ids complete after a slash, and an answer gets nothing
    assertTrue(values(completer.candidates("/pr")).contains("/practice"));
    assertTrue(values(completer.candidates("/practice ")).contains("mock"));
    assertTrue(values(completer.candidates("/practice mock ")).contains(TestBank.WALKTHROUGH_ID));
    assertTrue(values(completer.candidates("/lens ")).contains("ownership"));
    assertTrue(completer.candidates("I fixed the").isEmpty());
    // and the story subcommands, steps after story edit N, principles after story confirm N
    assertTrue(values(completer.candidates("/story ")).containsAll(List.of("add", "map", "done")));
    assertTrue(values(completer.candidates("/story edit 2 ")).contains("reflection"));
    assertTrue(values(completer.candidates("/story confirm 2 ")).contains("dive-deep"));
  }

  private static List<String> values(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::value).toList();
  }
}
