package dev.starcoach.core.testing;

import dev.starcoach.core.store.DailySchedule;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PlaceId;
import dev.starcoach.core.store.PlaceSettings;
import dev.starcoach.core.store.PlaceSettingsStore;
import dev.starcoach.core.store.PostClaim;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Daily schedules and post claims in memory, with exactly-once claims; place settings too. */
public final class InMemoryPlaces implements DailyScheduleStore {
  private final Map<PlaceId, DailySchedule> schedules = new LinkedHashMap<>();
  private final Map<String, PostClaim> claims = new LinkedHashMap<>();
  private final Settings settings = new Settings();

  @Override
  public synchronized void save(DailySchedule schedule) {
    schedules.put(schedule.place(), schedule);
  }

  @Override
  public synchronized Optional<DailySchedule> find(PlaceId place) {
    return Optional.ofNullable(schedules.get(place));
  }

  @Override
  public synchronized List<DailySchedule> allEnabled() {
    return schedules.values().stream().filter(DailySchedule::enabled).toList();
  }

  @Override
  public synchronized boolean claimPost(
      PlaceId place, LocalDate occurrence, String instanceId, Instant now) {
    return claims.putIfAbsent(
            place + "@" + occurrence, new PostClaim(place, occurrence, instanceId, now))
        == null;
  }

  @Override
  public synchronized Optional<PostClaim> lastClaim(PlaceId place) {
    return claims.values().stream()
        .filter(c -> c.place().equals(place))
        .max(Comparator.comparing(PostClaim::occurrence));
  }

  /** Every claim made, in order. */
  public synchronized List<PostClaim> claims() {
    return List.copyOf(claims.values());
  }

  /** The place settings store that goes with these schedules. */
  public PlaceSettingsStore settings() {
    return settings;
  }

  private static final class Settings implements PlaceSettingsStore {
    private final Map<PlaceId, PlaceSettings> byPlace = new LinkedHashMap<>();

    @Override
    public synchronized Optional<PlaceSettings> find(PlaceId place) {
      return Optional.ofNullable(byPlace.get(place));
    }

    @Override
    public synchronized void save(PlaceSettings value) {
      byPlace.put(value.place(), value);
    }
  }
}
