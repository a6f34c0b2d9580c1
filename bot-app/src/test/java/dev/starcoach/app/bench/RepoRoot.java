package dev.starcoach.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project folder (with config/content), found from the test's working folder. */
public final class RepoRoot {
  private RepoRoot() {}

  /** The nearest folder upwards that holds {@code config/content}. */
  public static Path find() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("config").resolve("content"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no config/content above " + Path.of("").toAbsolutePath());
  }
}
