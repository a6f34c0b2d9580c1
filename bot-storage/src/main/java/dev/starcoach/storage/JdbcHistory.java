package dev.starcoach.storage;

import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.AnswerHistory;
import dev.starcoach.core.store.QuizAttempt;
import dev.starcoach.core.store.QuizLog;
import dev.starcoach.core.store.ScoredAnswer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Scored answers ({@code scored_answer}, appended by the session store) and quiz attempts. */
final class JdbcHistory implements AnswerHistory, QuizLog {
  private final Database db;

  JdbcHistory(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public List<ScoredAnswer> answersOf(PersonId person) {
    Objects.requireNonNull(person, "person");
    return db.read(
        "reading answers",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, session_id, platform, user_id, place, question_id, principle, mode,"
                      + " kind, level, answer_text, score, spoken_seconds, target_seconds,"
                      + " reply_millis, findings, answered_at FROM scored_answer"
                      + " WHERE platform = ? AND user_id = ? ORDER BY seq")) {
            ps.setString(1, person.platform());
            ps.setString(2, person.userId());
            List<ScoredAnswer> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(row(rs));
              }
            }
            return out;
          }
        });
  }

  @Override
  public List<ScoredAnswer> answersInPlaces(
      String platform, String scope, Instant from, Instant to) {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(scope, "scope");
    return db.read(
        "reading answers of places",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM scored_answer WHERE platform = ? AND answered_at >= ?"
                      + " AND answered_at < ? AND (place = ? OR place LIKE ? ESCAPE '!') ORDER BY seq")) {
            ps.setString(1, platform);
            ps.setString(2, Codec.instant(from));
            ps.setString(3, Codec.instant(to));
            ps.setString(4, scope);
            ps.setString(5, scope.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "#%");
            List<ScoredAnswer> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(row(rs));
              }
            }
            return out;
          }
        });
  }

  private static ScoredAnswer row(ResultSet rs) throws java.sql.SQLException {
    return new ScoredAnswer(
        rs.getString("id"),
        rs.getString("session_id"),
        SessionKey.of(rs.getString("platform"), rs.getString("place"), rs.getString("user_id")),
        rs.getString("question_id"),
        Codec.principle(rs.getString("principle")),
        Codec.mode(rs.getString("mode")),
        Codec.kind(rs.getString("kind")),
        Codec.level(rs.getString("level")),
        rs.getString("answer_text"),
        rs.getInt("score"),
        rs.getDouble("spoken_seconds"),
        rs.getInt("target_seconds"),
        rs.getLong("reply_millis"),
        Codec.findings(rs.getString("findings")),
        Codec.instant(rs.getString("answered_at")));
  }

  private static final String COLUMNS =
      "id, session_id, platform, user_id, place, question_id, principle, mode,"
          + " kind, level, answer_text, score, spoken_seconds, target_seconds,"
          + " reply_millis, findings, answered_at";

  @Override
  public List<String> recentQuestionIds(PersonId person, int limit) {
    Objects.requireNonNull(person, "person");
    if (limit <= 0) {
      return List.of();
    }
    return db.read(
        "reading recent questions",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT question_id, MAX(seq) AS last_seq FROM scored_answer"
                      + " WHERE platform = ? AND user_id = ? GROUP BY question_id"
                      + " ORDER BY last_seq DESC LIMIT ?")) {
            ps.setString(1, person.platform());
            ps.setString(2, person.userId());
            ps.setInt(3, limit);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(rs.getString(1));
              }
            }
            return out;
          }
        });
  }

  @Override
  public void record(QuizAttempt attempt) {
    Objects.requireNonNull(attempt, "attempt");
    db.read(
        "recording a quiz answer",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO quiz_attempt (platform, user_id, question_id, item, chosen,"
                      + " correct_option, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, attempt.person().platform());
            ps.setString(2, attempt.person().userId());
            ps.setString(3, attempt.questionId());
            ps.setInt(4, attempt.item());
            ps.setInt(5, attempt.chosen());
            ps.setInt(6, attempt.answer());
            ps.setString(7, Codec.instant(attempt.answeredAt()));
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public List<QuizAttempt> attemptsOf(PersonId person) {
    Objects.requireNonNull(person, "person");
    return db.read(
        "reading quiz answers",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT question_id, item, chosen, correct_option, answered_at FROM quiz_attempt"
                      + " WHERE platform = ? AND user_id = ? ORDER BY seq")) {
            ps.setString(1, person.platform());
            ps.setString(2, person.userId());
            List<QuizAttempt> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    new QuizAttempt(
                        person,
                        rs.getString(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        Codec.instant(rs.getString(5))));
              }
            }
            return out;
          }
        });
  }
}
