package dev.starcoach.core.scoring.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The rules file turned into fast lookup structures: a vocabulary of word stems, a trie of phrases
 * over stem ids, per-word list masks, the chat-spelling table and the typo tables. Immutable after
 * construction and shared by all scoring threads.
 */
final class CompiledRules {
  static final int WILDCARD = -2;

  final ScoringRules rules;
  final double[] weights;
  final CharTable vocab = new CharTable(4096);
  final List<String> vocabWords = new ArrayList<>();
  final CharTable replacements;
  final char[][][] replacementPieces;

  long[] wordMask = new long[0];
  boolean[] numberWord = new boolean[0];

  // membership of the built-in word sets below, one bit per set, by word id (no search per token)
  static final int SET_CALENDAR = 1;
  static final int SET_DURATION_PREP = 1 << 1;
  static final int SET_RELATIVE = 1 << 2;
  static final int SET_DETERMINER = 1 << 3;
  static final int SET_MODAL = 1 << 4;
  static final int SET_NOT_IMPLIED = 1 << 5;
  static final int SET_SHORTFALL = 1 << 6;
  static final int SET_CONTRAST = 1 << 7;
  private short[] idSets = new short[0];
  final long[] replacementLengths = new long[27];
  long spanMask;

  // trie
  int[] rootKid = new int[0];
  int[][] kidKeys = new int[1024][];
  int[][] kidNodes = new int[1024][];
  int[] wildKid = new int[1024];
  long[] terminal = new long[1024];
  int nodes = 1;

  // typo correction: key -> packed (id, length, first char)
  private final LongTable typo = new LongTable(4096);

  // internal word ids
  final int idI;
  final int idAnd;
  final int idNot;
  final int idFrom;
  final int idTo;
  final int idBy;
  final int idAble;
  final int idPercent;
  final int idPer;
  final int idNone;
  final int idInstead;
  final int idRather;
  final int idOf;
  final int idThan;
  final int[] comparators;
  final int[] calendarUnits;
  final int[] durationPreps;
  final int[] relativePronouns;
  final int[] determiners;
  final int[] modals;
  final int[] notImpliedVerbs;
  final int[] shortfallWords;
  final int[] contrastWords;

  CompiledRules(ScoringRules rules) {
    this.rules = rules;
    this.weights = rules.weightArray();
    Map<String, String> rep = rules.replacements();
    replacements = new CharTable(rep.size());
    replacementPieces = new char[rep.size()][][];
    int r = 0;
    for (Map.Entry<String, String> e : rep.entrySet()) {
      String key = e.getKey().toLowerCase(java.util.Locale.ROOT).strip();
      String[] parts = e.getValue().toLowerCase(java.util.Locale.ROOT).strip().split("\\s+");
      char[][] pieces = new char[parts.length][];
      for (int k = 0; k < parts.length; k++) {
        pieces[k] = parts[k].toCharArray();
      }
      char first = key.isEmpty() ? 'a' : key.charAt(0);
      replacementLengths[first >= 'a' && first <= 'z' ? first - 'a' : 26] |=
          1L << Math.min(63, key.length());
      if (replacements.putIfAbsent(key, r) == r) {
        replacementPieces[r++] = pieces;
      }
    }
    wildKid[0] = -1;
    Arrays.fill(wildKid, -1);
    for (Lexicon l : Lexicon.values()) {
      if (l.spans()) {
        spanMask |= 1L << l.ordinal();
      }
      for (String phrase : rules.phrases(l)) {
        addPhrase(l, phrase);
      }
    }
    idI = intern("i");
    idAnd = intern("and");
    idNot = intern("not");
    idFrom = intern("from");
    idTo = intern("to");
    idBy = intern("by");
    idAble = intern("able");
    idPercent = intern("percent");
    idPer = intern("per");
    idNone = intern("none");
    idInstead = intern("instead");
    idRather = intern("rather");
    idOf = intern("of");
    idThan = intern("than");
    comparators = internAll("instead", "versus", "vs", "compared", "against");
    calendarUnits =
        internAll(
            "day",
            "days",
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "quarter",
            "quarters",
            "sprint",
            "sprints",
            "weekend",
            "morning",
            "afternoon",
            "night");
    durationPreps =
        internAll(
            "within", "after", "in", "for", "over", "during", "past", "first", "next", "last",
            "few", "couple", "about", "around", "nearly", "almost", "than");
    relativePronouns = internAll("which", "that", "who", "what", "where", "whose");
    determiners =
        internAll(
            "the", "a", "an", "this", "that", "these", "those", "it", "there", "my", "our", "their",
            "his", "her", "its", "some", "any", "every", "each", "no", "not");
    modals = internAll("could", "would", "can", "will", "should", "might", "may", "must");
    shortfallWords = internAll("only", "just", "merely", "barely");
    contrastWords =
        internAll("yet", "but", "although", "though", "however", "whereas", "despite", "still");
    notImpliedVerbs =
        internAll(
            "based",
            "given",
            "compared",
            "related",
            "supposed",
            "used",
            "located",
            "mixed",
            "needed",
            "seemed",
            "happened",
            "looked",
            "sounded",
            "felt",
            "got",
            "went",
            "saw",
            "knew",
            "thought",
            "said",
            "told",
            "called",
            "named");
    List<Integer> numberIds = new ArrayList<>();
    for (String w : Words.numberWords()) {
      numberIds.add(intern(w));
    }
    if (wordMask.length < vocabWords.size()) {
      wordMask = Arrays.copyOf(wordMask, vocabWords.size());
    }
    numberWord = new boolean[vocabWords.size()];
    for (int id : numberIds) {
      numberWord[id] = true;
    }
    idSets = new short[vocabWords.size()];
    mark(calendarUnits, SET_CALENDAR);
    mark(durationPreps, SET_DURATION_PREP);
    mark(relativePronouns, SET_RELATIVE);
    mark(determiners, SET_DETERMINER);
    mark(modals, SET_MODAL);
    mark(notImpliedVerbs, SET_NOT_IMPLIED);
    mark(shortfallWords, SET_SHORTFALL);
    mark(contrastWords, SET_CONTRAST);
    int[] root = new int[vocabWords.size()];
    Arrays.fill(root, -1);
    System.arraycopy(rootKid, 0, root, 0, Math.min(rootKid.length, root.length));
    rootKid = root;
    sortKids();
  }

