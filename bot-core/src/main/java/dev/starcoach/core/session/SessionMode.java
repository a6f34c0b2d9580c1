package dev.starcoach.core.session;

import java.util.Locale;
import java.util.Optional;

/** The ways to practise. */
public enum SessionMode {
  /** Step by step with coaching before and a strong example after each step. */
  GUIDED,
  /** Step by step against the clock; hints only on request; a summary table at the end. */
  DRILL,
  /** The question only; one full answer, split and scored, then probes and a verdict. */
  MOCK,
  /** The multiple-choice questions of a walkthrough. */
  QUIZ;

  /** The stable lowercase id. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The name shown to people. */
  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }

  /** Parses a mode id, case-insensitively. */
  public static Optional<SessionMode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    for (SessionMode mode : values()) {
      if (mode.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
