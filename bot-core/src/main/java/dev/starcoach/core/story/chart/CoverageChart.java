package dev.starcoach.core.story.chart;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.story.fit.CoverageMap;
import dev.starcoach.core.story.fit.FitStrength;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * Draws a {@link CoverageMap} as a PNG heat map with JFreeChart (headless): one row per principle,
 * one column per story, each cell coloured and lettered by how the story serves the principle
 * (strong, usable, weak, absent), and a last column with the usable count per principle, the gaps
 * marked. The four colours are one blue ramp from dark to pale, so they read in any colour vision
 * and in greyscale; the letter in each cell says the same again. The size grows with the bank and
 * is bounded: columns narrow as stories are added, down to {@link #MIN_COLUMN} pixels.
 */
public final class CoverageChart {
  /** Height of every chart in pixels: sixteen rows, the title and the legend. */
  public static final int HEIGHT = 760;

  /** The widest a chart gets, whatever the number of stories. */
  public static final int MAX_WIDTH = 1800;

  /** The width of one story column with few stories. */
  static final int MAX_COLUMN = 72;

  /** The narrowest a story column gets (a letter still fits). */
  static final int MIN_COLUMN = 26;

  /** Past this many stories the count column is compact ({@link #compact}). */
  private static final int COMPACT_AFTER = 20;

  /** The principle names on the left, the axes and the margins. */
  private static final int FRAME = 470;

  /** What the columns of stories and the count may take together before they narrow. */
  private static final int COLUMNS_BUDGET = 1300;

  private static final Color STRONG = new Color(0x08306B);
  private static final Color USABLE = new Color(0x2171B5);
  private static final Color WEAK = new Color(0x9ECAE1);
  private static final Color ABSENT = new Color(0xF2F2F2);
  private static final Color GAP = new Color(0xFDB863);
  private static final Color GRID = Color.WHITE;
  private static final Color INK = new Color(0x1A1A1A);
  private static final String FONT = Font.SANS_SERIF;

  private CoverageChart() {}

  /** The chart's width for a bank of {@code stories} stories. */
  public static int width(int stories) {
    int columns = Math.max(1, stories) + 1;
    return Math.min(MAX_WIDTH, FRAME + columns * column(stories));
  }

  private static int column(int stories) {
    int columns = Math.max(1, stories) + 1;
    return Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, COLUMNS_BUDGET / columns));
  }

  /**
   * True when columns are too narrow for "1 GAP" and "usable": the count column then shows the
   * number alone (its orange still marks a gap) under the header "ok".
   */
  private static boolean compact(int stories) {
    return stories > COMPACT_AFTER;
  }

  /** The letter shown in a cell of this strength. */
  public static String letter(FitStrength strength) {
    return switch (strength) {
      case STRONG -> "S";
      case USABLE -> "U";
      case WEAK -> "W";
      case ABSENT -> "-";
    };
  }

  /** The PNG bytes of the map; an empty bank draws the principles with a note to add stories. */
  public static byte[] png(CoverageMap map) {
    System.setProperty("java.awt.headless", "true");
    List<CoverageMap.Column> stories = map.stories();
    int n = stories.size();
    Principle[] principles = Principle.values();
    int countColumn = Math.max(1, n);

    double[][] cells = cells(map, principles);
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("coverage", cells);

    XYBlockRenderer renderer = new XYBlockRenderer();
    LookupPaintScale scale = new LookupPaintScale(0, 4, ABSENT);
    scale.add(0, ABSENT);
    scale.add(1, WEAK);
    scale.add(2, USABLE);
    scale.add(3, STRONG);
    renderer.setPaintScale(scale);
    renderer.setBlockWidth(1.0);
    renderer.setBlockHeight(1.0);

    XYPlot plot = new XYPlot(data, storyAxis(stories, countColumn), principleAxis(map), renderer);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    plot.getDomainAxis().setRange(-0.5, countColumn + 0.5);
    plot.getRangeAxis().setRange(-0.5, principles.length - 0.5);
    plot.setBackgroundPaint(ABSENT);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setOutlinePaint(GRID);
    annotate(plot, map, principles, countColumn);
    plot.setFixedLegendItems(legend());

    JFreeChart chart = new JFreeChart(null, null, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.addSubtitle(
        new TextTitle("Your stories against the 16 principles", new Font(FONT, Font.BOLD, 24)));
    chart.addSubtitle(
        new TextTitle(
            n == 0
                ? "No stories yet: add one and it gets a column here."
                : map.gaps().isEmpty()
                    ? "Every principle has at least " + CoverageMap.ENOUGH + " usable stories."
                    : map.gaps().size()
                        + " of 16 principles have fewer than "
                        + CoverageMap.ENOUGH
                        + " usable stories (orange, last column).",
            new Font(FONT, Font.PLAIN, 16)));
    LegendTitle legend = new LegendTitle(plot);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setItemFont(new Font(FONT, Font.PLAIN, 16));
    chart.addSubtitle(legend);

    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(png, chart, width(n), HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  /** x = story column, y = principle row, z = 0 absent .. 3 strong. */
  private static double[][] cells(CoverageMap map, Principle[] principles) {
    int n = map.stories().size();
    double[][] xyz = new double[3][n * principles.length];
    int i = 0;
    for (int col = 0; col < n; col++) {
      CoverageMap.Column story = map.stories().get(col);
      for (int row = 0; row < principles.length; row++) {
        xyz[0][i] = col;
        xyz[1][i] = y(row);
        xyz[2][i] = level(story.fit().cell(principles[row]).counted());
        i++;
      }
    }
    return xyz;
  }

  /** The plot's y of a principle: the first principle on top. */
  private static int y(int principle) {
    return Principle.values().length - 1 - principle;
  }

  private static int level(FitStrength strength) {
    return switch (strength) {
      case STRONG -> 3;
      case USABLE -> 2;
      case WEAK -> 1;
      case ABSENT -> 0;
    };
  }

  private static SymbolAxis storyAxis(List<CoverageMap.Column> stories, int countColumn) {
    String[] names = new String[countColumn + 1];
    for (int i = 0; i < countColumn; i++) {
      names[i] = i < stories.size() ? "#" + stories.get(i).number() : "";
    }
    names[countColumn] = compact(stories.size()) ? "ok" : "usable";
    SymbolAxis axis = new SymbolAxis("Story", names);
    axis.setTickLabelFont(new Font(FONT, Font.BOLD, stories.size() > 30 ? 12 : 16));
    axis.setLabelFont(new Font(FONT, Font.PLAIN, 13));
    axis.setGridBandsVisible(false);
    return axis;
  }

  private static SymbolAxis principleAxis(CoverageMap map) {
    Principle[] principles = Principle.values();
    String[] names = new String[principles.length];
    for (int i = 0; i < principles.length; i++) {
      boolean gap = map.usableCount(principles[i]) < CoverageMap.ENOUGH;
      names[y(i)] = (gap ? "! " : "") + principles[i].displayName();
    }
    SymbolAxis axis = new SymbolAxis(null, names);
    axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 17));
    axis.setGridBandsVisible(false);
    return axis;
  }

  /** The letters, the count column and the lines between cells. */
  private static void annotate(XYPlot plot, CoverageMap map, Principle[] principles, int count) {
    Font letterFont = new Font(FONT, Font.BOLD, map.stories().size() > 30 ? 13 : 19);
    for (int col = 0; col < map.stories().size(); col++) {
      CoverageMap.Column story = map.stories().get(col);
      for (int row = 0; row < principles.length; row++) {
        FitStrength s = story.fit().cell(principles[row]).counted();
        XYTextAnnotation letter = new XYTextAnnotation(letter(s), col, y(row));
        letter.setFont(letterFont);
        letter.setPaint(s == FitStrength.STRONG || s == FitStrength.USABLE ? Color.WHITE : INK);
        plot.addAnnotation(letter);
      }
    }
    boolean compact = compact(map.stories().size());
    Font countFont = new Font(FONT, Font.BOLD, compact ? 13 : 16);
    for (int row = 0; row < principles.length; row++) {
      int usable = map.usableCount(principles[row]);
      boolean gap = usable < CoverageMap.ENOUGH;
      plot.addAnnotation(
          new XYBoxAnnotation(
              count - 0.5,
              y(row) - 0.5,
              count + 0.5,
              y(row) + 0.5,
              new BasicStroke(1f),
              GRID,
              gap ? GAP : Color.WHITE));
      XYTextAnnotation text =
          new XYTextAnnotation(gap && !compact ? usable + " GAP" : "" + usable, count, y(row));
      text.setFont(countFont);
      text.setPaint(INK);
      plot.addAnnotation(text);
    }
    BasicStroke line = new BasicStroke(2f);
    for (int row = 0; row < principles.length; row++) {
      for (int col = 0; col < map.stories().size(); col++) {
        plot.addAnnotation(
            new XYBoxAnnotation(
                col - 0.5, y(row) - 0.5, col + 0.5, y(row) + 0.5, line, GRID, null));
      }
    }
  }

  private static LegendItemCollection legend() {
    LegendItemCollection items = new LegendItemCollection();
    items.add(item("S strong", STRONG));
    items.add(item("U usable", USABLE));
    items.add(item("W weak", WEAK));
    items.add(item("- absent", ABSENT));
    items.add(item("GAP: fewer than " + CoverageMap.ENOUGH + " usable", GAP));
    return items;
  }

  private static LegendItem item(String label, Color colour) {
    return new LegendItem(
        label,
        label,
        null,
        null,
        new Rectangle(0, 0, 16, 16),
        colour,
        new BasicStroke(1f),
        Color.GRAY);
  }
}
