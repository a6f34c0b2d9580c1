package dev.starcoach.storage;

import dev.starcoach.core.inbox.EventInbox;
import dev.starcoach.core.inbox.InboundEvent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The event inbox in {@code inbound_event}. Acceptance is one {@code INSERT ... ON CONFLICT DO
 * NOTHING} on the unique {@code (platform, event_id)}: exactly one writer gets the row. Taking over
 * a stale event is a compare-and-set on its holder and hold time.
 */
final class JdbcEventInbox implements EventInbox {
  private static final int CANDIDATES = 8;

  private final Database db;

  JdbcEventInbox(Database db) {
    this.db = Objects.requireNonNull(db, "db");
  }

  @Override
  public boolean accept(InboundEvent event, String instanceId) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(instanceId, "instanceId");
    return db.read(
        "storing an inbound event",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO inbound_event (platform, event_id, kind, payload, received_at,"
                      + " held_by, held_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            String at = Codec.instant(event.receivedAt());
            ps.setString(1, event.platform());
            ps.setString(2, event.id());
            ps.setString(3, event.kind());
            ps.setString(4, event.payload());
            ps.setString(5, at);
            ps.setString(6, instanceId);
            ps.setString(7, at);
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public void markDone(String platform, String id, Instant now) {
    Objects.requireNonNull(now, "now");
    db.read(
        "marking an inbound event done",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE inbound_event SET done_at = ?, payload = NULL"
                      + " WHERE platform = ? AND event_id = ? AND done_at IS NULL")) {
            ps.setString(1, Codec.instant(now));
            ps.setString(2, platform);
            ps.setString(3, id);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void release(String platform, String id) {
    db.read(
        "releasing an inbound event",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE inbound_event SET held_by = '', held_at = ?"
                      + " WHERE platform = ? AND event_id = ? AND done_at IS NULL")) {
            ps.setString(1, Codec.instant(Instant.EPOCH));
            ps.setString(2, platform);
            ps.setString(3, id);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void renew(String instanceId, Instant now) {
    db.read(
        "renewing inbound event holds",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE inbound_event SET held_at = ? WHERE held_by = ? AND done_at IS NULL")) {
            ps.setString(1, Codec.instant(now));
            ps.setString(2, instanceId);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Optional<InboundEvent> claimNext(
      String platform, String instanceId, Instant now, Duration staleAfter) {
    String staleBefore = Codec.instant(now.minus(staleAfter));
    return db.read(
        "taking over an inbound event",
        c -> {
          List<Held> candidates = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT event_id, kind, payload, received_at, held_by, held_at"
                      + " FROM inbound_event WHERE platform = ? AND done_at IS NULL"
                      + " AND held_at < ? ORDER BY seq LIMIT ?")) {
            ps.setString(1, platform);
            ps.setString(2, staleBefore);
            ps.setInt(3, CANDIDATES);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                candidates.add(
                    new Held(
                        event(platform, rs), rs.getString("held_by"), rs.getString("held_at")));
              }
            }
          }
          for (Held h : candidates) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "UPDATE inbound_event SET held_by = ?, held_at = ? WHERE platform = ?"
                        + " AND event_id = ? AND held_by = ? AND held_at = ?"
                        + " AND done_at IS NULL")) {
              ps.setString(1, instanceId);
              ps.setString(2, Codec.instant(now));
              ps.setString(3, platform);
              ps.setString(4, h.event().id());
              ps.setString(5, h.holder());
              ps.setString(6, h.heldAt());
              if (ps.executeUpdate() == 1) {
                return Optional.of(h.event());
              }
            }
          }
          return Optional.<InboundEvent>empty();
        });
  }

  @Override
  public List<InboundEvent> pending(String platform, int limit) {
    if (limit < 1) {
      return List.of();
    }
    return db.read(
        "reading pending inbound events",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT event_id, kind, payload, received_at FROM inbound_event"
                      + " WHERE platform = ? AND done_at IS NULL ORDER BY seq LIMIT ?")) {
            ps.setString(1, platform);
            ps.setInt(2, limit);
            List<InboundEvent> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(event(platform, rs));
              }
            }
            return out;
          }
        });
  }

  @Override
  public int purgeDone(Instant before) {
    return db.read(
        "purging done inbound events",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM inbound_event WHERE done_at IS NOT NULL AND done_at < ?")) {
            ps.setString(1, Codec.instant(before));
            return ps.executeUpdate();
          }
        });
  }

  private static InboundEvent event(String platform, ResultSet rs) throws SQLException {
    String payload = rs.getString("payload");
    return new InboundEvent(
        platform,
        rs.getString("event_id"),
        rs.getString("kind"),
        payload == null ? "" : payload,
        Codec.instant(rs.getString("received_at")));
  }

  private record Held(InboundEvent event, String holder, String heldAt) {}
}
