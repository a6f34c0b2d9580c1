package dev.starcoach.core.engine;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.store.ScoredAnswer;
import dev.starcoach.core.story.fit.CoverageMap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a person is weakest, from their story coverage and their answer history. Pure: the same
 * inputs give the same pick.
 *
 * <p>Principles are ranked by, in order: fewest usable stories in the coverage map; then the lowest
 * average of the last {@link #RECENT} answers on the principle (its steps and full answers; a
 * principle never answered comes before any average); then the longest since practised (never
 * first); then the principles' own order. The step to focus is the one whose last {@link #RECENT}
 * answers average lowest across all principles, or the Action when no step was answered yet.
 */
final class GapCoach {
  /** How many recent answers an average is taken over. */
  static final int RECENT = 5;

  /** What is known about one principle, for ranking. */
  record Standing(
      Principle principle,
      int usableStories,
      OptionalInt recentAverage,
      int recentCount,
      Optional<Instant> lastPractised) {}

  /** The pick: a principle, the step to focus, and why, in plain words. */
  record GapPick(Principle principle, Step focus, List<String> reasons) {
    GapPick {
      reasons = List.copyOf(reasons);
    }
  }

  private static final Comparator<Standing> WEAKEST_FIRST =
      Comparator.comparingInt(Standing::usableStories)
          .thenComparingInt(s -> s.recentAverage().orElse(-1))
          .thenComparing(s -> s.lastPractised().orElse(Instant.MIN))
          .thenComparing(Standing::principle);

  /** Every available principle, weakest first. */
  List<Standing> rank(
      CoverageMap coverage, List<ScoredAnswer> history, Collection<Principle> available) {
    List<Standing> out = new ArrayList<>();
    for (Principle p : Principle.values()) {
      if (available.contains(p)) {
        out.add(standing(p, coverage, history));
      }
    }
    out.sort(WEAKEST_FIRST);
    return out;
  }

  /**
   * The weakest available principle and the step to focus, with reasons.
   *
   * @throws IllegalArgumentException when no principle is available
   */
  GapPick pick(
      CoverageMap coverage,
      List<ScoredAnswer> history,
      Collection<Principle> available,
      Instant now) {
    List<Standing> ranked = rank(coverage, history, available);
    if (ranked.isEmpty()) {
      throw new IllegalArgumentException("no principle has questions to practise");
    }
    Standing weakest = ranked.get(0);
    List<String> reasons = new ArrayList<>(reasons(weakest, now));
    Step focus = focus(history);
    reasons.add(focusReason(focus, history));
    return new GapPick(weakest.principle(), focus, reasons);
  }

  /** The step whose recent answers average lowest; the Action when none was answered. */
  static Step focus(List<ScoredAnswer> history) {
    Step lowest = null;
    int lowestAverage = Integer.MAX_VALUE;
    for (Step step : Step.values()) {
      List<ScoredAnswer> recent = recent(history, a -> a.kind() == AnswerKind.of(step));
      if (!recent.isEmpty() && average(recent) < lowestAverage) {
        lowest = step;
        lowestAverage = average(recent);
      }
    }
    return lowest == null ? Step.ACTION : lowest;
  }

  private static Standing standing(Principle p, CoverageMap coverage, List<ScoredAnswer> history) {
    List<ScoredAnswer> recent =
        recent(history, a -> a.principle() == p && a.kind() != AnswerKind.PROBE);
    Optional<Instant> last =
        history.stream()
            .filter(a -> a.principle() == p)
            .map(ScoredAnswer::answeredAt)
            .max(Comparator.naturalOrder());
    return new Standing(
        p,
        coverage.usableCount(p),
        recent.isEmpty() ? OptionalInt.empty() : OptionalInt.of(average(recent)),
        recent.size(),
        last);
  }

  private static List<String> reasons(Standing s, Instant now) {
    String name = s.principle().displayName();
    List<String> out = new ArrayList<>();
    int need = CoverageMap.ENOUGH;
    if (s.usableStories() == 0) {
      out.add("no usable story for " + name + " yet (you need " + need + ")");
    } else if (s.usableStories() < need) {
      out.add(
          "only "
              + s.usableStories()
              + " usable "
              + plural(s.usableStories(), "story", "stories")
              + " for "
              + name
              + " (you need "
              + need
              + ")");
    } else {
      out.add(
          s.usableStories() + " usable stories for " + name + ", as few as any other principle");
    }
    if (s.recentAverage().isEmpty()) {
      out.add("you have not answered a " + name + " question yet");
    } else if (s.recentCount() == 1) {
      out.add("your one " + name + " answer scored " + s.recentAverage().getAsInt());
    } else {
      out.add(
          "your "
              + name
              + " answers average "
              + s.recentAverage().getAsInt()
              + " over the last "
              + s.recentCount());
    }
    s.lastPractised()
        .ifPresent(
            at -> {
              long days = Math.max(0, Duration.between(at, now).toDays());
              out.add(
                  days == 0
                      ? "last practised today"
                      : "not practised for " + days + " " + plural(days, "day", "days"));
            });
    return out;
  }

  private static String focusReason(Step focus, List<ScoredAnswer> history) {
    List<ScoredAnswer> recent = recent(history, a -> a.kind() == AnswerKind.of(focus));
    if (recent.isEmpty()) {
      return "no step scores yet, so the drill focuses on the Action: it carries most of an"
          + " answer's weight";
    }
    String over = recent.size() == 1 ? "on your one answer" : "over the last " + recent.size();
    return "your "
        + focus.label()
        + " answers average "
        + average(recent)
        + " "
        + over
        + ", your lowest step, so the drill focuses on the "
        + focus.label();
  }

  /** The last {@link #RECENT} answers that pass {@code which}, oldest first. */
  private static List<ScoredAnswer> recent(
      List<ScoredAnswer> history, java.util.function.Predicate<ScoredAnswer> which) {
    List<ScoredAnswer> matching = history.stream().filter(which).toList();
    return matching.subList(Math.max(0, matching.size() - RECENT), matching.size());
  }

  private static int average(List<ScoredAnswer> answers) {
    return (int) Math.round(answers.stream().mapToInt(ScoredAnswer::score).average().orElse(0));
  }

  private static String plural(long n, String one, String many) {
    return n == 1 ? one : many;
  }
}
