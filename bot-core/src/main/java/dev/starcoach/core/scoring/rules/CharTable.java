package dev.starcoach.core.scoring.rules;

/**
 * An open-addressing map from short char sequences to non-negative ints, looked up straight from a
 * char buffer so that scoring allocates no strings per word. Built once, then read-only (safe to
 * share between threads).
 */
final class CharTable {
  private char[][] keys;
  private int[] hashes;
  private int[] values;
  private int size;

  CharTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
    keys = new char[cap][];
    hashes = new int[cap];
    values = new int[cap];
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
    int mask = keys.length - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      char[] k = keys[i];
      if (k == null) {
        return -1;
      }
      if (hashes[i] == hash && k.length == len && same(k, buf, off, len)) {
        return values[i];
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
    hashes[i] = h;
    values[i] = value;
  }

  private void grow() {
    char[][] oldKeys = keys;
    int[] oldValues = values;
    keys = new char[oldKeys.length * 2][];
    hashes = new int[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        insert(oldKeys[i], oldValues[i]);
      }
    }
  }
}
