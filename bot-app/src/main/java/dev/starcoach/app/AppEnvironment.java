package dev.starcoach.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the process was started with: environment variables (the only source of secrets), the
 * standard streams, and the installation folder that relative config paths resolve against.
 */
public record AppEnvironment(
    Map<String, String> env, InputStream in, PrintStream out, PrintStream err, Path home) {
  public AppEnvironment {
    env = Map.copyOf(env);
  }

  /** The real process environment; home is {@code STARCOACH_HOME} or the working folder. */
  public static AppEnvironment system() {
    Map<String, String> env = System.getenv();
    String home = env.getOrDefault("STARCOACH_HOME", "");
    return new AppEnvironment(
        env,
        System.in,
        System.out,
        System.err,
        home.isBlank() ? Path.of("").toAbsolutePath() : Path.of(home).toAbsolutePath());
  }

  /** A variable's value, or empty when it is unset or blank. */
  public String get(String name) {
    String value = env.get(name);
    return value == null ? "" : value.strip();
  }

  /**
   * A path from config or the command line: absolute as is, else under the working folder if it
   * exists there, else under home.
   */
  public Path resolve(String path) {
    Path p = Path.of(path);
    if (p.isAbsolute()) {
      return p;
    }
    Path local = p.toAbsolutePath();
    return local.toFile().exists() ? local : home.resolve(p);
  }
}
