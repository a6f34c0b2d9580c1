package dev.starcoach.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Time from start to ready, each in a fresh JVM on this JVM's class path (so JVM start-up is
 * included): the console until its banner (content, rules, storage and engine ready), and the bot
 * path until the application's start probe says ready ({@link BenchApp#botStart}).
 */
public final class StartupBench {
  /** Start-up times in milliseconds (median of the runs). */
  public record Result(long consoleMs, long botMs, String botPhases) {}

  private final BenchApp app;
  private final Map<String, String> extraEnv;

  /**
   * @param app the application: its installation (passed as STARCOACH_HOME) and what to start
   * @param extraEnv variables for the child processes (such as STARCOACH_DB_URL for the bot)
   */
  public StartupBench(BenchApp app, Map<String, String> extraEnv) {
    this.app = app;
    this.extraEnv = Map.copyOf(extraEnv);
  }

  /** Starts each {@code runs} times with data in {@code dataDir}; returns the medians. */
  public Result run(Path dataDir, int runs) throws IOException, InterruptedException {
    long[] console = new long[runs];
    long[] bot = new long[runs];
    String phases = "";
    for (int i = 0; i < runs; i++) {
      console[i] = timeUntil(app.consoleStart(dataDir.resolve("console"))).millis();
      BenchApp.Start botStart = app.botStart(dataDir.resolve("bot"));
      Timed probe = timeUntil(botStart);
      bot[i] = probe.millis();
      phases = probe.line().substring(botStart.readyPrefix().length()).strip();
    }
    return new Result(median(console), median(bot), phases);
  }

  private record Timed(long millis, String line) {}

  private Timed timeUntil(BenchApp.Start launch) throws IOException, InterruptedException {
    List<String> mainAndArgs = launch.mainAndArgs();
    String readyPrefix = launch.readyPrefix();
    Path home = app.home();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.addAll(mainAndArgs);
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("STARCOACH_HOME", home.toString());
    pb.environment().put("NO_COLOR", "1");
    pb.environment().putAll(extraEnv);
    pb.directory(home.toFile());
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process process = pb.start();
    try {
      CompletableFuture<String> ready =
          CompletableFuture.supplyAsync(
              () -> {
                try (BufferedReader out =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = out.readLine()) != null) {
                    if (line.startsWith(readyPrefix)) {
                      return line;
                    }
                  }
                  return null;
                } catch (IOException e) {
                  return null;
                }
              });
      String line;
      try {
        line = ready.get(120, TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        line = null;
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      if (line == null) {
        throw new IllegalStateException(
            "no '" + readyPrefix.strip() + "' line from " + mainAndArgs.get(0));
      }
      try (OutputStream in = process.getOutputStream()) {
        in.write("/quit\n".getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // the probe exits by itself; nothing to tell it
      }
      return new Timed(millis, line);
    } finally {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
