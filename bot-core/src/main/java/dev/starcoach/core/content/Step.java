package dev.starcoach.core.content;

import java.util.Locale;
import java.util.Optional;

/**
 * The five steps of a STAR answer, each with the spoken time target used when content is silent.
 */
public enum Step {
  SITUATION("Situation", 'S', 30),
  TASK("Task", 'T', 20),
  ACTION("Action", 'A', 90),
  RESULT("Result", 'R', 20),
  REFLECTION("Reflection", 'L', 15);

  private final String label;
  private final char letter;
  private final int defaultTargetSeconds;

  Step(String label, char letter, int defaultTargetSeconds) {
    this.label = label;
    this.letter = letter;
    this.defaultTargetSeconds = defaultTargetSeconds;
  }

  /** The stable lowercase id used in files, commands and JSON ({@code situation}, ...). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The name shown to people ({@code Situation}, ...). */
  public String label() {
    return label;
  }

  /** A one-letter abbreviation for compact tables. */
  public char letter() {
    return letter;
  }

  /** Seconds of speech this step should take when the question does not say otherwise. */
  public int defaultTargetSeconds() {
    return defaultTargetSeconds;
  }

  /** Parses a step id or label, case-insensitively. */
  public static Optional<Step> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.trim().toLowerCase(Locale.ROOT);
    for (Step step : values()) {
      if (step.id().equals(wanted)) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }
}
