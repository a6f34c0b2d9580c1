package dev.starcoach.core.scoring.rules;

import java.util.Arrays;

/**
 * One answer after analysis: tokens (with char offsets into the cleaned text, stem ids and flags),
 * sentences, clauses (with their subject: I, we, someone else, passive or none) and phrase matches
 * per list. Built by {@link Analyzer}; read by the rules. Not shared between threads.
 */
final class AnalyzedText {
  static final int F_NUM = 1;
  static final int F_PCT = 1 << 1;
  static final int F_MONEY = 1 << 2;
  static final int F_MULT = 1 << 3;
  static final int F_NUMWORD = 1 << 4;
  static final int F_DURATION = 1 << 5;
  static final int F_ED = 1 << 6;
  static final int F_NEG = 1 << 8;
  static final int F_SYNTH = 1 << 9;
  static final int F_PUNCT_BREAK = 1 << 10;
  static final int F_SENT_START = 1 << 11;
  static final int F_ORDINAL = 1 << 12;
  static final int F_WORD_BREAK = 1 << 13;

  static final int ANY_NUMBER = F_NUM | F_NUMWORD;

  static final byte SUBJ_NONE = 0;
  static final byte SUBJ_I = 1;
  static final byte SUBJ_WE = 2;
  static final byte SUBJ_OTHER = 3;
  static final byte SUBJ_PASSIVE = 4;

  final CompiledRules rules;
  final String text;
  final int spokenWords;

  int n;
  int[] start;
  int[] end;
  int[] id;
  int[] hash;
  int[] flags;
  int[] sentence;
  int[] clause;
  long[] startMask;
  byte[] label;

  int sentences;
  int[] sentenceFirst;

  int clauses;
  int[] clauseFirst;
  byte[] clauseSubject;
  boolean[] clauseAction;
  int[] clauseVerb;

  int matches;
  int[] mList;
  int[] mStart;
  int[] mEnd;
  int[] mNext;
  final int[] listHead = new int[Lexicon.values().length];
  final int[] listTail = new int[Lexicon.values().length];

  AnalyzedText(CompiledRules rules, String text, int spokenWords, int capacity) {
    this.rules = rules;
    this.text = text;
    this.spokenWords = spokenWords;
    int cap = Math.max(16, capacity);
    start = new int[cap];
    end = new int[cap];
    id = new int[cap];
    hash = new int[cap];
    flags = new int[cap];
    sentence = new int[cap];
    clause = new int[cap];
    startMask = new long[cap];
    label = new byte[cap];
    mList = new int[32];
    mStart = new int[32];
    mEnd = new int[32];
    mNext = new int[32];
    Arrays.fill(listHead, -1);
    Arrays.fill(listTail, -1);
  }

  void ensureTokens(int need) {
    if (need <= start.length) {
      return;
    }
    int cap = Math.max(need, start.length * 2);
    start = Arrays.copyOf(start, cap);
    end = Arrays.copyOf(end, cap);
    id = Arrays.copyOf(id, cap);
    hash = Arrays.copyOf(hash, cap);
    flags = Arrays.copyOf(flags, cap);
    sentence = Arrays.copyOf(sentence, cap);
    clause = Arrays.copyOf(clause, cap);
    startMask = Arrays.copyOf(startMask, cap);
    label = Arrays.copyOf(label, cap);
  }

  /** The first match index whose start is at or after token {@code from} (matches are sorted). */
  int firstMatchFrom(int from) {
    int lo = 0;
    int hi = matches;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mStart[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  void addMatch(int list, int from, int to) {
    if (matches == mList.length) {
      int cap = matches * 2;
      mList = Arrays.copyOf(mList, cap);
      mStart = Arrays.copyOf(mStart, cap);
      mEnd = Arrays.copyOf(mEnd, cap);
      mNext = Arrays.copyOf(mNext, cap);
    }
    int m = matches++;
    mList[m] = list;
    mStart[m] = from;
    mEnd[m] = to;
    mNext[m] = -1;
    if (listHead[list] < 0) {
      listHead[list] = m;
    } else {
      mNext[listTail[list]] = m;
    }
    listTail[list] = m;
    startMask[from] |= 1L << list;
  }

  boolean is(int token, int flag) {
    return (flags[token] & flag) != 0;
  }

  boolean inList(int token, Lexicon l) {
    return rules.inList(id[token], l);
  }

  boolean negated(int match) {
    return (flags[mStart[match]] & F_NEG) != 0;
  }

  int sentenceEnd(int s) {
    return s + 1 < sentences ? sentenceFirst[s + 1] : n;
  }

  int clauseEnd(int c) {
    return c + 1 < clauses ? clauseFirst[c + 1] : n;
  }

  /** The cleaned text of tokens [from, to), from the first token's start to the last's end. */
  String words(int from, int to) {
    if (from >= to || from >= n) {
      return "";
    }
    int last = Math.min(to, n) - 1;
    String w = text.substring(start[from], end[last]);
    return w.indexOf('\n') >= 0 ? w.replace('\n', ' ').strip() : w.strip();
  }

  /** The evidence of a match, widened to at most a short readable quote. */
  String evidence(int match) {
    return words(mStart[match], mEnd[match]);
  }

  /** A whole-clause quote (capped at 18 words) around token t. */
  String clauseQuote(int t) {
    int c = clause[t];
    int from = clauseFirst[c];
    int to = Math.min(clauseEnd(c), from + 18);
    return words(from, to);
  }
}
