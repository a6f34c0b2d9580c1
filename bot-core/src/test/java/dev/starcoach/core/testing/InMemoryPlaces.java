package dev.starcoach.core.testing;

import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PlaceSettingsStore;
import dev.starcoach.core.store.PostAttempt;
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
  private final Map<String, PostAttempt> attempts = new LinkedHashMap<>();
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
    String key = place + "@" + occurrence;
    if (claims.putIfAbsent(key, new PostClaim(place, occurrence, instanceId, now)) != null) {
      return false;
    }
    attempts.put(
        key,
        new PostAttempt(
            place, occurrence, PostAttempt.State.ATTEMPTING, 1, instanceId, now, null, null));
    return true;
  }

  @Override
  public synchronized Optional<PostAttempt> attempt(PlaceId place, LocalDate occurrence) {
    return Optional.ofNullable(attempts.get(place + "@" + occurrence));
  }

  @Override
  public synchronized boolean retakePost(
      PlaceId place, LocalDate occurrence, int seenAttempts, String instanceId, Instant now) {
    String key = place + "@" + occurrence;
    PostAttempt a = attempts.get(key);
    if (a == null
        || a.attempts() != seenAttempts
        || (a.state() != PostAttempt.State.RETRY && a.state() != PostAttempt.State.ATTEMPTING)) {
      return false;
    }
    attempts.put(
        key,
        new PostAttempt(
            place,
            occurrence,
            PostAttempt.State.ATTEMPTING,
            seenAttempts + 1,
            instanceId,
            now,
            null,
            a.lastError()));
    return true;
  }

  @Override
  public synchronized boolean recordOutcome(
      PlaceId place,
      LocalDate occurrence,
      int attempt,
      PostAttempt.State state,
      Instant retryAt,
      String error,
      Instant now) {
    String key = place + "@" + occurrence;
    PostAttempt a = attempts.get(key);
    if (a == null || a.attempts() != attempt || a.state() != PostAttempt.State.ATTEMPTING) {
      return false;
    }
    attempts.put(
        key,
        new PostAttempt(place, occurrence, state, attempt, a.instanceId(), now, retryAt, error));
    return true;
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
