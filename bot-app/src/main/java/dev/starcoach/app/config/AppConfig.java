package dev.starcoach.app.config;

import java.util.List;

/**
 * The whole application config, as read from {@code config/starcoach.yaml}. Every section has
 * defaults, so an empty or missing file is a valid config. Secrets are never here: they come from
 * environment variables only.
 */
public record AppConfig(
    ContentSection content,
    ScoringSection scoring,
    EngineSection engine,
    StorageSection storage,
    DiscordSection discord,
    SlackSection slack,
    DailySection daily,
    RemindersSection reminders) {

  public AppConfig {
    content = content == null ? new ContentSection(null) : content;
    scoring = scoring == null ? new ScoringSection(null) : scoring;
    engine = engine == null ? new EngineSection(null, null, null) : engine;
    storage = storage == null ? new StorageSection(null, null, null, null, null) : storage;
    discord = discord == null ? new DiscordSection(null, null, null, null) : discord;
    slack = slack == null ? new SlackSection(null, null) : slack;
    daily = daily == null ? new DailySection(null, null) : daily;
    reminders = reminders == null ? new RemindersSection(null, null) : reminders;
  }

  /** The defaults used when there is no config file. */
  public static AppConfig defaults() {
    return new AppConfig(null, null, null, null, null, null, null, null);
  }

  /** Where questions come from: files or folders of YAML packs, loaded together. */
  public record ContentSection(List<String> paths) {
    public ContentSection {
      paths = paths == null || paths.isEmpty() ? List.of("config/content") : List.copyOf(paths);
    }
  }

  /** The scoring rules file (phrase lists and weights). */
  public record ScoringSection(String rules) {
    /** The rules file when none is set; the bundled rules are used when it does not exist. */
    public static final String DEFAULT_RULES = "config/scoring-rules.yaml";

    public ScoringSection {
      rules = rules == null || rules.isBlank() ? DEFAULT_RULES : rules;
    }
  }

  /** Engine tunables. */
  public record EngineSection(Integer maxAnswerChars, Integer recentWindow, Integer maxProbes) {
    public EngineSection {
      maxAnswerChars = maxAnswerChars == null ? 4000 : maxAnswerChars;
      recentWindow = recentWindow == null ? 10 : recentWindow;
      maxProbes = maxProbes == null ? 3 : maxProbes;
    }
  }

  /**
   * Storage: an empty {@code url} means a SQLite file in {@code dataDir}. The URL may also come
   * from {@code STARCOACH_DB_URL}; user and password only from the environment.
   */
  public record StorageSection(
      String url,
      String dataDir,
      Integer poolSize,
      Integer cacheMaxSessions,
      Integer cacheIdleMinutes) {
    public StorageSection {
      url = url == null ? "" : url.strip();
      dataDir = dataDir == null || dataDir.isBlank() ? "data" : dataDir;
      poolSize = poolSize == null ? 4 : poolSize;
      cacheMaxSessions = cacheMaxSessions == null ? 100_000 : cacheMaxSessions;
      cacheIdleMinutes = cacheIdleMinutes == null ? 30 : cacheIdleMinutes;
    }
  }

  /** Discord sharding and development settings (the token comes from DISCORD_TOKEN). */
  public record DiscordSection(
      Integer shardTotal, Integer shardFrom, Integer shardTo, String devGuildId) {
    public DiscordSection {
      shardTotal = shardTotal == null ? 1 : shardTotal;
      shardFrom = shardFrom == null ? 0 : shardFrom;
      shardTo = shardTo == null ? shardTotal - 1 : shardTo;
      devGuildId = devGuildId == null ? "" : devGuildId.strip();
    }
  }

  /**
   * Daily questions: how late a missed post may still be caught up after downtime, and how often
   * the scheduler looks for due posts.
   */
  public record DailySection(Integer catchUpMinutes, Integer tickSeconds) {
    public DailySection {
      catchUpMinutes = catchUpMinutes == null ? 120 : catchUpMinutes;
      tickSeconds = tickSeconds == null ? 30 : tickSeconds;
    }
  }

  /**
   * Reminders of unfinished practices (for people who opted in): how long a practice must be left
   * before its one reminder, and how often the reminder service looks for such practices.
   */
  public record RemindersSection(Integer afterHours, Integer tickMinutes) {
    public RemindersSection {
      afterHours = afterHours == null ? 24 : afterHours;
      tickMinutes = tickMinutes == null ? 5 : tickMinutes;
    }
  }

  /**
   * Slack HTTP mode: the port and the address it listens on (tokens come from SLACK_* environment
   * variables). The default address is loopback: a TLS-terminating reverse proxy on the same host
   * forwards Slack's requests to it; {@code 0.0.0.0} listens on every interface.
   */
  public record SlackSection(Integer port, String bindAddress) {
    public SlackSection {
      port = port == null ? 3000 : port;
      bindAddress = bindAddress == null ? "127.0.0.1" : bindAddress.strip();
    }
  }
}
