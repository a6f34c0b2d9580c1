package dev.starcoach.storage;

import dev.starcoach.core.inbox.EventInbox;
import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PlaceSettingsStore;
import dev.starcoach.core.store.ReminderStore;
import java.time.Clock;
import java.util.Objects;

/**
 * The open database: a connection pool, the migrated schema, and every store over it. Open one per
 * process with {@link #open(StorageSettings)} and close it on shutdown.
 *
 * <pre>{@code
 * try (Storage storage = Storage.open(StorageSettings.sqliteIn(Path.of("data")))) {
 *   CoachEngine engine = new CoachEngine(bank, scorer, storage.coachStores(), clock, random, s);
 *   ...
 * }
 * }</pre>
 */
public final class Storage implements AutoCloseable {
  private static final int SQLITE_READONLY = 8;
  private final StorageSettings settings;
  private final Database db;
  private final JdbcSessionStore sessions;
  private final CoachStores coachStores;
  private final JdbcScheduleStore schedules;
  private final JdbcPlaceSettingsStore places;
  private final JdbcReminderStore reminders;
  private final JdbcEventInbox inbox;

  private Storage(StorageSettings settings, Database db, Clock clock) {
    this.settings = settings;
    this.db = db;
    this.sessions = new JdbcSessionStore(db, settings.cacheMaxSessions(), settings.cacheIdle());
    JdbcHistory history = new JdbcHistory(db);
    JdbcPersonStores people = new JdbcPersonStores(db, sessions, clock);
    this.coachStores =
        new CoachStores(
            sessions,
            history,
            history,
            people,
            people,
            new JdbcStoryStore(db),
            new JdbcLoopStore(db));
    this.schedules = new JdbcScheduleStore(db, clock);
    this.places = new JdbcPlaceSettingsStore(db, clock);
    this.reminders = new JdbcReminderStore(db, clock);
    this.inbox = new JdbcEventInbox(db);
  }

  /**
   * Opens the database, creating the SQLite file's directory when needed, and migrates the schema
   * to the latest version.
   *
   * @throws StorageOpenException when the database cannot be reached or migrated; the message names
   *     the URL (never the password) and the reason
   */
  public static Storage open(StorageSettings settings) {
    return open(settings, Clock.systemUTC());
  }

  /**
   * As {@link #open(StorageSettings)}, with the clock used for bookkeeping timestamps ({@code
   * updated_at} of settings and schedules).
   */
  public static Storage open(StorageSettings settings, Clock clock) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(clock, "clock");
    return new Storage(settings, Database.open(settings), clock);
  }

  /** The stores the engine needs. */
  public CoachStores coachStores() {
    return coachStores;
  }

  /** Daily question schedules and their exactly-once post claims. */
  public DailyScheduleStore schedules() {
    return schedules;
  }

  /** Per-place settings. */
  public PlaceSettingsStore places() {
    return places;
  }

  /** Reminder opt-ins and the exactly-once claims of reminders of unfinished practices. */
  public ReminderStore reminders() {
    return reminders;
  }

  /**
   * The durable inbox of platform events: written before an event is acknowledged, shared by every
   * instance on this database for de-duplication and resuming.
   */
  public EventInbox inbox() {
    return inbox;
  }

  /** The settings it was opened with. */
  public StorageSettings settings() {
    return settings;
  }

  /**
   * Why the database takes no writes, or empty when it does. Tells an unwritable database (a
   * read-only or immutable SQLite file, a read-only connection, a PostgreSQL standby) apart from an
   * unreachable one: it asks the database to write (on SQLite, its header's {@code user_version}
   * rewritten with the same value; on PostgreSQL, whether transactions are read-only), so a failure
   * that is not about writing is reported by the usual {@link
   * dev.starcoach.core.store.StorageUnavailableException}.
   */
  public java.util.Optional<String> unwritable() {
    return db.read(
        "checking that the database takes writes",
        c -> {
          try (java.sql.Statement st = c.createStatement()) {
            if (db.dialect() == Database.Dialect.POSTGRESQL) {
              try (java.sql.ResultSet rs = st.executeQuery("SHOW transaction_read_only")) {
                return rs.next() && "on".equalsIgnoreCase(rs.getString(1))
                    ? java.util.Optional.of("the PostgreSQL server only allows reading")
                    : java.util.Optional.<String>empty();
              }
            }
            int version;
            try (java.sql.ResultSet rs = st.executeQuery("PRAGMA user_version")) {
              version = rs.next() ? rs.getInt(1) : 0;
            }
            try {
              st.execute("PRAGMA user_version = " + version);
              return java.util.Optional.<String>empty();
            } catch (java.sql.SQLException e) {
              if ((e.getErrorCode() & 0xff) == SQLITE_READONLY) {
                return java.util.Optional.of(
                    "the database file cannot be written (it is read-only or immutable)");
              }
              throw e;
            }
          }
        });
  }

  /**
   * What it is connected to, for a start-up log line: "SQLite FILE" or the URL without password.
   */
  public String describe() {
    return settings.sqliteFile().map(f -> "SQLite " + f.toAbsolutePath()).orElse(db.where());
  }

  /** How many open sessions the cache holds now (approximate). */
  public long cachedSessions() {
    return sessions.cachedCount();
  }

  /** The pool and dialect underneath, for tests in this package. */
  Database database() {
    return db;
  }

  /** Closes the pool. Everything was committed already; nothing is flushed here. */
  @Override
  public void close() {
    db.close();
  }
}
