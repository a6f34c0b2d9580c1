package dev.starcoach.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Console output wrapped to the terminal's width. */
class TextWrapTest {

  @Test
  void wrappedBulletsKeepTheirHangingIndent() {
    // GIVEN a bullet line wider than 30 columns
    String text = "  • Say what you did yourself, with the numbers before and after";

    // WHEN it is wrapped to 30 columns
    String wrapped = TextWrap.wrap(text, 30);

    // THEN every continuation line starts under the bullet's text
    String[] lines = wrapped.split("\n");
    assertTrue(lines.length > 1, wrapped);
    for (int i = 1; i < lines.length; i++) {
      assertTrue(lines[i].startsWith("    ") && !lines[i].startsWith("     "), wrapped);
    }
  }

  @Test
  void colourCodesTakeNoWidth() {
    String coloured = "\u001B[1mBold\u001B[0m words";
    assertEquals(coloured, TextWrap.wrap(coloured, 20));
  }

  @Property
  void noWordIsCutAndNoLineIsWiderThanTheWidthUnlessOneWordIs(
      @ForAll @StringLength(max = 400) String raw,
      @ForAll @IntRange(min = 20, max = 120) int width) {
    // GIVEN any text made of words
    String text = raw.replaceAll("[\\p{Cntrl}\\u001B]", " ");

    // WHEN it is wrapped
    String wrapped = TextWrap.wrap(text, width);

    // THEN the words are the same, in order, and only a single long word may overflow
    assertEquals(
        String.join(" ", text.strip().split("\\s+")),
        String.join(" ", wrapped.strip().split("\\s+")));
    for (String line : wrapped.split("\n")) {
      if (TextWrap.visible(line) > width) {
        assertEquals(1, line.strip().split(" +").length, "overflowing line: " + line);
      }
    }
  }
}
