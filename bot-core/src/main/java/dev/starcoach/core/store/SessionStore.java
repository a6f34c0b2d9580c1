package dev.starcoach.core.store;

import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import java.util.List;
import java.util.Optional;

/**
 * Durable practice sessions. Writes are compare-and-set on the session's version, so of two writers
 * that read the same version exactly one wins.
 */
public interface SessionStore {

  /** The open session of a person at a place, if there is one. */
  Optional<PracticeSession> findOpen(SessionKey key);

  /**
   * Saves a session and appends the scored answers it produced, atomically. A session at version 0
   * is inserted (failing if the person already has an open one at that place); otherwise the stored
   * row must still be at {@code session.version()}.
   *
   * @return the session at its new version
   * @throws StaleSessionException when another writer got there first
   * @throws StorageUnavailableException when the database cannot be reached
   */
  PracticeSession save(PracticeSession session, List<ScoredAnswer> newAnswers);

  /** Every session of a person, open or closed, oldest first (for export). */
  List<PracticeSession> sessionsOf(PersonId person);
}
