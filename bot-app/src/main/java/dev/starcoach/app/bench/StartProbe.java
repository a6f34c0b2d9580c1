package dev.starcoach.app.bench;

import dev.starcoach.app.AppEnvironment;
import dev.starcoach.app.AppServices;
import dev.starcoach.app.Wiring;
import dev.starcoach.app.config.AppConfig;
import dev.starcoach.app.config.ConfigLoader;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.discord.DiscordBot;
import dev.starcoach.discord.DiscordSettings;
import dev.starcoach.slack.SlackBot;
import dev.starcoach.slack.SlackSettings;
import dev.starcoach.storage.Storage;
import java.nio.file.Path;

/**
 * Start-up of the bot path in a fresh JVM, for {@link StartupBench}: loads the config, content and
 * rules, opens storage, builds the engine and the Discord and Slack adapters (without connecting:
 * that part is the platforms' network), prints {@code ready} with the phase times, and exits.
 *
 * <p>Usage: {@code java -cp starcoach.jar dev.starcoach.app.bench.StartProbe DATA_DIR}
 */
public final class StartProbe {
  private StartProbe() {}

  /** Runs the probe; the argument is the data folder for the SQLite file. */
  public static void main(String[] args) throws Exception {
    long t0 = System.nanoTime();
    AppEnvironment env = AppEnvironment.system();
    AppConfig config = new ConfigLoader().load(env.resolve("config/starcoach.yaml"));
    Wiring wiring = new Wiring(env, () -> config);
    QuestionBank bank = wiring.bank();
    long t1 = System.nanoTime();
    Scorer scorer = wiring.scorer();
    long t2 = System.nanoTime();
    try (Storage storage = wiring.openStorage(Path.of(args[0]))) {
      long t3 = System.nanoTime();
      AppServices services = wiring.services(bank, scorer, storage);
      DiscordBot discord =
          wiring.discordBot(DiscordSettings.single("bench-token"), services, storage);
      SlackBot slack =
          wiring.slackBot(
              new SlackSettings("xoxb-bench", null, "bench-secret", 0, "http://127.0.0.1:9/"),
              services,
              storage);
      long t4 = System.nanoTime();
      System.out.printf(
          "ready questions=%d content_ms=%d rules_ms=%d storage_ms=%d engine_ms=%d%n",
          bank.size(),
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          (t3 - t2) / 1_000_000,
          (t4 - t3) / 1_000_000);
      System.out.flush();
      discord.close();
      slack.close();
    }
    System.exit(0);
  }
}
