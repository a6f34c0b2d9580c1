package dev.starcoach.core.testing;

import dev.starcoach.core.inbox.EventInbox;
import dev.starcoach.core.inbox.InboundEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The event inbox in memory: one instance shared by several bots behaves like one database shared
 * by several processes.
 */
public final class InMemoryInbox implements EventInbox {
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  private static final class Entry {
    InboundEvent event;
    String holder;
    Instant heldAt;
    Instant doneAt;

    Entry(InboundEvent event, String holder, Instant heldAt) {
      this.event = event;
      this.holder = holder;
      this.heldAt = heldAt;
    }
  }

  private static String key(String platform, String id) {
    return platform + "\u0000" + id;
  }

  @Override
  public synchronized boolean accept(InboundEvent event, String instanceId) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(instanceId, "instanceId");
    return entries.putIfAbsent(
            key(event.platform(), event.id()), new Entry(event, instanceId, event.receivedAt()))
        == null;
  }

  @Override
  public synchronized void markDone(String platform, String id, Instant now) {
    Entry e = entries.get(key(platform, id));
    if (e != null && e.doneAt == null) {
      e.doneAt = now;
      e.event =
          new InboundEvent(
              e.event.platform(), e.event.id(), e.event.kind(), "", e.event.receivedAt());
    }
  }

  @Override
  public synchronized void release(String platform, String id) {
    Entry e = entries.get(key(platform, id));
    if (e != null && e.doneAt == null) {
      e.holder = "";
      e.heldAt = Instant.EPOCH;
    }
  }

  @Override
  public synchronized void renew(String instanceId, Instant now) {
    for (Entry e : entries.values()) {
      if (e.doneAt == null && e.holder.equals(instanceId)) {
        e.heldAt = now;
      }
    }
  }

  @Override
  public synchronized Optional<InboundEvent> claimNext(
      String platform, String instanceId, Instant now, Duration staleAfter) {
    Instant staleBefore = now.minus(staleAfter);
    for (Entry e : entries.values()) {
      if (e.doneAt == null
          && e.event.platform().equals(platform)
          && e.heldAt.isBefore(staleBefore)) {
        e.holder = instanceId;
        e.heldAt = now;
        return Optional.of(e.event);
      }
    }
    return Optional.empty();
  }

  @Override
  public synchronized List<InboundEvent> pending(String platform, int limit) {
    return entries.values().stream()
        .filter(e -> e.doneAt == null && e.event.platform().equals(platform))
        .map(e -> e.event)
        .limit(Math.max(0, limit))
        .toList();
  }

  @Override
  public synchronized int purgeDone(Instant before) {
    int before0 = entries.size();
    entries.values().removeIf(e -> e.doneAt != null && e.doneAt.isBefore(before));
    return before0 - entries.size();
  }

  /** How many events are stored, pending or done (for tests: a duplicate adds none). */
  public synchronized int size() {
    return entries.size();
  }
}
