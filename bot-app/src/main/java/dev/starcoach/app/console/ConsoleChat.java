package dev.starcoach.app.console;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.Conversation;
import dev.starcoach.core.engine.OpenPractice;
import dev.starcoach.core.session.SessionKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

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
  private Optional<OpenPractice> seen = Optional.empty();

  /** A console chat. */
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
    seen = engine.handle(key, new CoachEvent.Reconnect(), conversation).open();
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
    if (line.startsWith("/")) {
      String rest = line.substring(1).strip();
      String word = rest.split("\\s+")[0].toLowerCase(Locale.ROOT);
      switch (word) {
        case "quit", "exit", "bye" -> {
          print("Bye. Your progress is saved.");
          return false;
        }
        case "daily" -> {
          print("Daily questions are posted to Discord and Slack channels; the console has none.");
          return true;
        }
        case "remind", "reminders", "reminder" -> {
          print(
              "Reminders of unfinished practices are sent as direct messages in Discord"
                  + " (/reminders turn:on) and Slack (/star remind on); the console has no one"
                  + " to remind. A practice left open here continues at the same step when you"
                  + " come back.");
          return true;
        }
        default -> {
          // every other command, and every answer, is the engine's to tell apart
        }
      }
    }
    seen = engine.handle(key, new CoachEvent.TypedLine(line, seen), conversation).open();
    return true;
  }

  private void print(String text) {
    out.println(text);
    out.println();
    out.flush();
  }
}
