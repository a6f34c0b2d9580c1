package dev.starcoach.core.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inbox of a bot or listener built without a database one (tests, tools): the last 50,000 event
 * ids are remembered in this process only, so a repeated event runs once while the process lives,
 * but nothing survives a restart and nothing is shared with other instances. The composition root
 * passes the database's inbox instead.
 */
public final class ProcessLocalInbox implements EventInbox {
  private static final int KEEP = 50_000;

  private final Map<String, Boolean> seen =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          return size() > KEEP;
        }
      };

  @Override
  public synchronized boolean accept(InboundEvent event, String instanceId) {
    return seen.putIfAbsent(event.platform() + ":" + event.id(), Boolean.TRUE) == null;
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
