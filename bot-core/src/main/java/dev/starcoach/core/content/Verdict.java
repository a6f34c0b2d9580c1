package dev.starcoach.core.content;

import java.util.Locale;
import java.util.Optional;

/** A Bar Raiser's overall call on an answer, strongest first. */
public enum Verdict {
  STRONG_HIRE("Strong Hire"),
  HIRE("Hire"),
  LEANING_NO_HIRE("Leaning No Hire"),
  NO_HIRE("No Hire");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The name shown to people ("Leaning No Hire"). */
  public String label() {
    return label;
  }

  /** True for the two hiring verdicts. */
  public boolean isHire() {
    return this == STRONG_HIRE || this == HIRE;
  }

  /** The weaker of this verdict and {@code other}. */
  public Verdict atMost(Verdict other) {
    return ordinal() >= other.ordinal() ? this : other;
  }

  /** Parses {@code LEANING_NO_HIRE}, {@code leaning no hire}, {@code Leaning-No-Hire}. */
  public static Optional<Verdict> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_");
    for (Verdict v : values()) {
      if (v.name().equals(wanted)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
