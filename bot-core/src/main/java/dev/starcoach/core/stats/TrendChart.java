package dev.starcoach.core.stats;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** Renders a person's weekly score trend as a PNG with JFreeChart (headless). */
public final class TrendChart {
  /** Width of the PNG in pixels. */
  public static final int WIDTH = 640;

  /** Height of the PNG in pixels. */
  public static final int HEIGHT = 320;

  private static final DateTimeFormatter WEEK =
      DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

  private TrendChart() {}

  /** The PNG bytes of the trend: average score per week, weeks without answers left empty. */
  public static byte[] png(PersonStats stats) {
    System.setProperty("java.awt.headless", "true");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (PersonStats.WeekPoint point : stats.trend()) {
      data.addValue(
          point.answers() == 0 ? null : (Number) point.averageScore(),
          "Average score",
          point.weekStart().format(WEEK));
    }
    JFreeChart chart =
        ChartFactory.createLineChart(
            "Your weekly average",
            "Week of",
            "Score",
            data,
            PlotOrientation.VERTICAL,
            false,
            false,
            false);
    chart.setBackgroundPaint(Color.WHITE);
    CategoryPlot plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(new Color(0xF7F7F9));
    plot.setRangeGridlinePaint(new Color(0xCCCCCC));
    NumberAxis range = (NumberAxis) plot.getRangeAxis();
    range.setRange(0, 100);
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setSeriesPaint(0, new Color(0x2F6FEB));
    renderer.setSeriesStroke(0, new BasicStroke(3f));
    renderer.setDefaultShapesVisible(true);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(png, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }
}
