package dev.starcoach.bench;

import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.storage.Storage;
import dev.starcoach.storage.StorageSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the bench measures, built the way the application builds it. The application implements this
 * over its wiring ({@code dev.starcoach.app.bench.AppBench} in bot-app), so bot-bench depends on
 * bot-core and bot-storage only and bot-app depends on bot-bench, never the other way round.
 */
public interface BenchApp {
  /** A fresh JVM to time: its main class and arguments, and the stdout line that means ready. */
  record Start(List<String> mainAndArgs, String readyPrefix) {
    public Start {
      mainAndArgs = List.copyOf(mainAndArgs);
    }
  }

  /** The content the application loads. */
  QuestionBank bank();

  /** The application's scorer (its configured rules). */
  Scorer scorer();

  /** The engine the application builds over a bank, a scorer and storage. */
  CoachEngine engine(QuestionBank bank, Scorer scorer, Storage storage);

  /**
   * The application's storage settings (pool, cache, database user) for a JDBC URL, or for a SQLite
   * file in {@code sqliteDir} when the URL is blank.
   */
  StorageSettings storageSettings(String dbUrl, Path sqliteDir);

  /**
   * The application's chat adapter (Slack) over this engine and storage, listening on loopback and
   * talking to a local stand-in for the platform's API that behaves as {@code settings} say.
   */
  ChatLoad chatLoad(CoachEngine engine, Storage storage, ChatLoad.Settings settings)
      throws IOException;

  /** The installation (config and content) that fresh JVMs run in. */
  Path home();

  /** Environment variables that make a fresh JVM of the application use this database. */
  Map<String, String> databaseEnvironment(String dbUrl);

  /** The console practice with its data in {@code dataDir}, ready when its banner shows. */
  Start consoleStart(Path dataDir);

  /** The chat bots' start (content, rules, storage, engine, adapters; no network). */
  Start botStart(Path dataDir);
}
