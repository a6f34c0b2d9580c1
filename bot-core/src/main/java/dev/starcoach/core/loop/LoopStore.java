package dev.starcoach.core.loop;

import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.SessionKey;
import java.util.List;
import java.util.Optional;

/**
 * Where loop rehearsals are kept, so a loop survives a crash or a restart and continues where it
 * was. Implementations: the in-memory fake (tests), SQLite and PostgreSQL (bot-storage), all held
 * to one contract test. Every method may throw {@link
 * dev.starcoach.core.store.StorageUnavailableException} when the database cannot be reached.
 */
public interface LoopStore {

  /** The open loop of a person at a place, if there is one. */
  Optional<Loop> findOpen(SessionKey key);

  /**
   * Saves a loop. A loop at version 0 is inserted (failing if the person already has an open loop
   * at that place); otherwise the stored loop must still be at {@code loop.version()}.
   *
   * @return the loop at its new version
   * @throws StaleLoopException when another writer got there first
   */
  Loop save(Loop loop);

  /** Every loop of a person, open or closed, oldest first (for export). */
  List<Loop> loopsOf(PersonId person);

  /** Deletes every loop of a person; part of forget. @return how many went */
  int forget(PersonId person);
}
