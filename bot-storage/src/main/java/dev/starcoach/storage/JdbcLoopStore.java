package dev.starcoach.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.loop.Interview;
import dev.starcoach.core.loop.InterviewResult;
import dev.starcoach.core.loop.Loop;
import dev.starcoach.core.loop.LoopStatus;
import dev.starcoach.core.loop.LoopStore;
import dev.starcoach.core.loop.StaleLoopException;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.SessionKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Loop rehearsals in the {@code loop_rehearsal} table: one row per loop, its interviews as a JSON
 * document, compare-and-set on {@code version}, and a partial unique index for one open loop per
 * person and place.
 */
final class JdbcLoopStore implements LoopStore {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String COLUMNS =
      "id, platform, user_id, place, level, status, is_open, interviews, started_at, updated_at,"
          + " version";

  private final Database db;

  JdbcLoopStore(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public Optional<Loop> findOpen(SessionKey key) {
    Objects.requireNonNull(key, "key");
    return db.read(
        "reading the open loop rehearsal",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM loop_rehearsal"
                      + " WHERE platform = ? AND user_id = ? AND place = ? AND is_open = 1")) {
            ps.setString(1, key.person().platform());
            ps.setString(2, key.person().userId());
            ps.setString(3, key.place());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(loop(rs)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public Loop save(Loop loop) {
    Objects.requireNonNull(loop, "loop");
    Loop next = loop.withVersion(loop.version() + 1);
    db.read(
        "saving a loop rehearsal",
        c -> {
          try {
            int rows = loop.version() == 0 ? insert(c, next) : update(c, next, loop.version());
            if (rows != 1) {
              throw stale(loop, null);
            }
            return null;
          } catch (SQLException e) {
            if (db.isConstraintViolation(e)) {
              throw stale(loop, e.getMessage());
            }
            throw e;
          }
        });
    return next;
  }

  @Override
  public List<Loop> loopsOf(PersonId person) {
    Objects.requireNonNull(person, "person");
    return db.read(
        "reading a person's loop rehearsals",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM loop_rehearsal WHERE platform = ? AND user_id = ? ORDER BY seq")) {
            ps.setString(1, person.platform());
            ps.setString(2, person.userId());
            List<Loop> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(loop(rs));
              }
            }
            return out;
          }
        });
  }

  @Override
  public int forget(PersonId person) {
    Objects.requireNonNull(person, "person");
    return db.read("deleting a person's loop rehearsals", c -> deleteAll(c, person));
  }

  /** Deletes a person's loops on {@code c}, inside the caller's transaction (part of forget). */
  static int deleteAll(Connection c, PersonId person) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM loop_rehearsal WHERE platform = ? AND user_id = ?")) {
      ps.setString(1, person.platform());
      ps.setString(2, person.userId());
      return ps.executeUpdate();
    }
  }

  private static StaleLoopException stale(Loop loop, String detail) {
    String what =
        loop.version() == 0
            ? "an open loop rehearsal already exists for " + loop.key()
            : "loop rehearsal " + loop.id() + " is no longer at version " + loop.version();
    return new StaleLoopException(detail == null ? what : what + " (" + detail + ")");
  }

  private static int insert(Connection c, Loop l) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO loop_rehearsal ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      int i = 1;
      ps.setString(i++, l.id());
      ps.setString(i++, l.key().person().platform());
      ps.setString(i++, l.key().person().userId());
      ps.setString(i++, l.key().place());
      ps.setString(i++, l.level().id());
      ps.setString(i++, status(l.status()));
      ps.setInt(i++, l.isOpen() ? 1 : 0);
      ps.setString(i++, interviews(l.interviews()));
      ps.setString(i++, Codec.instant(l.startedAt()));
      ps.setString(i++, Codec.instant(l.updatedAt()));
      ps.setLong(i, l.version());
      return ps.executeUpdate();
    }
  }

  private static int update(Connection c, Loop l, long expected) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE loop_rehearsal SET status = ?, is_open = ?, interviews = ?, updated_at = ?,"
                + " version = ? WHERE id = ? AND version = ?")) {
      int i = 1;
      ps.setString(i++, status(l.status()));
      ps.setInt(i++, l.isOpen() ? 1 : 0);
      ps.setString(i++, interviews(l.interviews()));
      ps.setString(i++, Codec.instant(l.updatedAt()));
      ps.setLong(i++, l.version());
      ps.setString(i++, l.id());
      ps.setLong(i, expected);
      return ps.executeUpdate();
    }
  }

  private static Loop loop(ResultSet rs) throws SQLException {
    return new Loop(
        rs.getString("id"),
        new SessionKey(
            new PersonId(rs.getString("platform"), rs.getString("user_id")), rs.getString("place")),
        Codec.level(rs.getString("level")),
        interviews(rs.getString("interviews")),
        status(rs.getString("status")),
        Codec.instant(rs.getString("started_at")),
        Codec.instant(rs.getString("updated_at")),
        rs.getLong("version"));
  }

  private static String status(LoopStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }

  private static LoopStatus status(String id) {
    for (LoopStatus s : LoopStatus.values()) {
      if (status(s).equals(id)) {
        return s;
      }
    }
    throw new IllegalStateException("stored loop has unknown status " + id);
  }

  static String interviews(List<Interview> interviews) {
    ArrayNode array = JSON.createArrayNode();
    for (Interview i : interviews) {
      ObjectNode o = array.addObject();
      o.put("principle", i.principle().id());
      o.put("question_id", i.questionId());
      o.put("session_id", i.sessionId().orElse(null));
      if (i.result().isPresent()) {
        InterviewResult r = i.result().get();
        ObjectNode result = o.putObject("result");
        result.put("answered", r.answered());
        result.put("verdict", r.verdict().name());
        result.put("score", r.score());
        result.put("at", Codec.instant(r.at()));
      } else {
        o.putNull("result");
      }
    }
    try {
      return JSON.writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a loop's interviews", e);
    }
  }

  static List<Interview> interviews(String json) {
    JsonNode array;
    try {
      array = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored loop interviews are not JSON", e);
    }
    List<Interview> out = new ArrayList<>();
    for (JsonNode o : array) {
      JsonNode r = o.path("result");
      Optional<InterviewResult> result =
          r.isObject()
              ? Optional.of(
                  new InterviewResult(
                      r.path("answered").booleanValue(),
                      Verdict.parse(r.path("verdict").asText(""))
                          .orElseThrow(
                              () ->
                                  new IllegalStateException(
                                      "stored loop round has unknown verdict "
                                          + r.path("verdict"))),
                      r.path("score").intValue(),
                      Codec.instant(r.path("at").textValue())))
              : Optional.empty();
      JsonNode session = o.path("session_id");
      out.add(
          new Interview(
              Codec.principle(o.path("principle").textValue()),
              o.path("question_id").textValue(),
              session.isTextual() ? Optional.of(session.textValue()) : Optional.empty(),
              result));
    }
    return out;
  }
}
