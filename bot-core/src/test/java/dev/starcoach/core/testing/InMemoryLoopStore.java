package dev.starcoach.core.testing;

import dev.starcoach.core.loop.Loop;
import dev.starcoach.core.loop.LoopStore;
import dev.starcoach.core.loop.StaleLoopException;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.StorageUnavailableException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Loop rehearsals in memory, with the database stores' rules: one open loop per person and place,
 * compare-and-set on the version. Goes offline with the {@link InMemoryStores} it belongs to.
 */
public final class InMemoryLoopStore implements LoopStore {
  private final BooleanSupplier offline;
  private final Map<String, Loop> loops = new LinkedHashMap<>();

  /** A store that is never offline. */
  public InMemoryLoopStore() {
    this(() -> false);
  }

  /** A store that fails every call while {@code offline} says so. */
  public InMemoryLoopStore(BooleanSupplier offline) {
    this.offline = offline;
  }

  private void check() {
    if (offline.getAsBoolean()) {
      throw new StorageUnavailableException("in-memory loop store is offline", null);
    }
  }

  @Override
  public synchronized Optional<Loop> findOpen(SessionKey key) {
    check();
    return loops.values().stream().filter(l -> l.key().equals(key) && l.isOpen()).findFirst();
  }

  @Override
  public synchronized Loop save(Loop loop) {
    check();
    Loop stored = loops.get(loop.id());
    if (loop.version() == 0) {
      if (stored != null || findOpen(loop.key()).isPresent()) {
        throw new StaleLoopException("an open loop exists for " + loop.key());
      }
    } else if (stored == null || stored.version() != loop.version()) {
      throw new StaleLoopException("loop " + loop.id() + " moved on");
    }
    Loop next = loop.withVersion(loop.version() + 1);
    loops.put(loop.id(), next);
    return next;
  }

  @Override
  public synchronized List<Loop> loopsOf(PersonId person) {
    check();
    return loops.values().stream().filter(l -> l.key().person().equals(person)).toList();
  }

  @Override
  public synchronized int forget(PersonId person) {
    check();
    int before = loops.size();
    loops.values().removeIf(l -> l.key().person().equals(person));
    return before - loops.size();
  }
}
