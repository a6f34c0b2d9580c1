package dev.starcoach.core.scoring;

import dev.starcoach.core.content.Verdict;
import java.util.List;

/**
 * A scored answer: a 0-100 score, the verdict band it falls in, the estimated spoken length, the
 * findings that explain the score, and for full answers the STAR segments found.
 *
 * @param reasons one-line reasons behind the verdict, strongest first
 */
public record Assessment(
    int score,
    Verdict verdict,
    double spokenSeconds,
    int targetSeconds,
    List<Finding> findings,
    List<Segment> segments,
    List<String> reasons) {
  public Assessment {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be 0-100, got " + score);
    }
    findings = List.copyOf(findings);
    segments = List.copyOf(segments);
    reasons = List.copyOf(reasons);
  }

  /** The findings of one kind, in order. */
  public List<Finding> findings(FindingKind kind) {
    return findings.stream().filter(f -> f.kind() == kind).toList();
  }

  /** True when a finding of this category was made. */
  public boolean has(FindingCategory category) {
    return findings.stream().anyMatch(f -> f.category() == category);
  }
}
