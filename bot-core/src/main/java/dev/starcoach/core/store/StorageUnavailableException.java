package dev.starcoach.core.store;

/** Thrown by stores when the database cannot be reached; the engine tells the person to retry. */
public final class StorageUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
