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
