package dev.starcoach.core.scoring.rules;

import static dev.starcoach.core.scoring.rules.AnalyzedText.F_ED;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_MONEY;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_MULT;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_NEG;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_NUM;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_NUMWORD;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_ORDINAL;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_PCT;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_PUNCT_BREAK;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_SENT_START;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_SYNTH;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_WORD_BREAK;

import java.util.Arrays;

/**
 * Builds an {@link AnalyzedText}: cleans the text, tokenises it in one pass (numbers with their
 * %/$/x, contractions, chat spelling, stems, typo repair), splits sentences and clauses, matches
 * every phrase list with one trie walk, marks negated scopes and finds each clause's subject.
 * Linear in the text; no regular expressions.
 */
final class Analyzer {
  private static final CharTable LABELS = new CharTable(32);

  static {
    String[][] labels = {
      {"situation", "context", "background", "s"},
      {"task", "goal", "t"},
      {"action", "actions", "a"},
      {"result", "results", "outcome", "impact", "r"},
      {"reflection", "lesson", "lessons", "learning", "learnings", "takeaway", "takeaways", "l"}
    };
    for (int step = 0; step < labels.length; step++) {
      for (String l : labels[step]) {
        LABELS.putIfAbsent(l, step + 1);
      }
    }
  }

  private final CompiledRules rules;
  private final ClauseActors actors;

  Analyzer(CompiledRules rules) {
    this.rules = rules;
    this.actors = new ClauseActors(rules);
  }

  AnalyzedText analyze(String raw) {
    String cleaned = TextCleaner.clean(raw == null ? "" : raw);
    int max = rules.rules.speech().maxAnalysedChars();
    int spoken = countWords(cleaned);
    if (cleaned.length() > max) {
      int cut = max;
      while (cut > 0 && !Character.isWhitespace(cleaned.charAt(cut - 1))) {
        cut--;
      }
      cleaned = cleaned.substring(0, cut > 0 ? cut : max);
    }
    AnalyzedText t = new AnalyzedText(rules, cleaned, spoken, cleaned.length() / 4 + 16);
    tokenize(t);
    sentences(t);
    match(t);
    clauses(t);
    negation(t);
    actors.assign(t);
    return t;
  }

