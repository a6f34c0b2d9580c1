package dev.starcoach.core.scoring.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The bare tokenisation pass: splits text into lower-case word strings (letters, digits and inner
 * apostrophes). It is the yardstick of the benchmark ("scoring costs N times a tokenisation"), and
 * does nothing else.
 */
public final class Tokenizer {
  private Tokenizer() {}

  /** The lower-case words of the text, in order. */
  public static List<String> tokenize(String text) {
    List<String> out = new ArrayList<>(Math.max(8, text.length() / 5));
    int n = text.length();
    char[] buf = new char[64];
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!Words.isAlnum(c)) {
        i++;
        continue;
      }
      int len = 0;
      while (i < n) {
        c = text.charAt(i);
        if (Words.isAlnum(c) || (c == '\'' && i + 1 < n && Words.isLetter(text.charAt(i + 1)))) {
          if (len == buf.length) {
            buf = java.util.Arrays.copyOf(buf, len * 2);
          }
          buf[len++] = Words.lower(c);
          i++;
        } else {
          break;
        }
      }
      out.add(new String(buf, 0, len));
    }
    return out;
  }
}
