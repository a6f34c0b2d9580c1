package dev.starcoach.core.view;

/**
 * A 0-100 score as every renderer shows it: how many of ten cells are filled and its tone.
 *
 * @param score the score, 0-100
 * @param filled filled cells, 0 to {@link #CELLS}
 * @param tone good, mixed or weak, for colour
 */
public record ScoreMeter(int score, int filled, Tone tone) {
  /** Cells in a meter. */
  public static final int CELLS = 10;

  /** How a score reads at a glance. */
  public enum Tone {
    /** 70 and above. */
    GOOD,
    /** 50 to 69. */
    MIXED,
    /** Below 50. */
    WEAK
  }

  /** The meter of a score (clamped to 0-100). */
  public static ScoreMeter of(int score) {
    int clamped = Math.max(0, Math.min(100, score));
    int filled = Math.max(0, Math.min(CELLS, Math.round(clamped * CELLS / 100f)));
    Tone tone = clamped >= 70 ? Tone.GOOD : clamped >= 50 ? Tone.MIXED : Tone.WEAK;
    return new ScoreMeter(clamped, filled, tone);
  }

  /** The meter drawn with the given characters for filled and empty cells. */
  public String cells(char full, char empty) {
    return String.valueOf(full).repeat(filled) + String.valueOf(empty).repeat(CELLS - filled);
  }
}
