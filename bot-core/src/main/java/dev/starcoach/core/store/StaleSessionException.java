package dev.starcoach.core.store;

/**
 * Thrown by {@link SessionStore#save} when the session was changed by another writer since it was
 * read (its version moved on), or when a new session collides with an open one.
 */
public final class StaleSessionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StaleSessionException(String message) {
    super(message);
  }
}
