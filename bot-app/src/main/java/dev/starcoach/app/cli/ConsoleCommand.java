package dev.starcoach.app.cli;

import dev.starcoach.app.Wiring;
import dev.starcoach.app.console.ChartFiles;
import dev.starcoach.app.console.CommandCompleter;
import dev.starcoach.app.console.ConsoleChat;
import dev.starcoach.app.console.ConsoleRenderer;
import dev.starcoach.app.console.PipedLines;
import dev.starcoach.app.console.TerminalLines;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.StorageUnavailableException;
import dev.starcoach.storage.Storage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code starcoach console}: practise in the terminal on the embedded database. */
@Command(
    name = "console",
    mixinStandardHelpOptions = true,
    description = "Practise in the terminal. Each line is one message; /help lists commands.")
public final class ConsoleCommand implements Callable<Integer> {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Folder of the SQLite file (default: ./data).")
  Path data;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "Whose practice this is (default: your login).")
  String user;

  private final Wiring wiring;

  public ConsoleCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  /**
   * Stops before the first prompt when the database cannot be written (a read-only or immutable
   * file): practising there would look fine and save nothing.
   */
  private static void refuseUnwritable(Storage storage) {
    Optional<String> why;
    try {
      why = storage.unwritable();
    } catch (StorageUnavailableException e) {
      throw new Wiring.StorageStartException(
          "Cannot use the database at " + storage.describe() + ": " + e.getMessage(), e);
    }
    if (why.isPresent()) {
      throw new Wiring.StorageStartException(
          "Cannot practise on "
              + storage.describe()
              + ": "
              + why.get()
              + ". Nothing you typed could be saved. Make it writable, or use --data with another"
              + " folder.",
          null);
    }
  }

  @Override
  public Integer call() throws IOException {
    QuestionBank bank = wiring.bank();
    Scorer scorer = wiring.scorer();
    try (Storage storage = wiring.openStorage(data)) {
      refuseUnwritable(storage);
      CoachEngine engine = wiring.engine(bank, scorer, storage);
      String who = user != null && !user.isBlank() ? user : System.getProperty("user.name", "me");
      boolean interactive =
          System.console() != null && !"dumb".equals(wiring.environment().get("TERM"));
      boolean colour = interactive && wiring.environment().get("NO_COLOR").isEmpty();
      Path dataDir = storage.settings().sqliteFile().map(Path::getParent).orElse(Path.of("data"));
      ChartFiles charts = new ChartFiles(dataDir, who);
      ConsoleRenderer renderer = new ConsoleRenderer(colour, charts::write, charts::erase);
      String banner =
          "STAR Coach · "
              + bank.size()
              + " questions · "
              + storage.describe()
              + "\nType /practice to start a drill (or /practice guided, /practice mock), /help"
              + " for every command."
              + (interactive
                  ? " Paste a long answer as it is: it is sent as one answer. End a line with \\"
                      + " to type on the next line; Tab completes commands and question ids."
                  : "");
      SessionKey key = SessionKey.of("console", "terminal", who);
      if (!interactive) {
        ConsoleChat chat =
            new ConsoleChat(
                engine, key, renderer, wiring.environment().out(), () -> 0, storage::unwritable);
        return chat.run(
            new PipedLines(
                new BufferedReader(
                    new InputStreamReader(wiring.environment().in(), StandardCharsets.UTF_8))),
            banner);
      }
      try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
        ConsoleChat chat =
            new ConsoleChat(
                engine,
                key,
                renderer,
                wiring.environment().out(),
                () -> Math.max(0, terminal.getWidth() - 1),
                storage::unwritable);
        return chat.run(new TerminalLines(terminal, new CommandCompleter(bank)), banner);
      }
    }
  }
}
