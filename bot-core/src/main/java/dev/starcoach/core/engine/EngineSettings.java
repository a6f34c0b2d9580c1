package dev.starcoach.core.engine;

/**
 * Tunables of the engine.
 *
 * @param maxAnswerChars the longest answer accepted; longer ones are refused, never truncated
 * @param recentWindow how many recently practised questions a random pick avoids
 * @param maxProbes the most follow-up probes a mock interview asks (2 or 3)
 */
public record EngineSettings(int maxAnswerChars, int recentWindow, int maxProbes) {
  public EngineSettings {
    if (maxAnswerChars < 1) {
      throw new IllegalArgumentException("maxAnswerChars must be positive");
    }
    if (maxProbes < 2 || maxProbes > 3) {
      throw new IllegalArgumentException("maxProbes must be 2 or 3");
    }
  }

  /** The defaults: 4,000 characters (Discord's modal limit), avoid the last 10, up to 3 probes. */
  public static EngineSettings defaults() {
    return new EngineSettings(4000, 10, 3);
  }
}
