package dev.starcoach.app.console;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.Conversation;
import dev.starcoach.core.engine.OpenPractice;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.session.SessionKey;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The console adapter: each message typed is one answer or command (the engine's one rule tells
 * them apart: lines starting with {@code /} are commands). It parses the line, calls the engine and
 * prints the rendered replies: the same three jobs as the chat adapters. Works the same with piped
 * input; end of input ends the chat.
 *
 * <p>When the engine reports the database unreachable, the console asks whether it is in fact
 * unwritable (a read-only or immutable file): then it stops with a clear message and {@link
 * #STOPPED_UNWRITABLE}, since nothing typed could ever be saved. A passing outage only says so, and
 * {@code /quit} then does not claim the last message was saved.
 */
public final class ConsoleChat {
  private final CoachEngine engine;
  private final SessionKey key;
  private final ConsoleRenderer renderer;
  private final PrintStream out;
  private final IntSupplier width;
  private final Conversation conversation;
  private final Supplier<Optional<String>> unwritable;
  private Optional<OpenPractice> seen = Optional.empty();
  private boolean lastUnsaved;
  private int status;

  /** The exit status when the chat stopped because the database cannot be written. */
  public static final int STOPPED_UNWRITABLE = 3;

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
    this(engine, key, renderer, out, width, Optional::empty);
  }

  /**
   * A console chat that can tell an unwritable database from an unreachable one.
   *
   * @param unwritable why the database takes no writes, or empty when it does (may throw when the
   *     database cannot be reached)
   */
  public ConsoleChat(
      CoachEngine engine,
      SessionKey key,
      ConsoleRenderer renderer,
      PrintStream out,
      IntSupplier width,
      Supplier<Optional<String>> unwritable) {
    this.unwritable = unwritable;
    this.engine = engine;
    this.key = key;
    this.renderer = renderer;
    this.out = out;
    this.width = width;
    this.conversation = reply -> print(renderer.render(reply));
  }

  /**
   * Reads messages until end of input or {@code /quit}; returns the process exit status (0, or
   * {@link #STOPPED_UNWRITABLE}).
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
    return status;
  }

  /** Handles one typed line; returns false when the person asked to quit. */
  public boolean handleLine(String raw) {
    String line = raw.strip();
    if (line.startsWith("/")) {
      String rest = line.substring(1).strip();
      String word = rest.split("\\s+")[0].toLowerCase(Locale.ROOT);
      switch (word) {
        case "quit", "exit", "bye" -> {
          print(
              lastUnsaved
                  ? "Bye. Your last message was not saved (the database could not be reached);"
                      + " everything before it is."
                  : "Bye. Your progress is saved.");
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
    Outcome outcome = engine.handle(key, new CoachEvent.TypedLine(line, seen), conversation);
    seen = outcome.open();
    lastUnsaved = outcome.refusal().filter(ErrorCode.STORAGE_UNAVAILABLE::equals).isPresent();
    if (lastUnsaved) {
      Optional<String> why = unwritableNow();
      if (why.isPresent()) {
        print(
            "Stopping: "
                + why.get()
                + ", so nothing you practise here can be saved, and your last message was not."
                + " Make it writable (or start with --data and another folder) and come back.");
        status = STOPPED_UNWRITABLE;
        return false;
      }
    }
    return true;
  }

  private Optional<String> unwritableNow() {
    try {
      return unwritable.get();
    } catch (RuntimeException e) {
      return Optional.empty(); // unreachable, not unwritable: a passing outage
    }
  }

  private void print(String text) {
    out.println(TextWrap.wrap(text, width.getAsInt()));
    out.println();
    out.flush();
  }
}
