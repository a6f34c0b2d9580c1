package dev.starcoach.storage;

import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.store.ReminderStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reminder opt-ins ({@code reminder_opt_in}) and claims ({@code reminder_sent}, whose unique
 * session id makes a claim exactly-once: the one INSERT that gets in wins, every other does
 * nothing). Idle sessions are read from {@code practice_session} directly, never from the cache.
 */
final class JdbcReminderStore implements ReminderStore {
  private final Database db;
  private final Clock clock;

  JdbcReminderStore(Database db, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public boolean optedIn(PersonId person) {
    Objects.requireNonNull(person, "person");
    return db.read(
        "reading a reminder opt-in",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT 1 FROM reminder_opt_in WHERE platform = ? AND user_id = ?")) {
            ps.setString(1, person.platform());
            ps.setString(2, person.userId());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  @Override
  public void setOptIn(PersonId person, boolean on) {
    Objects.requireNonNull(person, "person");
    db.read(
        on ? "turning reminders on" : "turning reminders off",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  on
                      ? "INSERT INTO reminder_opt_in (platform, user_id, opted_in_at)"
                          + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
                      : "DELETE FROM reminder_opt_in WHERE platform = ? AND user_id = ?")) {
            ps.setString(1, person.platform());
            ps.setString(2, person.userId());
            if (on) {
              ps.setString(3, Codec.instant(clock.instant()));
            }
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public List<PracticeSession> unfinishedSince(Instant idleBefore, int limit) {
    Objects.requireNonNull(idleBefore, "idleBefore");
    if (limit < 1) {
      return List.of();
    }
    return db.read(
        "reading unfinished sessions",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + JdbcSessionStore.COLUMNS
                      + " FROM practice_session s WHERE s.is_open = 1 AND s.updated_at < ?"
                      + " AND EXISTS (SELECT 1 FROM reminder_opt_in o"
                      + " WHERE o.platform = s.platform AND o.user_id = s.user_id)"
                      + " AND NOT EXISTS (SELECT 1 FROM reminder_sent r WHERE r.session_id = s.id)"
                      + " ORDER BY s.updated_at, s.seq LIMIT ?")) {
            ps.setString(1, Codec.instant(idleBefore));
            ps.setInt(2, limit);
            List<PracticeSession> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(JdbcSessionStore.session(rs));
              }
            }
            return out;
          }
        });
  }

  @Override
  public boolean claimReminder(String sessionId, Instant now) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(now, "now");
    return db.read(
        "claiming a reminder",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO reminder_sent (session_id, sent_at) VALUES (?, ?)"
                      + " ON CONFLICT DO NOTHING")) {
            ps.setString(1, sessionId);
            ps.setString(2, Codec.instant(now));
            return ps.executeUpdate() == 1;
          }
        });
  }
}
