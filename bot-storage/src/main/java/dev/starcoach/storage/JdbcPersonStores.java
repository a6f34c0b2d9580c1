package dev.starcoach.storage;

import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.store.PersonDataEraser;
import dev.starcoach.core.store.PersonSettings;
import dev.starcoach.core.store.PersonSettingsStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Per-person settings ({@code person_settings}) and deleting everything about a person, including
 * their reminder opt-in, the reminder claims of their sessions, their story bank and their loop
 * rehearsals.
 */
final class JdbcPersonStores implements PersonSettingsStore, PersonDataEraser {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(JdbcPersonStores.class);

  private static final List<String> PERSON_TABLES =
      List.of(
          "scored_answer",
          "quiz_attempt",
          "practice_session",
          "person_settings",
          "reminder_opt_in");

  private final Database db;
  private final JdbcSessionStore sessions;
  private final Clock clock;

  JdbcPersonStores(Database db, JdbcSessionStore sessions, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<PersonSettings> find(PersonId person) {
    Objects.requireNonNull(person, "person");
    return db.read(
        "reading settings",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT level, zone FROM person_settings WHERE platform = ? AND user_id = ?")) {
            ps.setString(1, person.platform());
            ps.setString(2, person.userId());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              String zone = rs.getString(2);
              return Optional.of(
                  new PersonSettings(
                      person, Codec.level(rs.getString(1)), zone == null ? null : ZoneId.of(zone)));
            }
          }
        });
  }

  @Override
  public void save(PersonSettings settings) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(settings.level(), "level");
    db.read(
        "saving settings",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO person_settings (platform, user_id, level, zone, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, user_id) DO UPDATE SET"
                      + " level = excluded.level, zone = excluded.zone,"
                      + " updated_at = excluded.updated_at")) {
            ps.setString(1, settings.person().platform());
            ps.setString(2, settings.person().userId());
            ps.setString(3, settings.level().id());
            ps.setString(4, settings.zone() == null ? null : settings.zone().getId());
            ps.setString(5, Codec.instant(clock.instant()));
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public int forget(PersonId person) {
    Objects.requireNonNull(person, "person");
    int removed;
    try {
      removed =
          db.transaction(
              "deleting a person's data",
              c -> {
                int n = deleteReminderClaims(c, person);
                n += JdbcStoryStore.deleteAll(c, person);
                n += JdbcLoopStore.deleteAll(c, person);
                for (String table : PERSON_TABLES) {
                  n += delete(c, table, person);
                }
                return n;
              });
    } finally {
      sessions.evictPerson(person);
    }
    if (!db.eraseResidue()) {
      LOG.warn(
          "Forget: the data is deleted, but the SQLite write-ahead log could not be truncated yet"
              + " (readers kept it busy); it is overwritten by later writes");
    }
    return removed;
  }

  private static int deleteReminderClaims(Connection c, PersonId person) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "DELETE FROM reminder_sent WHERE session_id IN (SELECT id FROM practice_session"
                + " WHERE platform = ? AND user_id = ?)")) {
      ps.setString(1, person.platform());
      ps.setString(2, person.userId());
      return ps.executeUpdate();
    }
  }

  private static int delete(Connection c, String table, PersonId person) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM " + table + " WHERE platform = ? AND user_id = ?")) {
      ps.setString(1, person.platform());
      ps.setString(2, person.userId());
      return ps.executeUpdate();
    }
  }
}
