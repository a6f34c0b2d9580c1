package dev.starcoach.app;

import dev.starcoach.app.config.AppConfig;
import dev.starcoach.app.daily.RoutingDailyPublisher;
import dev.starcoach.app.remind.RoutingReminderPublisher;
import dev.starcoach.core.content.ContentLoader;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.content.TextFileLimits;
import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.place.PlaceCalendar;
import dev.starcoach.core.place.PlaceServices;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.core.remind.ReminderService;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.scoring.rules.RuleScorer;
import dev.starcoach.core.scoring.rules.ScoringRules;
import dev.starcoach.core.scoring.rules.ScoringRulesException;
import dev.starcoach.core.stats.ProgressService;
import dev.starcoach.discord.DiscordBot;
import dev.starcoach.discord.DiscordServices;
import dev.starcoach.discord.DiscordSettings;
import dev.starcoach.slack.CoachPort;
import dev.starcoach.slack.SlackBot;
import dev.starcoach.slack.SlackServices;
import dev.starcoach.slack.SlackSettings;
import dev.starcoach.storage.Storage;
import dev.starcoach.storage.StorageOpenException;
import dev.starcoach.storage.StorageSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The one place where the application's parts are built and connected: config, content, the scorer,
 * storage, the engine, and the adapters. Constructor injection everywhere; no framework.
 */
public final class Wiring {
  /** Environment variable that overrides {@code storage.url}. */
  public static final String DB_URL = "STARCOACH_DB_URL";

  /** A setup problem (config, content, rules) whose message names the file and key. */
  public static final class SetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SetupException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The database could not be opened at start. */
  public static final class StorageStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageStartException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final AppEnvironment environment;
  private final Supplier<AppConfig> config;

  public Wiring(AppEnvironment environment, Supplier<AppConfig> config) {
    this.environment = environment;
    this.config = config;
  }

  /** The process environment. */
  public AppEnvironment environment() {
    return environment;
  }

  /** The validated config. */
  public AppConfig config() {
    return config.get();
  }

  /** The configured content paths, resolved. */
  public List<Path> contentPaths() {
    return config().content().paths().stream().map(environment::resolve).toList();
  }

  /** Loads every configured content pack (fails with file, id and field on a bad pack). */
  public QuestionBank bank() {
    return new ContentLoader().load(contentPaths());
  }

  /** The rule-based scorer with the operator's rules file, or the bundled rules. */
  public Scorer scorer() {
    return new RuleScorer(rules());
  }

  /**
   * The scoring rules: the configured file; the bundled defaults when the default file is absent. A
   * file named in {@code scoring.rules} that does not exist, or is over the size or line limits, is
   * an error.
   */
  public ScoringRules rules() {
    String configured = config().scoring().rules();
    Path file = environment.resolve(configured);
    if (!Files.exists(file)) {
      if (!configured.equals(AppConfig.ScoringSection.DEFAULT_RULES)) {
        throw new SetupException("scoring.rules: " + file + ": no such file", null);
      }
      return ScoringRules.loadDefault();
    }
    TextFileLimits.RULES
        .problem(file)
        .ifPresent(
            problem -> {
              throw new SetupException("scoring.rules: " + file + ": " + problem, null);
            });
    try {
      return ScoringRules.load(file);
    } catch (ScoringRulesException e) {
      throw new SetupException(e.getMessage(), e);
    }
  }

  /**
   * Opens storage: {@code STARCOACH_DB_URL} or {@code storage.url} when set, otherwise a SQLite
   * file in {@code dataDir} (or the configured data folder).
   */
  public Storage openStorage(Path dataDir) {
    AppConfig.StorageSection s = config().storage();
    String url = environment.get(DB_URL).isEmpty() ? s.url() : environment.get(DB_URL);
    StorageSettings settings;
    try {
      if (url.isEmpty()) {
        Path dir = dataDir != null ? dataDir : environment.resolve(s.dataDir());
        settings = StorageSettings.sqliteIn(dir);
      } else {
        settings =
            new StorageSettings(
                url,
                blankToNull(environment.get("STARCOACH_DB_USER")),
                blankToNull(environment.get("STARCOACH_DB_PASSWORD")),
                s.poolSize(),
                s.cacheMaxSessions(),
                Duration.ofMinutes(s.cacheIdleMinutes()));
      }
      settings =
          settings
              .withPoolSize(s.poolSize())
              .withCache(s.cacheMaxSessions(), Duration.ofMinutes(s.cacheIdleMinutes()));
      return Storage.open(settings);
    } catch (IllegalArgumentException e) {
      throw new SetupException("storage: " + e.getMessage(), e);
    } catch (StorageOpenException e) {
      throw new StorageStartException(e.getMessage(), e);
    }
  }

