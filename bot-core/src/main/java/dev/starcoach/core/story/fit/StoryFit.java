package dev.starcoach.core.story.fit;

import dev.starcoach.core.content.Principle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One story against all sixteen principles. */
public record StoryFit(Map<Principle, FitCell> cells) {
  public StoryFit {
    if (cells.size() != Principle.values().length) {
      throw new IllegalArgumentException("a story fit has a cell for each of the 16 principles");
    }
    cells = Map.copyOf(new EnumMap<>(cells));
  }

  /** The cell of one principle. */
  public FitCell cell(Principle principle) {
    return cells.get(principle);
  }

  /** The principles the story serves as counted (usable or strong), strongest first. */
  public List<FitCell> serves() {
    List<FitCell> out = new ArrayList<>();
    for (Principle p : Principle.values()) {
      if (cells.get(p).counted().usable()) {
        out.add(cells.get(p));
      }
    }
    out.sort(Comparator.comparing(FitCell::counted));
    return out;
  }
}
