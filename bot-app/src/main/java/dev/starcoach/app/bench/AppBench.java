package dev.starcoach.app.bench;

import dev.starcoach.app.StarCoachMain;
import dev.starcoach.app.Wiring;
import dev.starcoach.app.config.AppConfig;
import dev.starcoach.bench.BenchApp;
import dev.starcoach.bench.ChatLoad;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.storage.Storage;
import dev.starcoach.storage.StorageSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The application as the bench sees it ({@link BenchApp}): everything comes from {@link Wiring}, so
 * the figures are those of the parts {@code starcoach} really runs.
 */
public final class AppBench implements BenchApp {
  private final Wiring wiring;

  /**
   * @param wiring the application's wiring (config, content, rules, storage settings)
   */
  public AppBench(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public QuestionBank bank() {
    return wiring.bank();
  }

  @Override
  public Scorer scorer() {
    return wiring.scorer();
  }

  @Override
  public CoachEngine engine(QuestionBank bank, Scorer scorer, Storage storage) {
    return wiring.engine(bank, scorer, storage);
  }

  @Override
  public StorageSettings storageSettings(String dbUrl, Path sqliteDir) {
    AppConfig.StorageSection s = wiring.config().storage();
    Duration idle = Duration.ofMinutes(s.cacheIdleMinutes());
    if (dbUrl == null || dbUrl.isBlank()) {
      return StorageSettings.sqliteIn(sqliteDir)
          .withPoolSize(s.poolSize())
          .withCache(s.cacheMaxSessions(), idle);
    }
    String user = wiring.environment().get("STARCOACH_DB_USER");
    String password = wiring.environment().get("STARCOACH_DB_PASSWORD");
    return new StorageSettings(
        dbUrl.strip(),
        user.isEmpty() ? null : user,
        password.isEmpty() ? null : password,
        s.poolSize(),
        s.cacheMaxSessions(),
        idle);
  }

  @Override
  public ChatLoad chatLoad(CoachEngine engine, Storage storage, ChatLoad.Settings settings)
      throws IOException {
    return new SlackChatLoad(engine, storage, settings);
  }

  @Override
  public Path home() {
    return wiring.environment().home();
  }

  @Override
  public Map<String, String> databaseEnvironment(String dbUrl) {
    return Map.of(Wiring.DB_URL, dbUrl);
  }

  @Override
  public Start consoleStart(Path dataDir) {
    return new Start(
        List.of(
            StarCoachMain.class.getName(),
            "console",
            "--data",
            dataDir.toString(),
            "--user",
            "bench"),
        "STAR Coach ·");
  }

  @Override
  public Start botStart(Path dataDir) {
    return new Start(List.of(StartProbe.class.getName(), dataDir.toString()), "ready ");
  }
}
