package dev.starcoach.app.cli;

import dev.starcoach.app.Wiring;
import dev.starcoach.app.console.ChartFiles;
import dev.starcoach.app.console.ConsoleChat;
import dev.starcoach.app.console.ConsoleRenderer;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.storage.Storage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
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

  @Override
  public Integer call() {
    QuestionBank bank = wiring.bank();
    Scorer scorer = wiring.scorer();
    try (Storage storage = wiring.openStorage(data)) {
      CoachEngine engine = wiring.engine(bank, scorer, storage);
      String who = user != null && !user.isBlank() ? user : System.getProperty("user.name", "me");
      boolean colour =
          System.console() != null
              && wiring.environment().get("NO_COLOR").isEmpty()
              && !"dumb".equals(wiring.environment().get("TERM"));
      ConsoleChat chat =
          new ConsoleChat(
              engine,
              SessionKey.of("console", "terminal", who),
              new ConsoleRenderer(
                  colour,
                  new ChartFiles(
                          storage
                              .settings()
                              .sqliteFile()
                              .map(Path::getParent)
                              .orElse(Path.of("data")),
                          who)
                      ::write),
              wiring.environment().out());
      String banner =
          "STAR Coach · "
              + bank.size()
              + " questions · "
              + storage.describe()
              + "\nType /practice to start a drill (or /practice guided, /practice mock), /help"
              + " for every command.";
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(wiring.environment().in(), StandardCharsets.UTF_8));
      return chat.run(in, banner);
    }
  }
}
