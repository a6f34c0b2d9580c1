package dev.starcoach.core.content;

import java.util.Locale;
import java.util.Optional;

/**
 * The seniority an answer is judged at. Juniors name a technical lesson in their reflection,
 * seniors an organisational root cause; the time budget for a whole answer grows with level.
 */
public enum Level {
  SDE1("SDE1", 120),
  SDE2("SDE2", 150),
  SENIOR("Senior SDE", 170);

  private final String label;
  private final int totalBudgetSeconds;

  Level(String label, int totalBudgetSeconds) {
    this.label = label;
    this.totalBudgetSeconds = totalBudgetSeconds;
  }

  /** The stable lowercase id ({@code sde1}, {@code sde2}, {@code senior}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The name shown to people. */
  public String label() {
    return label;
  }

  /** Spoken seconds a whole answer may take at this level when the question does not say. */
  public int totalBudgetSeconds() {
    return totalBudgetSeconds;
  }

  /** Parses {@code sde1}, {@code sde2}, {@code senior} (also {@code sr}, {@code l6}...). */
  public static Optional<Level> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.trim().toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "");
    return switch (wanted) {
      case "sde1", "l4", "junior", "sdei" -> Optional.of(SDE1);
      case "sde2", "l5", "mid", "sdeii" -> Optional.of(SDE2);
      case "senior", "sr", "seniorsde", "sde3", "l6" -> Optional.of(SENIOR);
      default -> Optional.empty();
    };
  }
}
