package dev.starcoach.app.cli;

import dev.starcoach.app.AppEnvironment;
import dev.starcoach.app.AppServices;
import dev.starcoach.app.PeriodicJob;
import dev.starcoach.app.PlatformStartException;
import dev.starcoach.app.Wiring;
import dev.starcoach.app.config.AppConfig;
import dev.starcoach.app.daily.RoutingDailyPublisher;
import dev.starcoach.app.remind.RoutingReminderPublisher;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.remind.ReminderService;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.discord.DiscordBot;
import dev.starcoach.discord.DiscordSettings;
import dev.starcoach.slack.SlackBot;
import dev.starcoach.slack.SlackSettings;
import dev.starcoach.storage.Storage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/**
 * {@code starcoach run} (also the default): the Discord bot when {@code DISCORD_TOKEN} is set, the
 * Slack bot when {@code SLACK_BOT_TOKEN} is set (both when both are), otherwise the console
 * practice on the embedded database.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run the bot: Discord/Slack when tokens are set, else the console practice.")
public final class RunCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

  private final Wiring wiring;

  public RunCommand(Wiring wiring) {
    this.wiring = wiring;
  }

  @Override
  public Integer call() throws Exception {
    AppEnvironment env = wiring.environment();
    AppConfig config = wiring.config();
    String discordToken = env.get("DISCORD_TOKEN");
    Optional<SlackSettings> slack = slackSettings(env, config);
    if (discordToken.isEmpty() && slack.isEmpty()) {
      return new ConsoleCommand(wiring).call();
    }
    QuestionBank bank = wiring.bank();
    Scorer scorer = wiring.scorer();
    Storage storage = wiring.openStorage(null);
    AppServices services = wiring.services(bank, scorer, storage);
    CoachEngine engine = services.engine();
    RoutingDailyPublisher publisher = services.dailyPublisher();
    RoutingReminderPublisher reminderPublisher = services.reminderPublisher();
    DailyQuestionService daily = services.daily();
    ReminderService reminders = services.reminders();
    List<AutoCloseable> running = new ArrayList<>();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  for (int i = running.size() - 1; i >= 0; i--) {
                    closeQuietly(running.get(i));
                  }
                  storage.close();
                  stopped.countDown();
                },
                "starcoach-shutdown"));
    LOG.info("STAR Coach: {} questions, storage {}", bank.size(), storage.describe());
    if (!discordToken.isEmpty()) {
      AppConfig.DiscordSection d = config.discord();
      DiscordBot discord =
          wiring.discordBot(
              new DiscordSettings(
                  discordToken,
                  d.shardTotal(),
                  d.shardFrom(),
                  d.shardTo(),
                  d.devGuildId().isEmpty() ? null : parseGuild(d.devGuildId()),
                  null),
              services,
              storage);
      running.add(discord);
      try {
        discord.start();
      } catch (RuntimeException e) {
        throw new PlatformStartException("Discord", e);
      }
      publisher.register("discord", discord.dailyPublisher(), discord::serves);
      reminderPublisher.register("discord", discord.reminderPublisher());
      LOG.info(
          "Discord bot started (shards {}-{} of {})", d.shardFrom(), d.shardTo(), d.shardTotal());
    }
    if (slack.isPresent()) {
      SlackBot bot = wiring.slackBot(slack.get(), services, storage);
      publisher.register("slack", bot.dailyPublisher());
      reminderPublisher.register("slack", bot.reminderPublisher());
      running.add(bot);
      try {
        bot.start();
      } catch (RuntimeException e) {
        throw new PlatformStartException("Slack", e);
      }
      LOG.info("Slack bot started ({})", slack.get().socketMode() ? "Socket Mode" : "HTTP mode");
    }
    PeriodicJob dailyJob =
        new PeriodicJob(
            "daily",
            () ->
                daily
                    .tick()
                    .forEach(
                        o ->
                            LOG.info(
                                "daily question {} for {} on {}: {}{}",
                                o.questionId() == null ? "-" : o.questionId(),
                                o.place(),
                                o.occurrence(),
                                o.action(),
                                o.detail() == null ? "" : " (" + o.detail() + ")")));
    running.add(dailyJob);
    dailyJob.start(Duration.ZERO, Duration.ofSeconds(config.daily().tickSeconds()));
    PeriodicJob reminderJob =
        new PeriodicJob(
            "reminders",
            () ->
                reminders
                    .tick()
                    .forEach(
                        o ->
                            LOG.info(
                                "reminder for session {} ({}): {}{}",
                                o.sessionId(),
                                o.key().person().platform(),
                                o.action(),
                                o.detail() == null ? "" : " (" + o.detail() + ")")));
    running.add(reminderJob);
    // the first reminder run waits a minute, so the adapters are connected
    reminderJob.start(Duration.ofMinutes(1), Duration.ofMinutes(config.reminders().tickMinutes()));
    stopped.await();
    return 0;
  }

  private static Optional<SlackSettings> slackSettings(AppEnvironment env, AppConfig config) {
    Map<String, String> vars = new HashMap<>(env.env());
    vars.putIfAbsent("SLACK_PORT", String.valueOf(config.slack().port()));
    vars.putIfAbsent("SLACK_BIND_ADDRESS", config.slack().bindAddress());
    try {
      Optional<SlackSettings> settings = SlackSettings.fromEnvironment(vars);
      if (settings.isPresent()
          && !settings.get().socketMode()
          && settings.get().signingSecret() == null) {
        throw new Wiring.SetupException(
            "SLACK_SIGNING_SECRET is required for Slack HTTP mode (or set SLACK_APP_TOKEN for"
                + " Socket Mode)",
            null);
      }
      return settings;
    } catch (IllegalArgumentException e) {
      throw new Wiring.SetupException(e.getMessage(), e);
    }
  }

  private static Long parseGuild(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new Wiring.SetupException("discord.dev_guild_id: must be a numeric guild id", e);
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      LOG.warn("error while stopping: {}", e.toString());
    }
  }
}
