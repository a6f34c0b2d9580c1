package dev.starcoach.app.console;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.Conversation;
import dev.starcoach.core.engine.TextCommand;
import dev.starcoach.core.session.SessionKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * The console adapter: each line typed is one message; lines starting with {@code /} are commands.
 * It parses the line, calls the engine and prints the rendered replies: the same three jobs as the
 * chat adapters. Works the same with piped input; end of input ends the chat.
 */
public final class ConsoleChat {
  private final CoachEngine engine;
  private final SessionKey key;
  private final ConsoleRenderer renderer;
  private final PrintStream out;
  private final Conversation conversation;

  public ConsoleChat(
      CoachEngine engine, SessionKey key, ConsoleRenderer renderer, PrintStream out) {
    this.engine = engine;
    this.key = key;
    this.renderer = renderer;
    this.out = out;
    this.conversation = reply -> print(renderer.render(reply));
  }

  /** Reads lines until end of input or {@code /quit}; returns the process exit status (0). */
  public int run(BufferedReader in, String banner) {
    print(banner);
    engine.handle(key, new CoachEvent.Reconnect(), conversation);
    try {
      String line;
      while ((line = in.readLine()) != null) {
        if (!handleLine(line)) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }

  /** Handles one typed line; returns false when the person asked to quit. */
  public boolean handleLine(String raw) {
    String line = raw.strip();
    if (line.isEmpty()) {
      print(
          engine.openSession(key).isPresent()
              ? "Type your answer on one line, or /hint, /skip, /stop."
              : "Type /practice to start, or /help for the commands.");
      return true;
    }
    if (!line.startsWith("/")) {
      engine.handle(key, new CoachEvent.SubmitAnswer(line), conversation);
      return true;
    }
    TextCommand command = TextCommand.parse(line.substring(1));
    if (command instanceof TextCommand.Run run) {
      engine.handle(key, run.event(), conversation);
    } else if (command instanceof TextCommand.Help) {
      print(renderer.help());
    } else if (command instanceof TextCommand.Quit) {
      print("Bye. Your progress is saved.");
      return false;
    } else if (command instanceof TextCommand.Invalid invalid) {
      print("! " + invalid.message());
    } else if (command instanceof TextCommand.Unknown unknown) {
      print("! Unknown command /" + unknown.word() + ". Type /help for the list.");
    }
    return true;
  }

  private void print(String text) {
    out.println(text);
    out.println();
    out.flush();
  }
}
