package dev.starcoach.core.story.fit;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.fit.Evidence.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns one principle's evidence and the story's telling into a cell. The evidence decides a level:
 * strong with at least {@value #STRONG_POINTS} points from two kinds of substance, usable with
 * {@value #USABLE_POINTS} points and the kinds of substance the principle needs, weak with any
 * point at all; the telling then caps it ({@link Telling#ceiling()}).
 */
final class FitJudge {
  static final int STRONG_POINTS = 5;
  static final int USABLE_POINTS = 3;
  private static final int MAX_REASONS = 5;

  private FitJudge() {}

  static FitCell cell(
      Principle p, Evidence e, Telling telling, Optional<MappingDecision> decision) {
    FitStrength found = level(e);
    FitStrength ceiling = telling.ceiling();
    boolean capped = found.ordinal() < ceiling.ordinal();
    FitStrength estimated = capped ? ceiling : found;
    List<String> reasons = new ArrayList<>();
    List<Signal> signals = new ArrayList<>(e.signals());
    signals.sort(
        Comparator.comparing((Signal s) -> !s.substance()).thenComparing(s -> s.weight() < 0));
    for (Signal s : signals) {
      reasons.add(s.weight() < 0 ? "against it: " + s.reason() : s.reason());
    }
    if (capped) {
      telling.why().ifPresent(s -> reasons.add(s.reason()));
    }
    if (estimated != FitStrength.STRONG && !e.missing().isEmpty()) {
      reasons.add("to make it stronger: " + e.missing().get(0));
    }
    return new FitCell(
        p, estimated, reasons.subList(0, Math.min(MAX_REASONS, reasons.size())), decision);
  }

  /** The level the evidence alone supports. */
  static FitStrength level(Evidence e) {
    int points = e.points();
    if (e.substances() == 0 || e.substances() < e.needs()) {
      return points >= 1 ? FitStrength.WEAK : FitStrength.ABSENT;
    }
    if (points >= STRONG_POINTS && e.substances() >= 2) {
      return FitStrength.STRONG;
    }
    if (points >= USABLE_POINTS) {
      return FitStrength.USABLE;
    }
    return points >= 1 ? FitStrength.WEAK : FitStrength.ABSENT;
  }
}
