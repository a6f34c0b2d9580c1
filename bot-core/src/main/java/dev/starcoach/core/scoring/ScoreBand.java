package dev.starcoach.core.scoring;

/**
 * A kind, public summary of a score, for places where the findings must stay private (a daily
 * question's thread): only the band is shown to others.
 */
public enum ScoreBand {
  STRONG(80, "Strong", "a strong, well-structured answer"),
  SOLID(65, "Solid", "a solid answer with a few things to sharpen"),
  DEVELOPING(50, "Developing", "a good start with clear next steps"),
  EARLY_DRAFT(0, "Early draft", "an early draft: the private feedback shows what to add");

  private final int minimum;
  private final String label;
  private final String description;

  ScoreBand(int minimum, String label, String description) {
    this.minimum = minimum;
    this.label = label;
    this.description = description;
  }

  /** The band's name ("Solid"). */
  public String label() {
    return label;
  }

  /** A short, encouraging description for a public note. */
  public String description() {
    return description;
  }

  /** The band of a 0-100 score. */
  public static ScoreBand of(int score) {
    for (ScoreBand band : values()) {
      if (score >= band.minimum) {
        return band;
      }
    }
    return EARLY_DRAFT;
  }
}
