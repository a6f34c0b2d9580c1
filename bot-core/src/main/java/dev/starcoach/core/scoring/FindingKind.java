package dev.starcoach.core.scoring;

import java.util.Locale;

/** Whether a finding is something to keep doing or something to fix. */
public enum FindingKind {
  STRENGTH,
  ISSUE;

  /** The stable lowercase id used in output. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
