package dev.starcoach.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test moves it. */
public final class SteppingClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public SteppingClock(Instant start) {
    this(start, ZoneOffset.UTC);
  }

  private SteppingClock(Instant start, ZoneId zone) {
    this.now = new AtomicReference<>(start);
    this.zone = zone;
  }

  /** A clock at 2026-03-02T09:00:00Z, a Monday. */
  public static SteppingClock monday9am() {
    return new SteppingClock(Instant.parse("2026-03-02T09:00:00Z"));
  }

  /** Moves the clock forward. */
  public void advance(Duration by) {
    now.updateAndGet(t -> t.plus(by));
  }

  /** Sets the clock. */
  public void set(Instant instant) {
    now.set(instant);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new SteppingClock(now.get(), newZone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
