package dev.starcoach.core.scoring;

import dev.starcoach.core.content.Verdict;
import java.util.List;

/** The closing call of a mock interview: the verdict, an overall score and the reasons. */
public record BarRaiserVerdict(Verdict verdict, int score, List<String> reasons) {
  public BarRaiserVerdict {
    reasons = List.copyOf(reasons);
  }
}
