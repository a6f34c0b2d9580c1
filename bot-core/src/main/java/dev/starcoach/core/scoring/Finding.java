package dev.starcoach.core.scoring;

/**
 * One reason behind a score.
 *
 * @param category the stable category
 * @param message coaching for people: what was seen and what to do instead
 * @param evidence the words of the answer that triggered it, or an empty string
 * @param points what this finding contributed to the score, in points (negative for issues); the
 *     points of an assessment's findings add up to its score minus the step's base
 */
public record Finding(FindingCategory category, String message, String evidence, int points) {
  public Finding {
    evidence = evidence == null ? "" : evidence;
  }

  /** A finding without a contribution in points (a note beside the score). */
  public Finding(FindingCategory category, String message, String evidence) {
    this(category, message, evidence, 0);
  }

  /** Strength or issue, as the category says. */
  public FindingKind kind() {
    return category.kind();
  }
}
