package dev.starcoach.core.story.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.fit.CoverageMap;
import dev.starcoach.core.story.fit.FitCell;
import dev.starcoach.core.story.fit.FitStrength;
import dev.starcoach.core.story.fit.StoryFit;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CoverageChartTest {
  private static final int STRONG_BLUE = 0x08306B;
  private static final int GAP_ORANGE = 0xFDB863;
  private static final int LEGEND = 40;

  @Test
  void givenThreeStories_whenDrawn_thenAPngOfTheDocumentedSizeWithStrongCellsAndGaps()
      throws IOException {
    // GIVEN three stories: one strong for Ownership, one usable, one rejected there
    List<CoverageMap.Column> columns = new ArrayList<>();
    columns.add(column(1, Map.of(Principle.OWNERSHIP, FitStrength.STRONG), Map.of()));
    columns.add(column(2, Map.of(Principle.OWNERSHIP, FitStrength.USABLE), Map.of()));
    columns.add(
        column(
            3,
            Map.of(Principle.OWNERSHIP, FitStrength.STRONG),
            Map.of(Principle.OWNERSHIP, MappingDecision.REJECTED)));
    CoverageMap map = new CoverageMap(columns);

    // WHEN drawn
    BufferedImage image = decode(CoverageChart.png(map));

    // THEN it has the documented size, dark strong cells and orange gap marks (15 principles)
    assertEquals(CoverageChart.width(3), image.getWidth());
    assertEquals(CoverageChart.HEIGHT, image.getHeight());
    assertNotEquals(0, count(image, STRONG_BLUE), "a strong cell is drawn");
    assertNotEquals(0, count(image, GAP_ORANGE), "gaps are marked");
    assertEquals(15, map.gaps().size());
  }

  @Test
  void givenAnEmptyBank_whenDrawn_thenItStillDecodesWithEveryPrincipleAGap() throws IOException {
    // GIVEN no stories
    CoverageMap map = new CoverageMap(List.of());

    // WHEN drawn
    BufferedImage image = decode(CoverageChart.png(map));

    // THEN a chart of the smallest width, with gaps marked and no strong cell
    assertEquals(CoverageChart.width(0), image.getWidth());
    assertEquals(CoverageChart.HEIGHT, image.getHeight());
    assertEquals(0, count(image, STRONG_BLUE));
    assertNotEquals(0, count(image, GAP_ORANGE));
  }

  @Test
  void givenFiftyStories_whenDrawn_thenTheWidthIsBoundedAndNoPrincipleIsAGap() throws IOException {
    // GIVEN fifty stories, each strong for every principle
    Map<Principle, FitStrength> all = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      all.put(p, FitStrength.STRONG);
    }
    List<CoverageMap.Column> columns = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      columns.add(column(i, all, Map.of()));
    }
    CoverageMap map = new CoverageMap(columns);

    // WHEN drawn
    BufferedImage image = decode(CoverageChart.png(map));

    // THEN it fits the bound and shows no gap
    assertEquals(CoverageChart.width(50), image.getWidth());
    assertTrue(image.getWidth() <= CoverageChart.MAX_WIDTH, "width " + image.getWidth());
    assertEquals(0, count(image, GAP_ORANGE));
    assertNotEquals(0, count(image, STRONG_BLUE));
  }

  @Test
  void givenMoreStories_whenSized_thenColumnsNarrowButNeverBelowTheLetterWidth() {
    // GIVEN banks of growing size
    // WHEN sized / THEN the chart widens, never beyond the bound, and the columns stay readable
    assertTrue(CoverageChart.width(3) < CoverageChart.width(12));
    assertTrue(CoverageChart.width(12) <= CoverageChart.width(50));
    assertTrue(CoverageChart.width(1000) <= CoverageChart.MAX_WIDTH);
    assertEquals("S", CoverageChart.letter(FitStrength.STRONG));
    assertEquals("-", CoverageChart.letter(FitStrength.ABSENT));
  }

  private static CoverageMap.Column column(
      int number, Map<Principle, FitStrength> estimates, Map<Principle, MappingDecision> decided) {
    Map<Principle, FitCell> cells = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      cells.put(
          p,
          new FitCell(
              p,
              estimates.getOrDefault(p, FitStrength.ABSENT),
              List.of(),
              Optional.ofNullable(decided.get(p))));
    }
    return new CoverageMap.Column(new StoryNumber(number), "Story " + number, new StoryFit(cells));
  }

  private static BufferedImage decode(byte[] png) throws IOException {
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertNotEquals(null, image);
    return image;
  }

  /** Pixels of a colour in the grid, above the legend's swatches. */
  private static long count(BufferedImage image, int rgb) {
    long n = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight() - LEGEND; y++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          n++;
        }
      }
    }
    return n;
  }
}
