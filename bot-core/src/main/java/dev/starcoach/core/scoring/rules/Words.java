package dev.starcoach.core.scoring.rules;

/** Word-level helpers shared by the analyser and the bare tokeniser: stemming and number words. */
final class Words {
  private Words() {}

  private static final String[] NUMBER_WORDS = {
    "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred", "hundreds",
    "thousand", "thousands", "million", "millions", "billion", "half", "dozen", "dozens", "twice"
  };
  private static final CharTable NUMBERS = new CharTable(NUMBER_WORDS.length);

  static {
    for (String w : NUMBER_WORDS) {
      NUMBERS.putIfAbsent(w, 1);
    }
  }

  static boolean isNumberWord(char[] b, int off, int len) {
    return len >= 3 && len <= 9 && NUMBERS.get(b, off, len) >= 0;
  }

  /**
   * A light suffix stripper (ies, ing, ed, s, e) applied alike to phrases and text, so one
   * inflection in the rules file matches the others. Works in place; returns the new length.
   */
  static int stem(char[] b, int off, int len) {
    if (len <= 3) {
      return len;
    }
    int end = off + len;
    boolean stripped = false;
    if (len > 4 && b[end - 3] == 'i' && b[end - 2] == 'e' && b[end - 1] == 's') {
      b[end - 3] = 'y';
      return len - 2;
    }
    if (len - 3 >= 3 && b[end - 3] == 'i' && b[end - 2] == 'n' && b[end - 1] == 'g') {
      len -= 3;
      stripped = true;
    } else if (len - 2 >= 3 && b[end - 2] == 'e' && b[end - 1] == 'd') {
      len -= 2;
      stripped = true;
    } else if (len - 1 >= 3
        && b[end - 1] == 's'
        && b[end - 2] != 's'
        && b[end - 2] != 'u'
        && b[end - 2] != 'i'
        && b[end - 2] != '\'') {
      len -= 1;
    }
    end = off + len;
    if (stripped
        && len >= 4
        && b[end - 1] == b[end - 2]
        && isConsonant(b[end - 1])
        && b[end - 1] != 'l'
        && b[end - 1] != 's'
        && b[end - 1] != 'z') {
      return len - 1;
    }
    if (len - 1 >= 3 && b[end - 1] == 'e') {
      len -= 1;
    }
    return len;
  }

  private static boolean isConsonant(char c) {
    return c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0;
  }

  /** A hash of the consonant skeleton (vowels dropped, repeats collapsed), for typo matching. */
  static long skeletonKey(char[] b, int off, int len) {
    long h = 1125899906842597L;
    char prev = 0;
    for (int i = off; i < off + len; i++) {
      char c = b[i];
      if ("aeiouy".indexOf(c) >= 0 || c == prev) {
        continue;
      }
      h = 31 * h + c;
      prev = c;
    }
    return h * 2 + 1;
  }

  /** A hash of the letters in sorted order, for typo matching (swapped letters). */
  static long anagramKey(char[] b, int off, int len) {
    int[] counts = new int[27];
    for (int i = off; i < off + len; i++) {
      char c = b[i];
      counts[c >= 'a' && c <= 'z' ? c - 'a' : 26]++;
    }
    long h = 7;
    for (int k = 0; k < 27; k++) {
      h = h * 131 + counts[k];
    }
    return h * 2;
  }
}