  /** The engine over a bank, a scorer and storage, on the system clock. */
  public CoachEngine engine(QuestionBank bank, Scorer scorer, Storage storage) {
    return services(bank, scorer, storage).engine();
  }

  /**
   * Everything one process runs, on the system clock: the engine with its place services (daily
   * questions, stats, leaderboards, channel settings), the daily and reminder services, and the
   * routing publishers the chat adapters register with.
   */
  public AppServices services(QuestionBank bank, Scorer scorer, Storage storage) {
    AppConfig config = config();
    Clock clock = Clock.systemUTC();
    RoutingDailyPublisher dailyPublisher = new RoutingDailyPublisher();
    DailyQuestionService daily =
        new DailyQuestionService(
            bank,
            storage.schedules(),
            dailyPublisher,
            clock,
            instanceId(),
            Duration.ofMinutes(config.daily().catchUpMinutes()),
            dailyPublisher::serves);
    RoutingReminderPublisher reminderPublisher = new RoutingReminderPublisher();
    ReminderService reminders =
        new ReminderService(
            bank,
            storage.reminders(),
            reminderPublisher,
            clock,
            Duration.ofHours(config.reminders().afterHours()),
            reminderPublisher::serves);
    PlaceServices places =
        new PlaceServices(
            new DailyAdmin(storage.schedules(), daily, storage.places(), clock),
            new ProgressService(
                storage.coachStores().history(), storage.coachStores().settings(), clock),
            new PlaceCalendar(storage.places(), storage.schedules()));
    AppConfig.EngineSection e = config.engine();
    CoachEngine engine =
        new CoachEngine(
            bank,
            scorer,
            storage.coachStores(),
            places,
            clock,
            new SecureRandom(),
            new EngineSettings(e.maxAnswerChars(), e.recentWindow(), e.maxProbes()),
            storage.reminders());
    return new AppServices(engine, places, daily, reminders, dailyPublisher, reminderPublisher);
  }

  /** The Discord bot over the process's services. */
  public DiscordBot discordBot(DiscordSettings settings, AppServices services, Storage storage) {
    return new DiscordBot(
        settings,
        new DiscordServices(
            services.engine(),
            place -> storage.places().find(place).map(PlaceSettings::admins).orElse(Set.of()),
            owner -> storage.coachStores().stories().list(owner)),
        DiscordBot.workerPool(),
        storage.inbox(),
        instanceId());
  }

  /** The Slack bot over the process's services. */
  public SlackBot slackBot(SlackSettings settings, AppServices services, Storage storage) {
    return new SlackBot(
        settings,
        new SlackServices(
            CoachPort.of(services.engine()),
            place -> storage.places().find(place).map(PlaceSettings::admins).orElse(Set.of())),
        storage.inbox(),
        instanceId());
  }

  private static String instanceId() {
    String host;
    try {
      host = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "host";
    }
    return host + ":" + ProcessHandle.current().pid();
  }

  /** Adds the tool subcommands (score) that need the wiring. */
  void addToolCommands(CommandLine cli) {
    cli.addSubcommand(
        "score",
        new dev.starcoach.app.cli.ScoreCommand(
            environment.in(), environment.out(), environment.err()));
    cli.addSubcommand("bench", new dev.starcoach.app.cli.BenchCommand(this));
    cli.addSubcommand("rules", new dev.starcoach.app.cli.RulesCommand());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