  static int countWords(String text) {
    int count = 0;
    boolean in = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Words.isAlnum(c)) {
        if (!in) {
          count++;
          in = true;
        }
      } else if (in
          && (c == '\'' || c == '.' || c == ',')
          && i + 1 < n
          && Words.isAlnum(text.charAt(i + 1))) {
        continue;
      } else {
        in = false;
      }
    }
    return count;
  }

  // ---------------------------------------------------------------- tokenising

  private final class Emitter implements WordPipeline.Sink {
    AnalyzedText t;
    int charStart;
    int charEnd;
    int pendingFlags;
    int pieces;
    final char[] scratch = new char[64];
    final int[] states = new int[65];

    @Override
    public void word(char[] buf, int off, int len) {
      int f = pendingFlags | (pieces > 0 ? F_SYNTH : 0);
      pendingFlags &= ~(F_PUNCT_BREAK | F_SENT_START);
      pieces++;
      int l = Math.min(len, scratch.length);
      int h = CharTable.SEED;
      for (int i = 0; i < l; i++) {
        char c = buf[off + i];
        scratch[i] = c;
        h = CharTable.step(h, c);
        states[i + 1] = h;
      }
      if (l >= 4 && scratch[l - 2] == 'e' && scratch[l - 1] == 'd') {
        f |= F_ED;
      }
      int sl = Words.stem(scratch, 0, l);
      int hash =
          sl == l - 2 && l > 4 && buf[off + l - 3] == 'i' && buf[off + l - 1] == 's'
              ? CharTable.hash(scratch, 0, sl)
              : CharTable.finish(sl == 0 ? CharTable.SEED : states[sl]);
      int id = rules.vocab.get(scratch, 0, sl, hash);
      if (id >= 0 && rules.numberWord[id]) {
        f |= F_NUMWORD;
      }
      if (id < 0 && l >= 6) {
        System.arraycopy(buf, off, scratch, 0, l);
        id = rules.correctTypo(scratch, l);
        if (id >= 0) {
          char[] s = rules.vocabWords.get(id).toCharArray();
          hash = CharTable.hash(s, 0, s.length);
        }
      }
      push(t, charStart, charEnd, id, hash, f);
    }
  }

  private static void push(AnalyzedText t, int s, int e, int id, int hash, int flags) {
    t.ensureTokens(t.n + 1);
    int k = t.n++;
    t.start[k] = s;
    t.end[k] = e;
    t.id[k] = id;
    t.hash[k] = hash;
    t.flags[k] = flags;
  }

  private void tokenize(AnalyzedText t) {
    String s = t.text;
    char[] cs = s.toCharArray();
    int n = cs.length;
    Emitter em = new Emitter();
    em.t = t;
    char[] buf = new char[64];
    int pending = F_SENT_START | F_PUNCT_BREAK;
    boolean sentenceStart = true;
    int i = 0;
    while (i < n) {
      char c = cs[i];
      boolean digit = c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
      boolean currency =
          !digit
              && (c == '$' || c == '\u20AC' || c == '\u00A3')
              && i + 1 < n
              && Character.isDigit(cs[i + 1]);
      if (digit || currency) {
        i = number(t, s, i, currency, pending);
        pending = 0;
        sentenceStart = false;
        continue;
      }
      if (!Words.isLetter(c)) {
        switch (c) {
          case '.', '!', '?', ';', '\n' -> {
            if (c == '.' && i + 1 < n && Words.isAlnum(cs[i + 1])) {
              break;
            }
            if (c == '.' && t.n > 0 && isAbbreviation(s, t.start[t.n - 1], t.end[t.n - 1])) {
              break;
            }
            pending |= F_SENT_START | F_PUNCT_BREAK;
            sentenceStart = true;
          }
          case ',', ':', '(', ')', '"' -> pending |= F_PUNCT_BREAK;
          case '-' -> {
            boolean glued =
                i > 0 && i + 1 < n && Words.isAlnum(cs[i - 1]) && Words.isAlnum(cs[i + 1]);
            if (!glued) {
              pending |= F_PUNCT_BREAK;
            }
          }
          default -> {}
        }
        i++;
        continue;
      }
      int startChar = i;
      int len = 0;
      while (i < n) {
        c = cs[i];
        if (Words.isAlnum(c)) {
          if (len < buf.length) {
            buf[len++] = Words.lower(c);
          }
          i++;
        } else if (c == '\'' && i + 1 < n && Words.isLetter(cs[i + 1]) && len > 0) {
          if (len < buf.length) {
            buf[len++] = '\'';
          }
          i++;
        } else {
          break;
        }
      }
      boolean midLabel =
          !sentenceStart
              && len > 1
              && Character.isUpperCase(cs[startChar])
              && i < n
              && cs[i] == ':'
              && isLabel(s, buf, len, i);
      if (midLabel) {
        pending |= F_SENT_START | F_PUNCT_BREAK;
      }
      if ((sentenceStart || midLabel) && isLabel(s, buf, len, i)) {
        t.ensureTokens(t.n + 1);
        int before = t.n;
        em.charStart = startChar;
        em.charEnd = i;
        em.pendingFlags = pending;
        em.pieces = 0;
        WordPipeline.split(rules, buf, len, em);
        if (t.n > before) {
          t.label[before] = (byte) LABELS.get(buf, 0, len);
        }
      } else {
        em.charStart = startChar;
        em.charEnd = i;
        em.pendingFlags = pending;
        em.pieces = 0;
        WordPipeline.split(rules, buf, len, em);
      }
      pending = em.pieces > 0 ? 0 : pending;
      sentenceStart = false;
    }
  }

  private static boolean isLabel(String s, char[] buf, int len, int after) {
    if (LABELS.get(buf, 0, len) < 0) {
      return false;
    }
    int j = after;
    while (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    if (j >= s.length()) {
      return len > 1;
    }
    char c = s.charAt(j);
    return c == ':' || (len > 1 && (c == '\n' || c == '-' || c == '.'));
  }

  private static boolean isAbbreviation(String s, int from, int to) {
    int len = to - from;
    if (len == 1) {
      char c = Words.lower(s.charAt(from));
      return c != 'i' && from > 0 && s.charAt(from - 1) == '.';
    }
    if (len < 2 || len > 6) {
      return false;
    }
    String w = s.substring(from, to).toLowerCase(java.util.Locale.ROOT);
    return switch (w) {
      case "etc", "vs", "approx", "mr", "mrs", "dr", "jr", "eg", "ie", "inc", "ltd", "est" -> true;
      default -> false;
    };
  }

  private int number(AnalyzedText t, String s, int i, boolean currency, int pending) {
    int n = s.length();
    int startChar = i;
    int f = F_NUM | pending;
    if (currency) {
      f |= F_MONEY;
      i++;
    }
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        i++;
      } else if ((c == '.' || c == ',') && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    int suffixStart = i;
    while (i < n && Words.isLetter(s.charAt(i)) && i - suffixStart < 6) {
      i++;
    }
    if (i < n && Words.isLetter(s.charAt(i))) {
      while (i < n && Words.isAlnum(s.charAt(i))) {
        i++;
      }
      push(t, startChar, i, -1, 0, (f & ~F_NUM) | F_ORDINAL);
      return i;
    }
    String suffix = s.substring(suffixStart, i).toLowerCase(java.util.Locale.ROOT);
    switch (suffix) {
      case "" -> {}
      case "x" -> f |= F_MULT;
      case "k", "m", "b", "bn", "mm" -> {}
      case "st", "nd", "rd", "th" -> f = (f & ~F_NUM) | F_ORDINAL;
      default -> {}
    }
    if (i < n && s.charAt(i) == '%') {
      f |= F_PCT;
      i++;
    }
    push(t, startChar, i, -1, 0, f);
    return i;
  }

  // ---------------------------------------------------------------- structure

  private void sentences(AnalyzedText t) {
    int[] first = new int[16];
    int count = 0;
    for (int k = 0; k < t.n; k++) {
      if (k == 0 || t.is(k, F_SENT_START)) {
        if (count == first.length) {
          first = Arrays.copyOf(first, count * 2);
        }
        first[count++] = k;
        t.flags[k] |= F_SENT_START | F_PUNCT_BREAK;
      }
      t.sentence[k] = count - 1;
    }
    t.sentences = count;
    t.sentenceFirst = first;
    for (int k = 0; k < t.n; k++) {
      if (!t.is(k, F_NUM)) {
        continue;
      }
      int next = k + 1 < t.n && t.sentence[k + 1] == t.sentence[k] ? t.id[k + 1] : -1;
      if (next >= 0 && next == rules.idPercent) {
        t.flags[k] |= F_PCT;
      }
      if (rules.isIn(next, CompiledRules.SET_CALENDAR)) {
        int prev = k > 0 && t.sentence[k - 1] == t.sentence[k] ? t.id[k - 1] : -1;
        if (rules.isIn(prev, CompiledRules.SET_DURATION_PREP)) {
          t.flags[k] |= AnalyzedText.F_DURATION;
        }
      }
    }
    for (int k = 0; k < t.n; k++) {
      if (!t.is(k, F_NUMWORD)) {
        continue;
      }
      int next = k + 1 < t.n && t.sentence[k + 1] == t.sentence[k] ? t.id[k + 1] : -1;
      int prev = k > 0 && t.sentence[k - 1] == t.sentence[k] ? t.id[k - 1] : -1;
      if (rules.isIn(next, CompiledRules.SET_CALENDAR)
          && (prev < 0 || rules.isIn(prev, CompiledRules.SET_DURATION_PREP))) {
        t.flags[k] |= AnalyzedText.F_DURATION;
      }
    }
  }

  private void match(AnalyzedText t) {
    long spans = rules.spanMask;
    int[] stackNode = new int[16];
    int[] stackPos = new int[16];
    for (int k = 0; k < t.n; k++) {
      int id = t.id[k];
      if (id < 0) {
        continue;
      }
      int node = rules.rootKid[id];
      if (node < 0) {
        continue;
      }
      int limit = t.sentenceEnd(t.sentence[k]);
      int sp = 0;
      stackNode[sp] = node;
      stackPos[sp++] = k;
      while (sp > 0) {
        int nd = stackNode[--sp];
        int pos = stackPos[sp];
        long term = rules.terminal[nd] & spans;
        while (term != 0) {
          int list = Long.numberOfTrailingZeros(term);
          term &= term - 1;
          t.addMatch(list, k, pos + 1);
        }
        int nextPos = pos + 1;
        if (nextPos >= limit || sp + 2 >= stackNode.length) {
          continue;
        }
        int nid = t.id[nextPos];
        if (nid >= 0) {
          int kid = rules.next(nd, nid);
          if (kid >= 0) {
            stackNode[sp] = kid;
            stackPos[sp++] = nextPos;
          }
        }
        int wild = rules.wildKid[nd];
        if (wild >= 0) {
          stackNode[sp] = wild;
          stackPos[sp++] = nextPos;
        }
      }
    }
  }

  private void clauses(AnalyzedText t) {
    int[] first = new int[32];
    int count = 0;
    long subjectLists =
        (1L << Lexicon.WE_SUBJECTS.ordinal()) | (1L << Lexicon.OTHER_SUBJECTS.ordinal());
    for (int k = 0; k < t.n; k++) {
      boolean brk = k == 0 || t.is(k, F_PUNCT_BREAK);
      if (!brk && t.inList(k, Lexicon.CLAUSE_BREAKS)) {
        brk = true;
        t.flags[k] |= F_WORD_BREAK;
      }
      if (!brk && t.id[k] == rules.idAnd && k + 1 < t.n && t.sentence[k + 1] == t.sentence[k]) {
        if (t.id[k + 1] == rules.idI || (t.startMask[k + 1] & subjectLists) != 0) {
          brk = true;
          t.flags[k] |= F_WORD_BREAK;
        }
      }
      // "i" always opens a clause of its own: chat without punctuation ("fixed it i set")
      if (!brk
          && t.id[k] == rules.idI
          && k > 0
          && t.sentence[k - 1] == t.sentence[k]
          && t.id[k - 1] != rules.idAnd
          && !t.inList(k - 1, Lexicon.CLAUSE_BREAKS)) {
        brk = true;
        t.flags[k] |= F_WORD_BREAK;
      }
      if (brk) {
        if (count == first.length) {
          first = Arrays.copyOf(first, count * 2);
        }
        first[count++] = k;
      }
      t.clause[k] = count - 1;
    }
    t.clauses = count;
    t.clauseFirst = first;
  }

  private void negation(AnalyzedText t) {
    int window = rules.rules.speech().negationWindow();
    int until = -1;
    int scopeClause = -1;
    for (int k = 0; k < t.n; k++) {
      boolean negator = t.inList(k, Lexicon.NEGATORS) && !bareContrast(t, k);
      if (k <= until && t.clause[k] == scopeClause && !negator) {
        t.flags[k] |= F_NEG;
      }
      if (negator) {
        until = k + window;
        scopeClause = t.clause[k];
      }
    }
    for (int m = t.listHead[Lexicon.POST_NEGATORS.ordinal()]; m >= 0; m = t.mNext[m]) {
      int s = t.mStart[m];
      for (int k = t.clauseFirst[t.clause[s]]; k < s; k++) {
        t.flags[k] |= F_NEG;
      }
    }
  }

  /**
   * "Instead" and "rather" negate only what they replace ("instead of waiting", "rather than
   * escalate"); "Instead I rewrote it" negates nothing.
   */
  private boolean bareContrast(AnalyzedText t, int k) {
    int id = t.id[k];
    if (id == rules.idInstead) {
      return k + 1 >= t.n || t.id[k + 1] != rules.idOf;
    }
    if (id == rules.idRather) {
      return k + 1 >= t.n || t.id[k + 1] != rules.idThan;
    }
    return false;
  }
}
