package dev.starcoach.core.scoring;

/**
 * One reason behind a score.
 *
 * @param category the stable category
 * @param message coaching for people: what was seen and what to do instead
 * @param evidence the words of the answer that triggered it, or an empty string
 */
public record Finding(FindingCategory category, String message, String evidence) {
  public Finding {
    evidence = evidence == null ? "" : evidence;
  }

  /** Strength or issue, as the category says. */
  public FindingKind kind() {
    return category.kind();
  }
}
