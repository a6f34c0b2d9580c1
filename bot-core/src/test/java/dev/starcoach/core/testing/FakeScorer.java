package dev.starcoach.core.testing;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.scoring.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A predictable scorer for engine tests: 80 for answers with "I " and a digit, 40 otherwise; a "we"
 * adds a we_language finding. Full answers are split on lines starting with a step letter and colon
 * ("S: ...", "T: ...") so tests control the segments.
 */
public final class FakeScorer implements Scorer {

  @Override
  public Assessment assess(ScoreRequest request) {
    String text = request.text();
    String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
    List<Finding> findings = new ArrayList<>();
    int score = lower.contains(" i ") && text.matches("(?s).*\\d.*") ? 80 : 40;
    if (lower.contains(" we ")) {
      findings.add(new Finding(FindingCategory.WE_LANGUAGE, "Say what you did.", "we"));
      score -= 10;
    }
    if (lower.contains(" i ")) {
      findings.add(new Finding(FindingCategory.I_STATEMENTS, "Clear ownership.", "I"));
    }
    double spoken = text.isBlank() ? 0 : text.strip().split("\\s+").length / 2.5;
    List<Segment> segments = new ArrayList<>();
    if (request.kind() == AnswerKind.FULL) {
      for (String line : text.split("\\s*\\|\\s*|\\n")) {
        if (line.length() > 2 && line.charAt(1) == ':') {
          for (Step step : Step.values()) {
            if (step.letter() == Character.toUpperCase(line.charAt(0))) {
              segments.add(new Segment(step, line.substring(2).strip()));
            }
          }
        }
      }
    }
    Verdict verdict = score >= 70 ? Verdict.HIRE : Verdict.LEANING_NO_HIRE;
    return new Assessment(
        score, verdict, spoken, request.targetSeconds(), findings, segments, List.of("fake"));
  }

  @Override
  public BarRaiserVerdict conclude(Assessment full, List<Assessment> probes, Level level) {
    int sum = full == null ? 0 : full.score();
    for (Assessment a : probes) {
      sum += a.score();
    }
    int avg = sum / (1 + probes.size());
    Verdict verdict = avg >= 70 ? Verdict.HIRE : Verdict.LEANING_NO_HIRE;
    return new BarRaiserVerdict(verdict, avg, List.of("average " + avg));
  }
}
