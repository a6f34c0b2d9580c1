package dev.starcoach.core.scoring.features;

import dev.starcoach.core.scoring.AnswerKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which feature families each answer kind is judged on. A family outside a step's rubric is not
 * fitted for it and never explains its score (a Result is not judged as a lesson).
 */
public final class Rubric {
  private Rubric() {}

  /** The families a kind uses. */
  public static Set<Feature.Family> families(AnswerKind kind) {
    Set<Feature.Family> all = EnumSet.allOf(Feature.Family.class);
    return switch (kind) {
      case SITUATION, TASK, ACTION, RESULT -> {
        all.remove(Feature.Family.REFLECTION);
        all.remove(Feature.Family.PROBE);
        yield all;
      }
      case REFLECTION -> {
        all.remove(Feature.Family.PROBE);
        yield all;
      }
      case PROBE, FULL -> all;
    };
  }

  /** True when a kind is judged on a feature. */
  public static boolean uses(AnswerKind kind, Feature f) {
    return families(kind).contains(f.family());
  }
}
