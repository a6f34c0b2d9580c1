package dev.starcoach.app.console;

import dev.starcoach.core.engine.OpenPractice;
import java.util.Optional;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;

/**
 * A real terminal, through JLine: a visible prompt naming the step it waits for, line editing,
 * history (kept in memory only: answers are personal data and are not written to a history file),
 * completion of commands, principles and question ids, and bracketed paste, so pasting a
 * multi-paragraph answer sends it as one answer. A line ending with a backslash continues on the
 * next line, for typing a multi-line answer by hand.
 */
public final class TerminalLines implements LineSource {
  private final LineReader reader;

  /**
   * @param terminal the terminal to read from and prompt on
   * @param completer completion of commands, principles and question ids
   */
  public TerminalLines(Terminal terminal, CommandCompleter completer) {
    DefaultParser parser = new DefaultParser();
    parser.setEofOnEscapedNewLine(true);
    parser.setEofOnUnclosedQuote(false);
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("starcoach")
            .completer(completer)
            .parser(parser)
            .history(new DefaultHistory())
            .variable(LineReader.SECONDARY_PROMPT_PATTERN, "… ")
            .variable(LineReader.HISTORY_FILE_SIZE, 0)
            .option(LineReader.Option.BRACKETED_PASTE, true)
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .option(LineReader.Option.AUTO_FRESH_LINE, true)
            .build();
  }

  @Override
  public Optional<String> next(Optional<OpenPractice> open) {
    try {
      String line = reader.readLine(prompt(open));
      return Optional.of(line.replace("\\\n", "\n"));
    } catch (UserInterruptException e) {
      return Optional.of("");
    } catch (EndOfFileException e) {
      return Optional.empty();
    }
  }

  /** The prompt: the step or probe the open practice waits for, or a plain one. */
  static String prompt(Optional<OpenPractice> open) {
    return open.map(o -> o.label() + " › ").orElse("› ");
  }
}
