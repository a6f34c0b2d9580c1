package dev.starcoach.core.scoring.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns one written word (lower case, may hold apostrophes) into the words it means: contractions
 * are expanded ("didn't" -> "did not"), possessives dropped ("team's" -> "team") and chat spelling
 * replaced ("didnt" -> "did not", "ppl" -> "people"). Used alike for the rules file and answers.
 */
final class WordPipeline {
  private WordPipeline() {}

  /** Receives one resulting word, unstemmed. */
  interface Sink {
    void word(char[] buf, int off, int len);
  }

  private static final char[] NOT = "not".toCharArray();
  private static final char[] AM = "am".toCharArray();
  private static final char[] ARE = "are".toCharArray();
  private static final char[] HAVE = "have".toCharArray();
  private static final char[] WILL = "will".toCharArray();
  private static final char[] WOULD = "would".toCharArray();
  private static final char[] IS = "is".toCharArray();
  private static final char[] CAN = "can".toCharArray();

  static void split(CompiledRules rules, char[] buf, int len, Sink sink) {
    int apos = -1;
    for (int i = 0; i < len; i++) {
      if (buf[i] == '\'') {
        apos = i;
        break;
      }
    }
    if (apos < 0) {
      replace(rules, buf, 0, len, sink);
      return;
    }
    int tail = len - apos;
    if (apos >= 1 && buf[apos - 1] == 'n' && tail == 2 && buf[apos + 1] == 't') {
      int baseLen = apos - 1;
      if (baseLen == 2 && buf[0] == 'c' && buf[1] == 'a') {
        sink.word(CAN, 0, 3);
      } else if (baseLen == 2 && buf[0] == 'w' && buf[1] == 'o') {
        sink.word(WILL, 0, 4);
      } else if (baseLen == 2 && buf[0] == 'a' && buf[1] == 'i') {
        sink.word(IS, 0, 2);
      } else if (baseLen > 0) {
        replace(rules, buf, 0, baseLen, sink);
      }
      sink.word(NOT, 0, 3);
      return;
    }
    char[] suffixWord = null;
    if (tail == 2) {
      switch (buf[apos + 1]) {
        case 'm' -> suffixWord = AM;
        case 'd' -> suffixWord = WOULD;
        case 's' -> suffixWord = isCopulaBase(buf, apos) ? IS : null;
        default -> {
          stripApostrophes(rules, buf, len, sink);
          return;
        }
      }
    } else if (tail == 3 && buf[apos + 1] == 'r' && buf[apos + 2] == 'e') {
      suffixWord = ARE;
    } else if (tail == 3 && buf[apos + 1] == 'v' && buf[apos + 2] == 'e') {
      suffixWord = HAVE;
    } else if (tail == 3 && buf[apos + 1] == 'l' && buf[apos + 2] == 'l') {
      suffixWord = WILL;
    } else {
      stripApostrophes(rules, buf, len, sink);
      return;
    }
    if (apos > 0) {
      replace(rules, buf, 0, apos, sink);
    }
    if (suffixWord != null) {
      sink.word(suffixWord, 0, suffixWord.length);
    }
  }

  private static boolean isCopulaBase(char[] b, int len) {
    return eq(b, len, "it")
        || eq(b, len, "that")
        || eq(b, len, "there")
        || eq(b, len, "what")
        || eq(b, len, "he")
        || eq(b, len, "she")
        || eq(b, len, "who")
        || eq(b, len, "here")
        || eq(b, len, "where")
        || eq(b, len, "nothing")
        || eq(b, len, "everything");
  }

  private static boolean eq(char[] b, int len, String s) {
    if (len != s.length()) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (b[i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static void stripApostrophes(CompiledRules rules, char[] buf, int len, Sink sink) {
    int w = 0;
    for (int i = 0; i < len; i++) {
      if (buf[i] != '\'') {
        buf[w++] = buf[i];
      }
    }
    if (w > 0) {
      replace(rules, buf, 0, w, sink);
    }
  }

  private static void replace(CompiledRules rules, char[] buf, int off, int len, Sink sink) {
    char first = len > 0 ? buf[off] : 'a';
    long lens = rules.replacementLengths[first >= 'a' && first <= 'z' ? first - 'a' : 26];
    int r = len < 64 && (lens & (1L << len)) != 0 ? rules.replacements.get(buf, off, len) : -1;
    if (r < 0) {
      sink.word(buf, off, len);
      return;
    }
    for (char[] piece : rules.replacementPieces[r]) {
      sink.word(piece, 0, piece.length);
    }
  }

  /** The stems of one written word or phrase part, through the same pipeline as answer text. */
  static List<char[]> stems(CompiledRules rules, String part) {
    List<char[]> out = new ArrayList<>(2);
    String lower = part.toLowerCase(java.util.Locale.ROOT);
    int n = lower.length();
    int i = 0;
    char[] buf = new char[Math.max(8, n + 4)];
    while (i < n) {
      char c = lower.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int len = 0;
      while (i < n) {
        c = lower.charAt(i);
        if (Character.isLetterOrDigit(c)
            || ((c == '\'' || c == '\u2019')
                && i + 1 < n
                && Character.isLetter(lower.charAt(i + 1)))) {
          buf[len++] = c == '\u2019' ? '\'' : c;
          i++;
        } else {
          break;
        }
      }
      split(
          rules,
          buf,
          len,
          (piece, off, plen) -> {
            char[] s = Arrays.copyOfRange(piece, off, off + plen);
            int sl = Words.stem(s, 0, s.length);
            out.add(Arrays.copyOf(s, sl));
          });
    }
    return out;
  }
}
