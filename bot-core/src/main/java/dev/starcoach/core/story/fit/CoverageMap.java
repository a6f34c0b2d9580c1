package dev.starcoach.core.story.fit;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.story.StoryNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The sixteen principles against a person's stories: a cell per pair, and the principles with fewer
 * than {@link #ENOUGH} usable stories marked as gaps.
 *
 * @param stories one column per story, by number
 */
public record CoverageMap(List<Column> stories) {
  /** How many usable stories a principle needs: an interviewer may ask any principle twice. */
  public static final int ENOUGH = 2;

  public CoverageMap {
    stories = List.copyOf(stories);
  }

  /** One story's column. */
  public record Column(StoryNumber number, String title, StoryFit fit) {
    public Column {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(fit, "fit");
    }
  }

  /** How many stories serve a principle as counted (usable or strong). */
  public int usableCount(Principle principle) {
    int n = 0;
    for (Column c : stories) {
      if (c.fit().cell(principle).counted().usable()) {
        n++;
      }
    }
    return n;
  }

  /** The principles with fewer than {@link #ENOUGH} usable stories, in the principles' order. */
  public List<Principle> gaps() {
    List<Principle> out = new ArrayList<>();
    for (Principle p : Principle.values()) {
      if (usableCount(p) < ENOUGH) {
        out.add(p);
      }
    }
    return out;
  }
}
