package dev.starcoach.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * Remembers the Events API event ids seen lately, so that an event Slack delivers again ({@code
 * X-Slack-Retry-Num}) is acknowledged but never handled twice. Bounded in size and age.
 */
final class EventDedupe {
  private final Cache<String, Boolean> seen;

  EventDedupe(long maxSize, Duration keepFor) {
    this.seen = Caffeine.newBuilder().maximumSize(maxSize).expireAfterWrite(keepFor).build();
  }

  /** The defaults: 50,000 ids for two hours (Slack retries within minutes). */
  static EventDedupe defaults() {
    return new EventDedupe(50_000, Duration.ofHours(2));
  }

  /** True the first time an event id is seen; events without an id are always new. */
  boolean firstTime(String eventId) {
    if (eventId == null || eventId.isBlank()) {
      return true;
    }
    return seen.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
  }
}
