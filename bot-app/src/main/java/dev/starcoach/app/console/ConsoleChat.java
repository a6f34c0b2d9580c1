package dev.starcoach.app.console;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.Conversation;
import dev.starcoach.core.engine.OpenPractice;
import dev.starcoach.core.session.SessionKey;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * The console adapter: each message typed is one answer or command (the engine's one rule tells
 * them apart: lines starting with {@code /} are commands). It parses the line, calls the engine and
 * prints the rendered replies: the same three jobs as the chat adapters. Works the same with piped
 * input; end of input ends the chat.
 */
public final class ConsoleChat {
  private final CoachEngine engine;
  private final SessionKey key;
  private final ConsoleRenderer renderer;
  private final PrintStream out;
  private final IntSupplier width;
  private final Conversation conversation;
  private Optional<OpenPractice> seen = Optional.empty();

  /**
   * A console chat.
   *
   * @param width the terminal's width to wrap output to, read before each print; 0 for no wrapping
   *     (piped output stays as it is)
   */
  public ConsoleChat(
      CoachEngine engine,
      SessionKey key,
      ConsoleRenderer renderer,
      PrintStream out,
      IntSupplier width) {
    this.engine = engine;
    this.key = key;
    this.renderer = renderer;
    this.out = out;
    this.width = width;
    this.conversation = reply -> print(renderer.render(reply));
  }

  /**
   * Reads messages until end of input or {@code /quit}; returns the process exit status (0).
   *
   * @param in where messages come from: a terminal (one message may span lines) or a pipe (one
   *     line, one message)
   */
  public int run(LineSource in, String banner) {
    print(banner);
    seen = engine.handle(key, new CoachEvent.Reconnect(), conversation).open();
    Optional<String> message;
    while ((message = in.next(seen)).isPresent()) {
      if (!handleLine(message.get())) {
        break;
      }
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
    out.println(TextWrap.wrap(text, width.getAsInt()));
    out.println();
    out.flush();
  }
}
