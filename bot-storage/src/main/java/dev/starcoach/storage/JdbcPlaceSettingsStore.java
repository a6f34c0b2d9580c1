package dev.starcoach.storage;

import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.core.store.PlaceSettingsStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;

/** Place settings in {@code place_settings}; the admin ids are a sorted JSON array. */
final class JdbcPlaceSettingsStore implements PlaceSettingsStore {
  private final Database db;
  private final Clock clock;

  JdbcPlaceSettingsStore(Database db, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<PlaceSettings> find(PlaceId place) {
    Objects.requireNonNull(place, "place");
    return db.read(
        "reading place settings",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT admins, zone FROM place_settings"
                      + " WHERE platform = ? AND workspace = ? AND channel = ?")) {
            ps.setString(1, place.platform());
            ps.setString(2, place.workspace());
            ps.setString(3, place.channel());
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              String zone = rs.getString(2);
              return Optional.of(
                  new PlaceSettings(
                      place,
                      new HashSet<>(Codec.stringList(rs.getString(1))),
                      zone == null ? null : ZoneId.of(zone)));
            }
          }
        });
  }

  @Override
  public void save(PlaceSettings settings) {
    Objects.requireNonNull(settings, "settings");
    db.read(
        "saving place settings",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO place_settings (platform, workspace, channel, admins, zone,"
                      + " updated_at) VALUES (?, ?, ?, ?, ?, ?)"
                      + " ON CONFLICT (platform, workspace, channel) DO UPDATE SET"
                      + " admins = excluded.admins, zone = excluded.zone,"
                      + " updated_at = excluded.updated_at")) {
            ps.setString(1, settings.place().platform());
            ps.setString(2, settings.place().workspace());
            ps.setString(3, settings.place().channel());
            ps.setString(4, Codec.stringSet(settings.admins()));
            ps.setString(5, settings.zone() == null ? null : settings.zone().getId());
            ps.setString(6, Codec.instant(clock.instant()));
            return ps.executeUpdate();
          }
        });
  }
}
