package dev.starcoach.storage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.ScoredAnswer;
import dev.starcoach.core.store.SessionStore;
import dev.starcoach.core.store.StaleSessionException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sessions in the {@code practice_session} table, with a Caffeine cache in front of open-session
 * lookups.
 *
 * <p>The cache is written through: it is updated only after a commit succeeded, so the database is
 * always the truth and an evicted or missed entry is simply read again. A cached session is served
 * only after a one-column version probe confirms the row is still open at that version, so another
 * instance's write is never hidden by a stale entry; what the cache saves is reading and parsing
 * the row with its answers. A lost compare-and-set evicts the key.
 */
final class JdbcSessionStore implements SessionStore {
  static final String COLUMNS =
      "id, platform, user_id, place, mode, question_id, level, phase, position, probe_plan,"
          + " probes, answers, quiz_correct, is_open, started_at, prompted_at, updated_at, version";

  private static final String INSERT =
      "INSERT INTO practice_session ("
          + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT DO NOTHING";

  private static final String UPDATE =
      "UPDATE practice_session SET mode = ?, question_id = ?, level = ?, phase = ?, position = ?,"
          + " probe_plan = ?, probes = ?, answers = ?, quiz_correct = ?, is_open = ?,"
          + " prompted_at = ?,"
          + " updated_at = ?, version = ? WHERE id = ? AND version = ?";

  private static final String INSERT_ANSWER =
      "INSERT INTO scored_answer (id, session_id, platform, user_id, place, question_id,"
          + " principle, mode, kind, level, answer_text, score, spoken_seconds, target_seconds,"
          + " reply_millis, findings, answered_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /**
   * PostgreSQL only: the compare-and-set update and the one answer it brings in a single statement
   * (so a single round trip and an implicit transaction). The answer row is inserted only when the
   * update matched, so the statement inserts 1 row or, for a stale writer, none.
   */
  private static final String UPDATE_WITH_ANSWER =
      "WITH moved AS ("
          + UPDATE
          + " RETURNING id) INSERT INTO scored_answer (id, session_id, platform, user_id, place,"
          + " question_id, principle, mode, kind, level, answer_text, score, spoken_seconds,"
          + " target_seconds, reply_millis, findings, answered_at)"
          + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM moved";

  private final Database db;
  private final Cache<SessionKey, PracticeSession> cache;

  JdbcSessionStore(Database db, int cacheMaxSessions, Duration cacheIdle) {
    this.db = Objects.requireNonNull(db, "db");
    this.cache =
        cacheMaxSessions == 0
            ? null
            : Caffeine.newBuilder()
                .maximumSize(cacheMaxSessions)
                .expireAfterAccess(cacheIdle)
                .build();
  }

  @Override
  public Optional<PracticeSession> findOpen(SessionKey key) {
    Objects.requireNonNull(key, "key");
    PracticeSession cached = cache == null ? null : cache.getIfPresent(key);
    return db.read(
        "reading the open session",
        c -> {
          if (cached != null) {
            if (openVersion(c, cached.id()) == cached.version()) {
              return Optional.of(cached);
            }
            cache.asMap().remove(key, cached);
          }
          Optional<PracticeSession> loaded = loadOpen(c, key);
          if (cache != null) {
            loaded.ifPresent(s -> cache.put(s.key(), s));
          }
          return loaded;
        });
  }

