package dev.starcoach.core.scoring.rules;

/**
 * An open-addressing map from short char sequences to non-negative ints, looked up straight from a
 * char buffer so that scoring allocates no strings per word. Built once, then read-only (safe to
 * share between threads).
 */
final class CharTable {
  private char[][] keys;

  /** Per slot: the key's hash at 2i and its value at 2i+1 (-1: empty), side by side in memory. */
  private int[] slots;

  private int size;

  CharTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    keys = new char[cap][];
    slots = emptySlots(cap);
  }

  private static int[] emptySlots(int cap) {
    int[] s = new int[cap * 2];
    for (int i = 1; i < s.length; i += 2) {
      s[i] = -1;
    }
    return s;
  }

  static final int SEED = 0x811c9dc5;

  static int step(int h, char c) {
    return (h ^ c) * 0x01000193;
  }

  static int finish(int h) {
    return h ^ (h >>> 15);
  }

  static int hash(char[] buf, int off, int len) {
    int h = SEED;
    for (int i = off; i < off + len; i++) {
      h = step(h, buf[i]);
    }
    return finish(h);
  }

  /** The value for the key, or -1. */
  int get(char[] buf, int off, int len) {
    return get(buf, off, len, hash(buf, off, len));
  }

  /** The value for the key whose {@link #hash} is given, or -1. */
  int get(char[] buf, int off, int len, int hash) {
    int[] sl = slots;
    int mask = keys.length - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      int value = sl[2 * i + 1];
      if (value < 0) {
        return -1;
      }
      if (sl[2 * i] == hash) {
        char[] k = keys[i];
        if (k.length == len && same(k, buf, off, len)) {
          return value;
        }
      }
    }
  }

  private static boolean same(char[] k, char[] buf, int off, int len) {
    for (int i = 0; i < len; i++) {
      if (k[i] != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  int get(String key) {
    char[] c = key.toCharArray();
    return get(c, 0, c.length);
  }

  /** Adds the key if absent; returns its value (the existing one when present). */
  int putIfAbsent(String key, int value) {
    char[] c = key.toCharArray();
    int existing = get(c, 0, c.length);
    if (existing >= 0) {
      return existing;
    }
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    insert(c, value);
    size++;
    return value;
  }

  int size() {
    return size;
  }

  private void insert(char[] c, int value) {
    int mask = keys.length - 1;
    int h = hash(c, 0, c.length);
    int i = h & mask;
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = c;
    slots[2 * i] = h;
    slots[2 * i + 1] = value;
  }

  private void grow() {
    char[][] oldKeys = keys;
    int[] oldSlots = slots;
    keys = new char[oldKeys.length * 2][];
    slots = emptySlots(oldKeys.length * 2);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldSlots[2 * i + 1]);
      }
    }
  }
}
