package dev.starcoach.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TrendChartTest {
  @Test
  void aKnownHistoryRendersAsADecodablePngOfTheExpectedSize() throws IOException {
    // GIVEN four weeks of trend, one without answers
    PersonStats stats =
        new PersonStats(
            3,
            9,
            Map.of(),
            null,
            null,
            2,
            List.of(
                new PersonStats.WeekPoint(LocalDate.of(2026, 2, 16), 3, 40),
                new PersonStats.WeekPoint(LocalDate.of(2026, 2, 23), 0, 0),
                new PersonStats.WeekPoint(LocalDate.of(2026, 3, 2), 4, 62),
                new PersonStats.WeekPoint(LocalDate.of(2026, 3, 9), 2, 75)));

    // WHEN it is rendered
    byte[] png = TrendChart.png(stats);

    // THEN it decodes as a PNG of the documented size with a drawn line in it
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(TrendChart.WIDTH, image.getWidth());
    assertEquals(TrendChart.HEIGHT, image.getHeight());
    long blue = 0;
    for (int x = 0; x < image.getWidth(); x++) {
      for (int y = 0; y < image.getHeight(); y++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == 0x2F6FEB) {
          blue++;
        }
      }
    }
    assertNotEquals(0, blue, "the trend line is drawn");
  }
}