  private static long openVersion(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT version FROM practice_session WHERE id = ? AND is_open = 1")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : -1;
      }
    }
  }

  private static Optional<PracticeSession> loadOpen(Connection c, SessionKey key)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM practice_session"
                + " WHERE platform = ? AND user_id = ? AND place = ? AND is_open = 1")) {
      ps.setString(1, key.person().platform());
      ps.setString(2, key.person().userId());
      ps.setString(3, key.place());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(session(rs)) : Optional.empty();
      }
    }
  }

  @Override
  public PracticeSession save(PracticeSession session, List<ScoredAnswer> newAnswers) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(newAnswers, "newAnswers");
    PracticeSession next = session.withVersion(session.version() + 1);
    boolean oneStatement =
        db.dialect() == Database.Dialect.POSTGRESQL
            && session.version() > 0
            && newAnswers.size() == 1;
    Database.Work<Void> write =
        c -> {
          try {
            if (oneStatement) {
              if (updateWithAnswer(c, next, session.version(), newAnswers.get(0)) != 1) {
                throw stale(session, null);
              }
              return null;
            }
            int rows =
                session.version() == 0 ? insert(c, next) : update(c, next, session.version());
            if (rows != 1) {
              throw stale(session, null);
            }
            appendAnswers(c, newAnswers);
            return null;
          } catch (SQLException e) {
            if (db.isConstraintViolation(e)) {
              throw stale(session, e.getMessage());
            }
            throw e;
          }
        };
    try {
      if (oneStatement) {
        db.read("saving a session", write);
      } else {
        db.transaction("saving a session", write);
      }
    } catch (RuntimeException e) {
      evict(session.key());
      throw e;
    }
    if (cache != null) {
      if (next.isOpen()) {
        cache.put(next.key(), next);
      } else {
        cache.invalidate(next.key());
      }
    }
    return next;
  }

  private static StaleSessionException stale(PracticeSession session, String detail) {
    String what =
        session.version() == 0
            ? "an open session already exists for " + session.key()
            : "session " + session.id() + " is no longer at version " + session.version();
    return new StaleSessionException(detail == null ? what : what + " (" + detail + ")");
  }

  private static int insert(Connection c, PracticeSession s) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      int i = 1;
      ps.setString(i++, s.id());
      ps.setString(i++, s.key().person().platform());
      ps.setString(i++, s.key().person().userId());
      ps.setString(i++, s.key().place());
      ps.setString(i++, s.mode().id());
      ps.setString(i++, s.questionId());
      ps.setString(i++, s.level().id());
      ps.setString(i++, Codec.id(s.phase()));
      ps.setInt(i++, s.position());
      ps.setString(i++, Codec.intList(s.probePlan()));
      ps.setString(i++, Codec.probes(s.probes()));
      ps.setString(i++, Codec.answers(s.answers()));
      ps.setInt(i++, s.quizCorrect());
      ps.setInt(i++, s.isOpen() ? 1 : 0);
      ps.setString(i++, Codec.instant(s.startedAt()));
      ps.setString(i++, Codec.instant(s.promptedAt()));
      ps.setString(i++, Codec.instant(s.updatedAt()));
      ps.setLong(i, s.version());
      return ps.executeUpdate();
    }
  }

  private static int update(Connection c, PracticeSession s, long expected) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
      bindUpdate(ps, s, expected);
      return ps.executeUpdate();
    }
  }

  private static int updateWithAnswer(
      Connection c, PracticeSession s, long expected, ScoredAnswer answer) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(UPDATE_WITH_ANSWER)) {
      int next = bindUpdate(ps, s, expected);
      bindAnswer(ps, next, answer);
      return ps.executeUpdate();
    }
  }

  /** Binds the UPDATE's parameters; returns the next parameter index. */
  private static int bindUpdate(PreparedStatement ps, PracticeSession s, long expected)
      throws SQLException {
    int i = 1;
    ps.setString(i++, s.mode().id());
    ps.setString(i++, s.questionId());
    ps.setString(i++, s.level().id());
    ps.setString(i++, Codec.id(s.phase()));
    ps.setInt(i++, s.position());
    ps.setString(i++, Codec.intList(s.probePlan()));
    ps.setString(i++, Codec.probes(s.probes()));
    ps.setString(i++, Codec.answers(s.answers()));
    ps.setInt(i++, s.quizCorrect());
    ps.setInt(i++, s.isOpen() ? 1 : 0);
    ps.setString(i++, Codec.instant(s.promptedAt()));
    ps.setString(i++, Codec.instant(s.updatedAt()));
    ps.setLong(i++, s.version());
    ps.setString(i++, s.id());
    ps.setLong(i++, expected);
    return i;
  }

  private static void appendAnswers(Connection c, List<ScoredAnswer> answers) throws SQLException {
    if (answers.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_ANSWER)) {
      for (ScoredAnswer a : answers) {
        bindAnswer(ps, 1, a);
        if (answers.size() == 1) {
          ps.executeUpdate();
        } else {
          ps.addBatch();
        }
      }
      if (answers.size() > 1) {
        ps.executeBatch();
      }
    }
  }

  private static void bindAnswer(PreparedStatement ps, int first, ScoredAnswer a)
      throws SQLException {
    int i = first;
    ps.setString(i++, a.id());
    ps.setString(i++, a.sessionId());
    ps.setString(i++, a.key().person().platform());
    ps.setString(i++, a.key().person().userId());
    ps.setString(i++, a.key().place());
    ps.setString(i++, a.questionId());
    ps.setString(i++, a.principle().id());
    ps.setString(i++, a.mode().id());
    ps.setString(i++, a.kind().id());
    ps.setString(i++, a.level().id());
    ps.setString(i++, a.text());
    ps.setInt(i++, a.score());
    ps.setDouble(i++, a.spokenSeconds());
    ps.setInt(i++, a.targetSeconds());
    ps.setLong(i++, a.replyMillis());
    ps.setString(i++, Codec.findings(a.findings()));
    ps.setString(i, Codec.instant(a.answeredAt()));
  }

  @Override
  public List<PracticeSession> sessionsOf(PersonId person) {
    Objects.requireNonNull(person, "person");
    return db.read(
        "reading sessions",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM practice_session WHERE platform = ? AND user_id = ? ORDER BY seq")) {
            ps.setString(1, person.platform());
            ps.setString(2, person.userId());
            List<PracticeSession> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(session(rs));
              }
            }
            return out;
          }
        });
  }

  /** Drops every cached session of a person (after their data was deleted). */
  void evictPerson(PersonId person) {
    if (cache != null) {
      cache.asMap().keySet().removeIf(k -> k.person().equals(person));
    }
  }

  /** How many sessions are cached now (approximate, for diagnostics and the benchmark). */
  long cachedCount() {
    if (cache == null) {
      return 0;
    }
    cache.cleanUp();
    return cache.estimatedSize();
  }

  private void evict(SessionKey key) {
    if (cache != null) {
      cache.invalidate(key);
    }
  }

  static PracticeSession session(ResultSet rs) throws SQLException {
    SessionKey key =
        SessionKey.of(rs.getString("platform"), rs.getString("place"), rs.getString("user_id"));
    return new PracticeSession(
        rs.getString("id"),
        key,
        Codec.mode(rs.getString("mode")),
        rs.getString("question_id"),
        Codec.level(rs.getString("level")),
        Codec.phase(rs.getString("phase")),
        rs.getInt("position"),
        Codec.intList(rs.getString("probe_plan")),
        Codec.probes(rs.getString("probes")),
        Codec.answers(rs.getString("answers")),
        rs.getInt("quiz_correct"),
        Codec.instant(rs.getString("started_at")),
        Codec.instant(rs.getString("prompted_at")),
        Codec.instant(rs.getString("updated_at")),
        rs.getLong("version"));
  }
}
