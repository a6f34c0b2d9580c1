package dev.starcoach.storage;

/**
 * The database could not be opened or migrated at start. The message names the URL (never the
 * password) and the reason.
 */
public final class StorageOpenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageOpenException(String message, Throwable cause) {
    super(message, cause);
  }
}
