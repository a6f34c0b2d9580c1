package dev.starcoach.core.story.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One step's (masked) text as words: lower-case tokens with their character places and the sentence
 * each belongs to, so a hit can be quoted back in the person's own words.
 */
final class StepText {
  /** Words of context either side of a hit in a quote. */
  private static final int QUOTE_CONTEXT = 5;

  final String text;
  final String[] tokens;
  final int[] start;
  final int[] end;
  final int[] sentence;

  StepText(String text) {
    this.text = text;
    List<String> toks = new ArrayList<>();
    List<int[]> places = new ArrayList<>();
    List<Integer> sentences = new ArrayList<>();
    int sent = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int j = i;
        while (j < n && isWordChar(text, j)) {
          j++;
        }
        addWord(text, i, j, sent, toks, places, sentences);
        i = j;
      } else {
        if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
          boolean decimal =
              c == '.'
                  && i > 0
                  && i + 1 < n
                  && Character.isDigit(text.charAt(i - 1))
                  && Character.isDigit(text.charAt(i + 1));
          if (!decimal) {
            sent++;
          }
        }
        i++;
      }
    }
    int m = toks.size();
    this.tokens = toks.toArray(new String[0]);
    this.start = new int[m];
    this.end = new int[m];
    this.sentence = new int[m];
    for (int k = 0; k < m; k++) {
      start[k] = places.get(k)[0];
      end[k] = places.get(k)[1];
      sentence[k] = sentences.get(k);
    }
  }

  private static boolean isWordChar(String text, int j) {
    char c = text.charAt(j);
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    // keep "don't", "3.5", "24/7" and "1,200" in one word
    boolean inner = j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1));
    return inner
        && (c == '\''
            || c == '\u2019'
            || ((c == '.' || c == ',') && Character.isDigit(text.charAt(j + 1))));
  }

  private static void addWord(
      String text,
      int from,
      int to,
      int sent,
      List<String> toks,
      List<int[]> places,
      List<Integer> sentences) {
    String w = text.substring(from, to).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.endsWith("n't") && w.length() > 3) {
      String head = w.substring(0, w.length() - 3);
      head = head.equals("wo") ? "will" : head.equals("ca") ? "can" : head;
      toks.add(head);
      places.add(new int[] {from, to});
      sentences.add(sent);
      toks.add("not");
      places.add(new int[] {from, to});
      sentences.add(sent);
      return;
    }
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    toks.add(w.replace("'", ""));
    places.add(new int[] {from, to});
    sentences.add(sent);
  }

  /** Number of words. */
  int size() {
    return tokens.length;
  }

  /**
   * The words of a hit [{@code from}, {@code to}) with a few words of context, cut at its sentence,
   * as the person wrote them.
   */
  String quote(int from, int to) {
    if (tokens.length == 0) {
      return "";
    }
    int s = sentence[from];
    int a = from;
    while (a > 0 && sentence[a - 1] == s && from - a < QUOTE_CONTEXT) {
      a--;
    }
    int b = Math.max(from, to - 1);
    while (b + 1 < tokens.length && sentence[b + 1] == s && b - (to - 1) < QUOTE_CONTEXT) {
      b++;
    }
    String q = text.substring(start[a], end[b]).replaceAll("\\s+", " ").strip();
    boolean cutBefore = a > 0 && sentence[a - 1] == s;
    boolean cutAfter = b + 1 < tokens.length && sentence[b + 1] == s;
    return (cutBefore ? "\u2026" : "") + q + (cutAfter ? "\u2026" : "");
  }
}
