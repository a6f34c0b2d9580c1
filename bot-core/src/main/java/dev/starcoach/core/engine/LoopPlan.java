package dev.starcoach.core.engine;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.story.fit.CoverageMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Which principles the interviewers of a loop cover, all different. With stories, the loop draws on
 * them: up to all but one interviewer ask principles the person's stories serve (most served
 * first), and at least one asks the weakest gap, where the person has fewer than two usable
 * stories; the rest come from the gaps, weakest first. Without usable stories, a random spread. The
 * order of the interviewers is shuffled. Deterministic given the random.
 */
final class LoopPlan {
  /** Interviewers in a loop rehearsal: four, as in most onsite loops. */
  static final int ROUNDS = 4;

  private LoopPlan() {}

  /**
   * The principles of a loop.
   *
   * @param weakestFirst the available principles, weakest first ({@link GapCoach#rank})
   */
  static List<Principle> principles(
      CoverageMap coverage,
      List<Principle> weakestFirst,
      Collection<Principle> available,
      int rounds,
      RandomGenerator random) {
    List<Principle> pool = weakestFirst.stream().filter(available::contains).toList();
    int count = Math.min(rounds, pool.size());
    List<Principle> served =
        new ArrayList<>(pool.stream().filter(p -> coverage.usableCount(p) > 0).toList());
    List<Principle> chosen = new ArrayList<>();
    if (served.isEmpty()) {
      List<Principle> spread = new ArrayList<>(pool);
      shuffle(spread, random);
      chosen.addAll(spread.subList(0, count));
      return chosen;
    }
    shuffle(served, random);
    served.sort(Comparator.comparingInt((Principle p) -> -coverage.usableCount(p)));
    Principle gap =
        pool.stream()
            .filter(p -> coverage.usableCount(p) < CoverageMap.ENOUGH)
            .findFirst()
            .orElse(pool.get(0));
    for (Principle p : served) {
      if (chosen.size() < count - 1 && p != gap) {
        chosen.add(p);
      }
    }
    chosen.add(gap);
    for (Principle p : pool) {
      if (chosen.size() < count && !chosen.contains(p)) {
        chosen.add(p);
      }
    }
    shuffle(chosen, random);
    return chosen;
  }

  private static <T> void shuffle(List<T> list, RandomGenerator random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
