package dev.starcoach.core.view;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.fit.FitCell;
import dev.starcoach.core.story.fit.FitStrength;
import dev.starcoach.core.story.fit.StoryFit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The plain words every renderer uses about stories, made once: a strength's name, the principles a
 * story serves in one line, and a list of steps. Plain text; each renderer escapes it for its
 * platform.
 */
public final class StoryWords {
  /** How many served principles one line names before "+N". */
  public static final int SERVES_NAMED = 4;

  private StoryWords() {}

  /** A strength as people read it: strong, usable, weak or absent. */
  public static String strength(FitStrength s) {
    return s.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The principles a story serves as counted, strongest first: "serves Ownership (strong), Dive
   * Deep (usable) +2", or "serves no principle yet".
   */
  public static String serves(StoryFit fit) {
    List<FitCell> serves = fit.serves();
    if (serves.isEmpty()) {
      return "serves no principle yet";
    }
    StringBuilder line = new StringBuilder("serves ");
    for (int i = 0; i < serves.size() && i < SERVES_NAMED; i++) {
      line.append(i == 0 ? "" : ", ").append(cell(serves.get(i)));
    }
    if (serves.size() > SERVES_NAMED) {
      line.append(" +").append(serves.size() - SERVES_NAMED);
    }
    return line.toString();
  }

  /**
   * What a confirm, reject or clear did, with the story and principle already marked up by the
   * renderer ("Confirmed: story #2 *Invoices* serves *Dive Deep*. It counts in your map.").
   */
  public static String decided(Optional<MappingDecision> decision, String story, String principle) {
    if (decision.isEmpty()) {
      return "Cleared your decision: "
          + story
          + " counts for "
          + principle
          + " as estimated again.";
    }
    return decision.get() == MappingDecision.CONFIRMED
        ? "Confirmed: " + story + " serves " + principle + ". It counts in your map."
        : "Rejected: "
            + story
            + " no longer counts for "
            + principle
            + ", whatever the estimate says.";
  }

  /** One principle with its strength as counted: "Dive Deep (usable)". */
  public static String cell(FitCell c) {
    return c.principle().displayName() + " (" + strength(c.counted()) + ")";
  }

  /** Steps as a phrase: "Situation, Task and Result"; "text" when none is named. */
  public static String steps(List<Step> steps) {
    if (steps.isEmpty()) {
      return "text";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < steps.size(); i++) {
      out.append(i == 0 ? "" : i == steps.size() - 1 ? " and " : ", ").append(steps.get(i).label());
    }
    return out.toString();
  }
}
