package dev.starcoach.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the database and how much to cache.
 *
 * @param url a {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql:} URL
 * @param user the database user (PostgreSQL), or null
 * @param password the database password (PostgreSQL), or null; never printed
 * @param poolSize the most connections kept open
 * @param cacheMaxSessions the most open sessions kept in memory; 0 turns the cache off
 * @param cacheIdle how long an untouched session stays cached
 */
public record StorageSettings(
    String url,
    String user,
    String password,
    int poolSize,
    int cacheMaxSessions,
    Duration cacheIdle) {

  /** The SQLite file name inside the data directory. */
  public static final String SQLITE_FILE = "starcoach.db";

  /** The default data directory, {@code ./data}. */
  public static final Path DEFAULT_DATA_DIR = Path.of("data");

  private static final String SQLITE_PREFIX = "jdbc:sqlite:";
  private static final String POSTGRES_PREFIX = "jdbc:postgresql:";

  public StorageSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(cacheIdle, "cacheIdle");
    url = url.strip();
    if (!url.startsWith(SQLITE_PREFIX) && !url.startsWith(POSTGRES_PREFIX)) {
      throw new IllegalArgumentException(
          "storage.url must start with jdbc:sqlite: or jdbc:postgresql:, got "
              + redact(url.length() > 40 ? url.substring(0, 40) + "..." : url));
    }
    if (url.startsWith(SQLITE_PREFIX)) {
      String file = sqlitePath(url);
      if (file.isBlank()
          || file.startsWith(":memory:")
          || url.toLowerCase(Locale.ROOT).contains("mode=memory")) {
        throw new IllegalArgumentException(
            "storage.url must name a SQLite file (an in-memory database would lose everything)");
      }
    }
    if (poolSize < 1) {
      throw new IllegalArgumentException("storage pool size must be at least 1, got " + poolSize);
    }
    if (cacheMaxSessions < 0) {
      throw new IllegalArgumentException(
          "storage cache size must be 0 (off) or more, got " + cacheMaxSessions);
    }
    if (cacheIdle.isNegative() || cacheIdle.isZero()) {
      throw new IllegalArgumentException("storage cache idle time must be positive");
    }
  }

  /** The embedded default: {@code DIR/starcoach.db}, a small pool, 10,000 cached sessions. */
  public static StorageSettings sqliteIn(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    return new StorageSettings(
        SQLITE_PREFIX + dataDir.resolve(SQLITE_FILE),
        null,
        null,
        4,
        10_000,
        Duration.ofMinutes(30));
  }

  /** The default for a PostgreSQL URL: 10 connections, 10,000 cached sessions. */
  public static StorageSettings postgres(String url, String user, String password) {
    return new StorageSettings(url, user, password, 10, 10_000, Duration.ofMinutes(30));
  }

  /** A copy with another pool size. */
  public StorageSettings withPoolSize(int size) {
    return new StorageSettings(url, user, password, size, cacheMaxSessions, cacheIdle);
  }

  /** A copy with another cache size and idle time. */
  public StorageSettings withCache(int maxSessions, Duration idle) {
    return new StorageSettings(url, user, password, poolSize, maxSessions, idle);
  }

  /** True for a PostgreSQL URL. */
  public boolean isPostgres() {
    return url.startsWith(POSTGRES_PREFIX);
  }

  /** The SQLite database file, for a SQLite URL. */
  public Optional<Path> sqliteFile() {
    return isPostgres() ? Optional.empty() : Optional.of(Path.of(sqlitePath(url)));
  }

  /** The URL with any password parameter masked, safe for logs and error messages. */
  public String safeUrl() {
    return redact(url);
  }

  /**
   * The text with every secret masked: the password itself wherever it appears (driver messages
   * sometimes echo it), a {@code user:password@} part and a {@code password=} parameter of any URL.
   */
  public String redactSecrets(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    if (password != null && !password.isEmpty()) {
      out = out.replace(password, "***");
    }
    return redact(out);
  }

  /** Never shows the password. */
  @Override
  public String toString() {
    return "StorageSettings[url="
        + safeUrl()
        + ", user="
        + user
        + ", password="
        + (password == null ? "none" : "***")
        + ", poolSize="
        + poolSize
        + ", cacheMaxSessions="
        + cacheMaxSessions
        + ", cacheIdle="
        + cacheIdle
        + "]";
  }

  private static String sqlitePath(String url) {
    String rest = url.substring(SQLITE_PREFIX.length());
    int query = rest.indexOf('?');
    if (query >= 0) {
      rest = rest.substring(0, query);
    }
    if (rest.startsWith("file:")) {
      rest = rest.substring("file:".length());
    }
    return rest;
  }

  private static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&;\\s]*", "$1***")
        .replaceAll("(//[^/:@\\s]*:)[^@/\\s]*@", "$1***@");
  }
}
