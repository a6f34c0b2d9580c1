package dev.starcoach.app.faults;

import dev.starcoach.app.StarCoachMain;
import dev.starcoach.app.bench.RepoRoot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The real application in its own JVM ({@code starcoach console --data DIR}), with its standard
 * input as a pipe the test writes to and its standard output collected line by line. Every wait is
 * bounded; {@link #kill()} is SIGKILL on Linux.
 */
final class AppProcess implements AutoCloseable {
  private final Process process;
  private final OutputStream stdin;
  private final List<String> lines = new ArrayList<>();
  private final Thread reader;
  private final Path stderr;

  private AppProcess(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    this.stdin = process.getOutputStream();
    this.reader = new Thread(this::readAll, "app-stdout");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code starcoach console --data dataDir --user user} with the project as home. */
  static AppProcess console(Path dataDir, String user) throws IOException {
    Path home = RepoRoot.find();
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            StarCoachMain.class.getName(),
            "console",
            "--data",
            dataDir.toString(),
            "--user",
            user);
    Path stderr = Files.createTempFile(dataDir.getParent(), "stderr", ".log");
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("STARCOACH_HOME", home.toString());
    pb.environment().put("NO_COLOR", "1");
    pb.environment().remove("STARCOACH_DB_URL");
    pb.directory(home.toFile());
    pb.redirectError(stderr.toFile());
    return new AppProcess(pb.start(), stderr);
  }

  private void readAll() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        synchronized (lines) {
          lines.add(line);
          lines.notifyAll();
        }
      }
    } catch (IOException e) {
      // the process was killed; what was read is kept
    }
  }

  /** Writes lines to the app's standard input, without closing it. */
  void send(String... input) {
    try {
      for (String line : input) {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      }
      stdin.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("the app is no longer reading its input", e);
    }
  }

  /** Waits until {@code count} output lines match, or fails after {@code limit}. */
  void awaitLines(Predicate<String> match, int count, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    synchronized (lines) {
      while (count(match) < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
          throw new AssertionError(
              "expected " + count + " matching lines within " + limit + "; got:\n" + describe());
        }
        lines.wait(Math.max(1, Math.min(200, left / 1_000_000)));
      }
    }
  }

  /** How many output lines so far match. */
  int count(Predicate<String> match) {
    synchronized (lines) {
      return (int) lines.stream().filter(match).count();
    }
  }

  /** Every output line so far. */
  List<String> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  /** SIGKILL, then waits for the process and for the rest of its output to be read. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      throw new AssertionError("the app did not die within 20 s of SIGKILL");
    }
    reader.join(10_000);
  }

  /** Sends /quit, closes the input and waits for a normal exit; returns the exit status. */
  int quit() throws InterruptedException {
    try {
      send("/quit");
      stdin.close();
    } catch (IOException | UncheckedIOException e) {
      // already gone; the exit status tells
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the app did not exit within 60 s of /quit:\n" + describe());
    }
    reader.join(10_000);
    return process.exitValue();
  }

  /** The output and standard error, for failure messages. */
  String describe() {
    String err;
    try {
      err = Files.readString(stderr);
    } catch (IOException e) {
      err = "(no stderr: " + e + ")";
    }
    return String.join("\n", lines()) + "\n--- stderr ---\n" + err;
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
  }
}
