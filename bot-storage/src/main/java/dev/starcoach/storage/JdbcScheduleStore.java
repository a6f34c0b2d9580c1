package dev.starcoach.storage;

import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PostAttempt;
import dev.starcoach.core.store.PostClaim;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Daily schedules ({@code daily_schedule}) and post claims ({@code daily_post_claim}, whose primary
 * key makes a claim exactly-once: the one INSERT that gets in wins, every other does nothing).
 */
final class JdbcScheduleStore implements DailyScheduleStore {
  private static final String SCHEDULE_COLUMNS =
      "platform, workspace, channel, post_time, zone, weekdays, mention, principle, level, enabled";

  private final Database db;
  private final Clock clock;

  JdbcScheduleStore(Database db, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void save(DailySchedule s) {
    Objects.requireNonNull(s, "schedule");
    db.read(
        "saving a daily schedule",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO daily_schedule ("
                      + SCHEDULE_COLUMNS
                      + ", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (platform, workspace, channel) DO UPDATE SET"
                      + " post_time = excluded.post_time, zone = excluded.zone,"
                      + " weekdays = excluded.weekdays, mention = excluded.mention,"
                      + " principle = excluded.principle, level = excluded.level,"
                      + " enabled = excluded.enabled, updated_at = excluded.updated_at")) {
            ps.setString(1, s.place().platform());
            ps.setString(2, s.place().workspace());
            ps.setString(3, s.place().channel());
            ps.setString(4, s.time().toString());
            ps.setString(5, s.zone().getId());
            ps.setString(6, weekdays(s.weekdays()));
            ps.setString(7, s.mention());
            ps.setString(8, s.principle() == null ? null : s.principle().id());
            ps.setString(9, s.level().id());
            ps.setInt(10, s.enabled() ? 1 : 0);
            ps.setString(11, Codec.instant(clock.instant()));
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Optional<DailySchedule> find(PlaceId place) {
    Objects.requireNonNull(place, "place");
    return db.read(
        "reading a daily schedule",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + SCHEDULE_COLUMNS
                      + " FROM daily_schedule WHERE platform = ? AND workspace = ? AND channel = ?")) {
            ps.setString(1, place.platform());
            ps.setString(2, place.workspace());
            ps.setString(3, place.channel());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(schedule(rs)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<DailySchedule> allEnabled() {
    return db.read(
        "reading daily schedules",
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT "
                          + SCHEDULE_COLUMNS
                          + " FROM daily_schedule WHERE enabled = 1"
                          + " ORDER BY platform, workspace, channel");
              ResultSet rs = ps.executeQuery()) {
            List<DailySchedule> out = new ArrayList<>();
            while (rs.next()) {
              out.add(schedule(rs));
            }
            return out;
          }
        });
  }

  @Override
  public boolean claimPost(PlaceId place, LocalDate occurrence, String instanceId, Instant now) {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(occurrence, "occurrence");
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(now, "now");
    return db.read(
        "claiming a daily post",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO daily_post_claim (platform, workspace, channel, occurrence,"
                      + " instance_id, claimed_at, state, attempts, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, 'attempting', 1, ?)"
                      + " ON CONFLICT DO NOTHING")) {
            ps.setString(1, place.platform());
            ps.setString(2, place.workspace());
            ps.setString(3, place.channel());
            ps.setString(4, occurrence.toString());
            ps.setString(5, instanceId);
            ps.setString(6, Codec.instant(now));
            ps.setString(7, Codec.instant(now));
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public Optional<PostClaim> lastClaim(PlaceId place) {
    Objects.requireNonNull(place, "place");
    return db.read(
        "reading daily post claims",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT occurrence, instance_id, claimed_at FROM daily_post_claim"
                      + " WHERE platform = ? AND workspace = ? AND channel = ?"
                      + " ORDER BY occurrence DESC LIMIT 1")) {
            ps.setString(1, place.platform());
            ps.setString(2, place.workspace());
            ps.setString(3, place.channel());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new PostClaim(
                      place,
                      LocalDate.parse(rs.getString(1)),
                      rs.getString(2),
                      Codec.instant(rs.getString(3))));
            }
          }
        });
  }

  @Override
  public Optional<PostAttempt> attempt(PlaceId place, LocalDate occurrence) {
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(occurrence, "occurrence");
    return db.read(
        "reading a daily post attempt",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT state, attempts, instance_id, claimed_at, updated_at, retry_at,"
                      + " last_error FROM daily_post_claim WHERE platform = ? AND workspace = ?"
                      + " AND channel = ? AND occurrence = ?")) {
            setKey(ps, place, occurrence);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.<PostAttempt>empty();
              }
              String updated = rs.getString("updated_at");
              String retryAt = rs.getString("retry_at");
              return Optional.of(
                  new PostAttempt(
                      place,
                      occurrence,
                      PostAttempt.State.parse(rs.getString("state"))
                          .orElse(PostAttempt.State.UNCERTAIN),
                      rs.getInt("attempts"),
                      rs.getString("instance_id"),
                      Codec.instant(updated == null ? rs.getString("claimed_at") : updated),
                      retryAt == null ? null : Codec.instant(retryAt),
                      rs.getString("last_error")));
            }
          }
        });
  }

  @Override
  public boolean retakePost(
      PlaceId place, LocalDate occurrence, int seenAttempts, String instanceId, Instant now) {
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(now, "now");
    return db.read(
        "retrying a daily post",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE daily_post_claim SET state = 'attempting', attempts = attempts + 1,"
                      + " instance_id = ?, updated_at = ?, retry_at = NULL"
                      + " WHERE platform = ? AND workspace = ? AND channel = ? AND occurrence = ?"
                      + " AND attempts = ? AND state IN ('retry', 'attempting')")) {
            ps.setString(1, instanceId);
            ps.setString(2, Codec.instant(now));
            ps.setString(3, place.platform());
            ps.setString(4, place.workspace());
            ps.setString(5, place.channel());
            ps.setString(6, occurrence.toString());
            ps.setInt(7, seenAttempts);
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public boolean recordOutcome(
      PlaceId place,
      LocalDate occurrence,
      int attempt,
      PostAttempt.State state,
      Instant retryAt,
      String error,
      Instant now) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(now, "now");
    return db.read(
        "recording a daily post attempt",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE daily_post_claim SET state = ?, retry_at = ?, last_error = ?,"
                      + " updated_at = ? WHERE platform = ? AND workspace = ? AND channel = ?"
                      + " AND occurrence = ? AND attempts = ? AND state = 'attempting'")) {
            ps.setString(1, state.id());
            ps.setString(2, retryAt == null ? null : Codec.instant(retryAt));
            ps.setString(3, error == null ? null : cut(error, 500));
            ps.setString(4, Codec.instant(now));
            ps.setString(5, place.platform());
            ps.setString(6, place.workspace());
            ps.setString(7, place.channel());
            ps.setString(8, occurrence.toString());
            ps.setInt(9, attempt);
            return ps.executeUpdate() == 1;
          }
        });
  }

  private static void setKey(PreparedStatement ps, PlaceId place, LocalDate occurrence)
      throws SQLException {
    ps.setString(1, place.platform());
    ps.setString(2, place.workspace());
    ps.setString(3, place.channel());
    ps.setString(4, occurrence.toString());
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private static DailySchedule schedule(ResultSet rs) throws SQLException {
    String principle = rs.getString("principle");
    return new DailySchedule(
        new PlaceId(rs.getString("platform"), rs.getString("workspace"), rs.getString("channel")),
        LocalTime.parse(rs.getString("post_time")),
        ZoneId.of(rs.getString("zone")),
        weekdays(rs.getString("weekdays")),
        rs.getString("mention"),
        principle == null ? null : Codec.principle(principle),
        Codec.level(rs.getString("level")),
        rs.getInt("enabled") == 1);
  }

  private static String weekdays(Set<DayOfWeek> days) {
    return EnumSet.copyOf(days).stream()
        .map(d -> d.name().substring(0, 3))
        .collect(Collectors.joining(","));
  }

  private static Set<DayOfWeek> weekdays(String text) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : text.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day.name().startsWith(part.strip())) {
          days.add(day);
        }
      }
    }
    return days;
  }
}
