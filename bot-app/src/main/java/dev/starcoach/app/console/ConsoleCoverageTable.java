package dev.starcoach.app.console;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.story.fit.CoverageMap;
import dev.starcoach.core.story.fit.FitCell;
import dev.starcoach.core.story.fit.FitStrength;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The coverage map as a terminal table: a row per principle (short names), a column per story
 * number, the usable count, and the gaps marked. Fits 80 columns with up to {@link #PER_TABLE}
 * stories; a larger bank is shown in several tables of that many columns.
 */
final class ConsoleCoverageTable {
  /** Story columns per table. */
  static final int PER_TABLE = 12;

  private static final int NAME_WIDTH = 22;

  private static final Map<Principle, String> SHORT = new EnumMap<>(Principle.class);

  static {
    SHORT.put(Principle.CUSTOMER_OBSESSION, "Customer Obsession");
    SHORT.put(Principle.OWNERSHIP, "Ownership");
    SHORT.put(Principle.INVENT_AND_SIMPLIFY, "Invent and Simplify");
    SHORT.put(Principle.ARE_RIGHT_A_LOT, "Are Right, A Lot");
    SHORT.put(Principle.LEARN_AND_BE_CURIOUS, "Learn, Be Curious");
    SHORT.put(Principle.HIRE_AND_DEVELOP_THE_BEST, "Hire and Develop");
    SHORT.put(Principle.INSIST_ON_THE_HIGHEST_STANDARDS, "Highest Standards");
    SHORT.put(Principle.THINK_BIG, "Think Big");
    SHORT.put(Principle.BIAS_FOR_ACTION, "Bias for Action");
    SHORT.put(Principle.FRUGALITY, "Frugality");
    SHORT.put(Principle.EARN_TRUST, "Earn Trust");
    SHORT.put(Principle.DIVE_DEEP, "Dive Deep");
    SHORT.put(Principle.HAVE_BACKBONE, "Have Backbone");
    SHORT.put(Principle.DELIVER_RESULTS, "Deliver Results");
    SHORT.put(Principle.EARTHS_BEST_EMPLOYER, "Best Employer");
    SHORT.put(Principle.BROAD_RESPONSIBILITY, "Broad Responsibility");
  }

  private final UnaryOperator<String> bold;
  private final UnaryOperator<String> dim;

  ConsoleCoverageTable(UnaryOperator<String> bold, UnaryOperator<String> dim) {
    this.bold = bold;
    this.dim = dim;
  }

  /** A principle's name short enough for the table (at most 21 characters). */
  static String shortName(Principle p) {
    return SHORT.get(p);
  }

  /** The symbol of one cell: what counts, or the person's rejection. */
  static String symbol(FitCell cell) {
    if (cell.decision().isPresent()
        && cell.decision().get() == dev.starcoach.core.story.MappingDecision.REJECTED) {
      return "x";
    }
    return symbol(cell.counted());
  }

  static String symbol(FitStrength strength) {
    return switch (strength) {
      case STRONG -> "●";
      case USABLE -> "◐";
      case WEAK -> "○";
      case ABSENT -> "·";
    };
  }

  String render(CoverageMap map) {
    StringBuilder out = new StringBuilder();
    List<CoverageMap.Column> columns = map.stories();
    out.append(bold.apply("Coverage map"))
        .append(
            dim.apply(
                " — 16 principles × "
                    + columns.size()
                    + (columns.size() == 1 ? " story" : " stories")
                    + "; each wants "
                    + CoverageMap.ENOUGH
                    + " usable"));
    if (columns.isEmpty()) {
      return out.append("\nYour bank is empty. Add a story with: /story add TITLE").toString();
    }
    for (int from = 0; from < columns.size(); from += PER_TABLE) {
      out.append("\n\n");
      table(map, columns.subList(from, Math.min(columns.size(), from + PER_TABLE)), out);
    }
    out.append("\n\n")
        .append(dim.apply("● strong  ◐ usable  ○ weak  · absent  x you rejected it"))
        .append("\n");
    List<Principle> gaps = map.gaps();
    out.append(
        gaps.isEmpty()
            ? "Every principle has " + CoverageMap.ENOUGH + " usable stories or more."
            : gaps.size()
                + (gaps.size() == 1 ? " principle needs" : " principles need")
                + " more stories. /story show N gives the reasons;\n/story confirm N PRINCIPLE"
                + " counts a mapping you stand behind.");
    return out.toString();
  }

  private void table(CoverageMap map, List<CoverageMap.Column> columns, StringBuilder out) {
    StringBuilder header = new StringBuilder(ConsoleText.pad("Principle", NAME_WIDTH));
    for (CoverageMap.Column c : columns) {
      header.append(String.format(java.util.Locale.ROOT, "%3d", c.number().value()));
    }
    header.append(" usable");
    out.append(bold.apply(header.toString()));
    for (Principle p : Principle.values()) {
      StringBuilder row = new StringBuilder("\n").append(ConsoleText.pad(shortName(p), NAME_WIDTH));
      for (CoverageMap.Column c : columns) {
        row.append("  ").append(symbol(c.fit().cell(p)));
      }
      int usable = map.usableCount(p);
      row.append(String.format(java.util.Locale.ROOT, "%7d", usable));
      if (usable < CoverageMap.ENOUGH) {
        row.append("  ").append(bold.apply("needs " + (CoverageMap.ENOUGH - usable) + " more"));
      }
      out.append(row);
    }
  }
}