  /** Sorts each trie node's children by word id, so {@link #next} can search them. */
  private void sortKids() {
    for (int node = 0; node < nodes; node++) {
      int[] keys = kidKeys[node];
      if (keys == null || keys.length < 2) {
        continue;
      }
      int[] kids = kidNodes[node];
      long[] pairs = new long[keys.length];
      for (int i = 0; i < keys.length; i++) {
        pairs[i] = ((long) keys[i] << 32) | (kids[i] & 0xFFFFFFFFL);
      }
      Arrays.sort(pairs);
      for (int i = 0; i < keys.length; i++) {
        keys[i] = (int) (pairs[i] >>> 32);
        kids[i] = (int) pairs[i];
      }
    }
  }

  double w(Weight weight) {
    return weights[weight.ordinal()];
  }

  boolean inList(int id, Lexicon l) {
    return id >= 0 && (wordMask[id] & (1L << l.ordinal())) != 0;
  }

  /** The id of a stem, or -1. */
  int idOf(String word) {
    List<char[]> stems = stems(word);
    if (stems.size() != 1) {
      return -1;
    }
    char[] s = stems.get(0);
    return vocab.get(s, 0, s.length);
  }

  private int intern(String word) {
    List<char[]> stems = stems(word);
    char[] s = stems.get(0);
    return internStem(s);
  }

