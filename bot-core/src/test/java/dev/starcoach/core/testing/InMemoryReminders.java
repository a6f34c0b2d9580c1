package dev.starcoach.core.testing;

import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.store.ReminderStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reminder opt-ins and claims in memory, over the sessions of an {@link InMemoryStores}; forgetting
 * a person there forgets their opt-in and their sessions' claims here too.
 */
public final class InMemoryReminders implements ReminderStore {
  private final InMemoryStores stores;
  private final Set<PersonId> optedIn = new LinkedHashSet<>();
  private final Map<String, Instant> sent = new LinkedHashMap<>();

  /** Reminders over the sessions of {@code stores}. */
  public InMemoryReminders(InMemoryStores stores) {
    this.stores = Objects.requireNonNull(stores, "stores");
    stores.alsoForget(this::forget);
  }

  @Override
  public synchronized boolean optedIn(PersonId person) {
    return optedIn.contains(person);
  }

  @Override
  public synchronized void setOptIn(PersonId person, boolean on) {
    if (on) {
      optedIn.add(person);
    } else {
      optedIn.remove(person);
    }
  }

  @Override
  public List<PracticeSession> unfinishedSince(Instant idleBefore, int limit) {
    List<PracticeSession> all = stores.allSessions();
    synchronized (this) {
      return all.stream()
          .filter(PracticeSession::isOpen)
          .filter(s -> s.updatedAt().isBefore(idleBefore))
          .filter(s -> optedIn.contains(s.key().person()))
          .filter(s -> !sent.containsKey(s.id()))
          .sorted(Comparator.comparing(PracticeSession::updatedAt))
          .limit(limit)
          .toList();
    }
  }

  @Override
  public synchronized boolean claimReminder(String sessionId, Instant now) {
    return sent.putIfAbsent(sessionId, now) == null;
  }

  /** The sessions reminded of so far, with when each was claimed. */
  public synchronized Map<String, Instant> claims() {
    return Map.copyOf(sent);
  }

  private int forget(PersonId person) {
    List<String> theirs =
        stores.allSessions().stream()
            .filter(s -> s.key().person().equals(person))
            .map(PracticeSession::id)
            .toList();
    synchronized (this) {
      int removed = optedIn.remove(person) ? 1 : 0;
      for (String id : theirs) {
        removed += sent.remove(id) != null ? 1 : 0;
      }
      return removed;
    }
  }
}
