package dev.starcoach.app.console;

import dev.starcoach.core.stats.PersonStats;
import dev.starcoach.core.stats.TrendChart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a person's trend chart as a PNG file next to the console's data and says where, and
 * deletes it when the person asks to be forgotten (the only file the bot writes about a person).
 */
public final class ChartFiles {
  private final Path dir;
  private final String person;

  /**
   * @param dir the folder to write into (created when missing)
   * @param person the person's name, part of the file name
   */
  public ChartFiles(Path dir, String person) {
    this.dir = dir;
    this.person = person.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** Writes the chart; returns its absolute path, or why it could not be written. */
  public String write(PersonStats stats) {
    try {
      Files.createDirectories(dir);
      Path png = file();
      Files.write(png, TrendChart.png(stats));
      return png.toAbsolutePath().toString();
    } catch (IOException e) {
      return "(chart not written: " + e.getMessage() + ")";
    }
  }

  /**
   * Deletes the person's chart file, if there is one, and says so in a sentence for the person
   * (empty when there was none).
   */
  public String erase() {
    Path png = file();
    try {
      return Files.deleteIfExists(png)
          ? "Your stats chart (" + png.toAbsolutePath() + ") is deleted too."
          : "";
    } catch (IOException e) {
      return "Your stats chart at "
          + png.toAbsolutePath()
          + " could not be deleted ("
          + e.getMessage()
          + "); please delete it yourself.";
    }
  }

  /** Where the person's chart is written. */
  public Path file() {
    return dir.resolve("stats-" + person + ".png");
  }
}
