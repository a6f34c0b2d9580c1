package dev.starcoach.core.loop;

/** Where a loop rehearsal stands. */
public enum LoopStatus {
  /** Interviews are still to come (or one is under way). */
  OPEN,
  /** Every interviewer heard an answer and the debrief was given. */
  FINISHED,
  /** The person stopped it early; the debrief covered the rounds done. */
  STOPPED;

  /** True while the loop waits for the person. */
  public boolean isOpen() {
    return this == OPEN;
  }
}
