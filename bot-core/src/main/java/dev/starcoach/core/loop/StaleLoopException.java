package dev.starcoach.core.loop;

/** A loop write lost its compare-and-set: another writer saved it first, or one is open already. */
public final class StaleLoopException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StaleLoopException(String message) {
    super(message);
  }
}