  private int[] internAll(String... words) {
    int[] ids = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      ids[i] = intern(words[i]);
    }
    Arrays.sort(ids);
    return ids;
  }

  private int internStem(char[] s) {
    int id = vocab.get(s, 0, s.length);
    if (id >= 0) {
      return id;
    }
    id = vocabWords.size();
    vocab.putIfAbsent(new String(s), id);
    vocabWords.add(new String(s));
    if (wordMask.length <= id) {
      wordMask = Arrays.copyOf(wordMask, Math.max(64, id * 2));
    }
    return id;
  }

  /** The stems of one written word or phrase part, through the same pipeline as answer text. */
  List<char[]> stems(String part) {
    return WordPipeline.stems(this, part);
  }

  private void addPhrase(Lexicon list, String phrase) {
    List<Integer> ids = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    for (String part : phrase.strip().split("\\s+")) {
      if (part.equals("*")) {
        ids.add(WILDCARD);
        continue;
      }
      for (char[] stem : stems(part)) {
        ids.add(internStem(stem));
      }
      raw.add(part.toLowerCase(java.util.Locale.ROOT));
    }
    if (ids.isEmpty()) {
      return;
    }
    for (String word : raw) {
      char[] c = word.toCharArray();
      boolean letters = true;
      for (char ch : c) {
        letters &= ch >= 'a' && ch <= 'z';
      }
      if (letters && c.length >= 6) {
        int[] stemIds = new int[1];
        char[] s = Arrays.copyOf(c, c.length);
        int sl = Words.stem(s, 0, s.length);
        stemIds[0] = internStem(Arrays.copyOf(s, sl));
        long packed = ((long) stemIds[0] << 16) | ((long) c.length << 8) | (c[0] & 0xFF);
        typo.putOrPoison(Words.skeletonKey(c, 0, c.length), packed);
        typo.putOrPoison(Words.anagramKey(c, 0, c.length), packed);
      }
    }
    if (ids.size() == 1) {
      wordMask[ids.get(0)] |= 1L << list.ordinal();
    }
    if (!list.spans() && ids.size() == 1) {
      return;
    }
    int first = ids.get(0);
    if (rootKid.length <= first) {
      int old = rootKid.length;
      rootKid = Arrays.copyOf(rootKid, Math.max(first + 1, old * 2 + 64));
      Arrays.fill(rootKid, old, rootKid.length, -1);
    }
    int node = rootKid[first];
    if (node < 0) {
      node = newNode();
      rootKid[first] = node;
    }
    for (int k = 1; k < ids.size(); k++) {
      node = child(node, ids.get(k));
    }
    terminal[node] |= 1L << list.ordinal();
  }

  private int newNode() {
    if (nodes == terminal.length) {
      int cap = nodes * 2;
      kidKeys = Arrays.copyOf(kidKeys, cap);
      kidNodes = Arrays.copyOf(kidNodes, cap);
      wildKid = Arrays.copyOf(wildKid, cap);
      Arrays.fill(wildKid, nodes, cap, -1);
      terminal = Arrays.copyOf(terminal, cap);
    }
    return nodes++;
  }

  private int child(int node, int id) {
    if (id == WILDCARD) {
      if (wildKid[node] < 0) {
        int kid = newNode();
        wildKid[node] = kid;
      }
      return wildKid[node];
    }
    int[] keys = kidKeys[node];
    if (keys != null) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == id) {
          return kidNodes[node][i];
        }
      }
    }
    int kid = newNode();
    int len = keys == null ? 0 : keys.length;
    kidKeys[node] = keys == null ? new int[1] : Arrays.copyOf(keys, len + 1);
    kidNodes[node] = kidNodes[node] == null ? new int[1] : Arrays.copyOf(kidNodes[node], len + 1);
    kidKeys[node][len] = id;
    kidNodes[node][len] = kid;
    return kid;
  }

  int next(int node, int id) {
    int[] keys = kidKeys[node];
    if (keys == null) {
      return -1;
    }
    if (keys.length <= 8) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == id) {
          return kidNodes[node][i];
        }
      }
      return -1;
    }
    int i = Arrays.binarySearch(keys, id);
    return i >= 0 ? kidNodes[node][i] : -1;
  }

  /** The stem id a misspelt word (lower case, letters only, 6+ long) stands for, or -1. */
  int correctTypo(char[] raw, int len) {
    if (len < 6 || len > 24) {
      return -1;
    }
    for (int i = 0; i < len; i++) {
      if (raw[i] < 'a' || raw[i] > 'z') {
        return -1;
      }
    }
    int id = accept(typo.get(Words.anagramKey(raw, 0, len)), raw, len);
    return id >= 0 ? id : accept(typo.get(Words.skeletonKey(raw, 0, len)), raw, len);
  }

  private static int accept(long packed, char[] raw, int len) {
    if (packed < 0) {
      return -1;
    }
    int wordLen = (int) ((packed >>> 8) & 0xFF);
    char first = (char) (packed & 0xFF);
    if (first != raw[0] || Math.abs(wordLen - len) > 1) {
      return -1;
    }
    return (int) (packed >>> 16);
  }

  /** True when the word id belongs to the built-in set {@code set} (a SET_ bit). */
  boolean isIn(int id, int set) {
    return id >= 0 && id < idSets.length && (idSets[id] & set) != 0;
  }

  private void mark(int[] ids, int set) {
    for (int id : ids) {
      idSets[id] |= (short) set;
    }
  }

  /** A tiny open-addressing long -> long map; a key seen with two different values is dropped. */
  static final class LongTable {
    private static final long POISON = -2;
    private long[] keys;
    private long[] values;
    private boolean[] used;
    private int size;

    LongTable(int expected) {
      int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
      keys = new long[cap];
      values = new long[cap];
      used = new boolean[cap];
    }

    long get(long key) {
      int mask = keys.length - 1;
      for (int i = mix(key) & mask; used[i]; i = (i + 1) & mask) {
        if (keys[i] == key) {
          return values[i] == POISON ? -1 : values[i];
        }
      }
      return -1;
    }

    void putOrPoison(long key, long value) {
      int mask = keys.length - 1;
      for (int i = mix(key) & mask; used[i]; i = (i + 1) & mask) {
        if (keys[i] == key) {
          if (values[i] != value) {
            values[i] = POISON;
          }
          return;
        }
      }
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      int i = mix(key) & (keys.length - 1);
      while (used[i]) {
        i = (i + 1) & (keys.length - 1);
      }
      used[i] = true;
      keys[i] = key;
      values[i] = value;
      size++;
    }

    private static int mix(long key) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 32));
    }

    private void grow() {
      long[] ok = keys;
      long[] ov = values;
      boolean[] ou = used;
      keys = new long[ok.length * 2];
      values = new long[ok.length * 2];
      used = new boolean[ok.length * 2];
      for (int i = 0; i < ok.length; i++) {
        if (ou[i]) {
          int j = mix(ok[i]) & (keys.length - 1);
          while (used[j]) {
            j = (j + 1) & (keys.length - 1);
          }
          used[j] = true;
          keys[j] = ok[i];
          values[j] = ov[i];
        }
      }
    }
  }
}
