package dev.starcoach.core.scoring.rules;

/** Word-level helpers shared by the analyser and the bare tokeniser: stemming and number words. */
final class Words {
  private Words() {}

  private static final String[] NUMBER_WORDS = {
    "zero",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
    "million",
    "millions",
    "billion",
    "half",
    "dozen",
    "dozens",
    "twice"
  };
  private static final CharTable NUMBERS = new CharTable(NUMBER_WORDS.length);

  static {
    for (String w : NUMBER_WORDS) {
      NUMBERS.putIfAbsent(w, 1);
    }
  }

  private static final boolean[] ALNUM = new boolean[128];
  private static final boolean[] VOWEL = new boolean[128];

  static {
    for (char c = '0'; c <= '9'; c++) {
      ALNUM[c] = true;
    }
    for (char c : "aeiouy".toCharArray()) {
      VOWEL[c] = true;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      ALNUM[c] = true;
      ALNUM[Character.toUpperCase(c)] = true;
    }
  }

  /** Character.isLetterOrDigit with an ASCII fast path. */
  static boolean isAlnum(char c) {
    return c < 128 ? ALNUM[c] : Character.isLetterOrDigit(c);
  }

  /** Character.isLetter with an ASCII fast path. */
  static boolean isLetter(char c) {
    return c < 128 ? ALNUM[c] && c > '9' : Character.isLetter(c);
  }

  /** Character.toLowerCase with an ASCII fast path. */
  static char lower(char c) {
    return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
  }

  static String[] numberWords() {
    return NUMBER_WORDS.clone();
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
      if ((c < 128 && VOWEL[c]) || c == prev) {
        continue;
      }
      h = 31 * h + c;
      prev = c;
    }
    return h * 2 + 1;
  }

  private static final long[] LETTER_KEYS = new long[27];

  static {
    long x = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < LETTER_KEYS.length; i++) {
      x ^= x << 13;
      x ^= x >>> 7;
      x ^= x << 17;
      LETTER_KEYS[i] = x;
    }
  }

  /** An order-free hash of the letters, for typo matching (swapped letters). */
  static long anagramKey(char[] b, int off, int len) {
    long h = len * 0x100000001B3L;
    for (int i = off; i < off + len; i++) {
      char c = b[i];
      h += LETTER_KEYS[c >= 'a' && c <= 'z' ? c - 'a' : 26];
    }
    return h * 2;
  }
}
