package dev.starcoach.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.starcoach.core.store.StorageUnavailableException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** The connection pool, the migrations, and the one place SQL failures are translated. */
final class Database implements AutoCloseable {

  /** The two databases the one schema runs on. */
  enum Dialect {
    SQLITE("INTEGER PRIMARY KEY"),
    POSTGRESQL("BIGSERIAL PRIMARY KEY");

    private final String serialPrimaryKey;

    Dialect(String serialPrimaryKey) {
      this.serialPrimaryKey = serialPrimaryKey;
    }
  }

  /** Work on one connection. */
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private static final int SQLITE_CONSTRAINT = 19;

  /**
   * SQLite pragmas set on every connection unless the URL names them ({@code ?synchronous=FULL}).
   * WAL with synchronous NORMAL keeps every committed transaction through a process crash; only a
   * power loss or OS crash can roll back the last few.
   */
  /**
   * Pages the WAL may grow to (4 KB each, so about 40 MB) before a commit checkpoints it into the
   * database file. SQLite's default of 1,000 made one writer stall on checkpoint fsyncs every few
   * hundred commits; see docs/perf/storage.md.
   */
  private static final int SQLITE_WAL_CHECKPOINT_PAGES = 10_000;

  private static final Map<String, String> SQLITE_DEFAULTS =
      Map.of(
          "journal_mode", "WAL",
          "synchronous", "NORMAL",
          "busy_timeout", "10000",
          "foreign_keys", "true",
          // deleted rows are overwritten with zeros, so forgotten text leaves no trace in the file
          "secure_delete", "true");

  private final HikariDataSource pool;
  private final Dialect dialect;
  private final String where;
  private final StorageSettings settings;

  private Database(HikariDataSource pool, Dialect dialect, String where, StorageSettings settings) {
    this.pool = pool;
    this.dialect = dialect;
    this.where = where;
    this.settings = settings;
  }

  /** Opens the pool (failing fast when the database cannot be reached) and migrates. */
  static Database open(StorageSettings settings) {
    Dialect dialect = settings.isPostgres() ? Dialect.POSTGRESQL : Dialect.SQLITE;
    String where = settings.safeUrl();
    HikariConfig config = new HikariConfig();
    config.setPoolName("starcoach-db");
    config.setJdbcUrl(settings.url());
    config.setMaximumPoolSize(settings.poolSize());
    config.setMinimumIdle(Math.min(2, settings.poolSize()));
    config.setConnectionTimeout(5_000);
    config.setValidationTimeout(2_000);
    config.setInitializationFailTimeout(1);
    if (dialect == Dialect.SQLITE) {
      Path file = settings.sqliteFile().orElseThrow();
      createParent(file, where);
      config.setDriverClassName("org.sqlite.JDBC");
      config.setConnectionInitSql("PRAGMA wal_autocheckpoint=" + SQLITE_WAL_CHECKPOINT_PAGES);
      Set<String> inUrl = queryKeys(settings.url());
      SQLITE_DEFAULTS.forEach(
          (pragma, value) -> {
            if (!inUrl.contains(pragma)) {
              config.addDataSourceProperty(pragma, value);
            }
          });
    } else {
      config.setDriverClassName("org.postgresql.Driver");
      if (settings.user() != null) {
        config.setUsername(settings.user());
      }
      if (settings.password() != null) {
        config.setPassword(settings.password());
      }
      config.addDataSourceProperty("connectTimeout", "5");
      config.addDataSourceProperty("ApplicationName", "starcoach");
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      // PoolInitializationException, or a driver refusing the URL: the driver's words may hold the
      // password, so they are redacted, and the cause is dropped when it held a secret
      String reason = rootMessage(e);
      String safe = settings.redactSecrets(reason);
      throw new StorageOpenException(
          "Cannot open the database at "
              + where
              + (settings.user() == null ? "" : " as user " + settings.user())
              + ": "
              + safe,
          safe.equals(reason) ? e : null);
    }
    Database db = new Database(pool, dialect, where, settings);
    try {
      db.migrate();
    } catch (FlywayException e) {
      pool.close();
      throw new StorageOpenException(
          "Cannot migrate the database at " + where + ": " + settings.redactSecrets(rootMessage(e)),
          e);
    }
    return db;
  }

  private static Set<String> queryKeys(String url) {
    int query = url.indexOf('?');
    Set<String> keys = new HashSet<>();
    if (query >= 0) {
      for (String pair : url.substring(query + 1).split("&")) {
        int eq = pair.indexOf('=');
        keys.add((eq >= 0 ? pair.substring(0, eq) : pair).strip().toLowerCase(Locale.ROOT));
      }
    }
    return keys;
  }

  private void migrate() {
    Flyway.configure()
        .dataSource(pool)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .placeholders(Map.of("serial_pk", dialect.serialPrimaryKey))
        .load()
        .migrate();
  }

  private static void createParent(Path file, String where) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null) {
      return;
    }
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new StorageOpenException(
          "Cannot create the data directory " + parent + " for " + where + ": " + e, e);
    }
  }

  Dialect dialect() {
    return dialect;
  }

  /** The URL without a password. */
  String where() {
    return where;
  }

  /** Runs work on a connection in autocommit mode. */
  <T> T read(String doing, Work<T> work) {
    try (Connection c = pool.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw unavailable(doing, e);
    }
  }

  /**
   * Runs work in one transaction: committed when it returns, rolled back when it throws. A
   * RuntimeException from the work (such as a lost compare-and-set) passes through unchanged.
   */
  <T> T transaction(String doing, Work<T> work) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw unavailable(doing, e);
    }
  }

  /**
   * After deleting someone's data: on SQLite, checkpoints the write-ahead log into the database
   * file and truncates it to zero bytes, so the old page images that still held the deleted text
   * are gone from the WAL too (the deletion itself already zeroed it in the file: {@code
   * secure_delete}). Tries a few times while readers hold the log. On PostgreSQL it does nothing:
   * the rows are deleted, and their space is reclaimed by (auto)vacuum, see docs/storage.md.
   *
   * @return true when nothing of the deleted text can remain in the SQLite files (always true on
   *     PostgreSQL, where it is not a file this process controls)
   */
  boolean eraseResidue() {
    if (dialect != Dialect.SQLITE) {
      return true;
    }
    for (int attempt = 0; attempt < 20; attempt++) {
      boolean done =
          read(
              "checkpointing the write-ahead log",
              c -> {
                try (java.sql.Statement st = c.createStatement();
                    java.sql.ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                  // (busy, frames in the log, frames checkpointed); busy = 0 means it completed
                  return rs.next() && rs.getInt(1) == 0;
                }
              });
      if (done) {
        return true;
      }
      try {
        Thread.sleep(50L * (attempt + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  /** True when the failure is a broken uniqueness or other integrity rule. */
  boolean isConstraintViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && state.startsWith("23")) {
          return true;
        }
        if (dialect == Dialect.SQLITE && (sql.getErrorCode() & 0xff) == SQLITE_CONSTRAINT) {
          return true;
        }
      }
    }
    return false;
  }

  StorageUnavailableException unavailable(String doing, SQLException e) {
    return new StorageUnavailableException(
        "Storage failed while "
            + doing
            + " ("
            + where
            + "): "
            + settings.redactSecrets(rootMessage(e)),
        e);
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message;
  }

  @Override
  public void close() {
    pool.close();
  }
}
