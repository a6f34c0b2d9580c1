package dev.starcoach.core.session;

/** Where a session stands. */
public enum Phase {
  /** Answering STAR steps one by one (guided, drill); position is the step index. */
  STEPS,
  /** Waiting for the one full answer of a mock interview. */
  FULL_ANSWER,
  /** Answering follow-up probes; position indexes the probe plan. */
  PROBES,
  /** Answering quiz items; position is the item index. */
  QUIZ,
  /** Completed. */
  FINISHED,
  /** Ended early by the person. */
  STOPPED;

  /** True while the session still waits for the person. */
  public boolean isOpen() {
    return this != FINISHED && this != STOPPED;
  }
}
