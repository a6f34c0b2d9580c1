package dev.starcoach.app.console;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.Conversation;
import dev.starcoach.core.engine.OpenPractice;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.stats.Leaderboard;
import dev.starcoach.core.stats.PersonStats;
import dev.starcoach.core.stats.ProgressService;
import dev.starcoach.core.stats.Streaks;
import dev.starcoach.core.stats.TrendChart;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  private final ProgressService progress;
  private final Path chartDir;
  private Optional<OpenPractice> seen = Optional.empty();

  /**
   * A console chat.
   *
   * @param progress stats and leaderboards for {@code /stats} and {@code /leaderboard}
   * @param chartDir where {@code /stats} writes its trend chart PNG
   */
  public ConsoleChat(
      CoachEngine engine,
      SessionKey key,
      ConsoleRenderer renderer,
      PrintStream out,
      ProgressService progress,
      Path chartDir) {
    this.engine = engine;
    this.key = key;
    this.renderer = renderer;
    this.out = out;
    this.progress = progress;
    this.chartDir = chartDir;
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
        case "stats" -> {
          print(stats());
          return true;
        }
        case "leaderboard" -> {
          print(leaderboard(rest.substring(word.length()).strip()));
          return true;
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

  private String stats() {
    PersonStats stats = progress.stats(key.person(), null, Streaks.WEEKDAYS);
    String chart;
    try {
      Files.createDirectories(chartDir);
      Path png = chartDir.resolve("stats-" + safe(key.person().userId()) + ".png");
      Files.write(png, TrendChart.png(stats));
      chart = png.toAbsolutePath().toString();
    } catch (IOException e) {
      chart = "(chart not written: " + e.getMessage() + ")";
    }
    return renderer.stats(stats, chart);
  }

  private String leaderboard(String args) {
    int weeksAgo = 0;
    if (!args.isEmpty()) {
      try {
        weeksAgo = Integer.parseInt(args);
      } catch (NumberFormatException e) {
        return "! /leaderboard takes how many weeks back to show, e.g. /leaderboard 1";
      }
      if (weeksAgo < 0 || weeksAgo > 52) {
        return "! /leaderboard goes back 0 to 52 weeks";
      }
    }
    Leaderboard.Week week =
        progress.leaderboard(
            key.person().platform(), key.place(), progress.zoneOf(key.person(), null), weeksAgo);
    return renderer.leaderboard(week);
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private void print(String text) {
    out.println(text);
    out.println();
    out.flush();
  }
}
