package dev.starcoach.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.starcoach.core.inbox.EventInbox;
import dev.starcoach.core.inbox.InboundEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The inbox of a bot built without a database one: event ids are remembered in this process only
 * (50,000 for two hours), so a retried event is handled once while the process lives, but nothing
 * survives a restart and nothing is shared with other instances. The composition root passes the
 * database's inbox instead.
 */
final class ProcessInbox implements EventInbox {
  private final Cache<String, Boolean> seen =
      Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofHours(2)).build();

  @Override
  public boolean accept(InboundEvent event, String instanceId) {
    return seen.asMap().putIfAbsent(event.platform() + ":" + event.id(), Boolean.TRUE) == null;
  }

  @Override
  public void markDone(String platform, String id, Instant now) {}

  @Override
  public void release(String platform, String id) {}

  @Override
  public void renew(String instanceId, Instant now) {}

  @Override
  public Optional<InboundEvent> claimNext(
      String platform, String instanceId, Instant now, Duration staleAfter) {
    return Optional.empty();
  }

  @Override
  public List<InboundEvent> pending(String platform, int limit) {
    return List.of();
  }

  @Override
  public int purgeDone(Instant before) {
    return 0;
  }
}
