package dev.starcoach.core.story.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every {@link Cue} phrase compiled once, indexed by its first word (or the first three letters of
 * a first word that is a stem), and matched over a {@link StepText} in one pass. A hit preceded
 * within three words of its sentence by a negator ("did not", "never", "nobody") does not count.
 */
final class CueIndex {
  private static final Set<String> NEGATORS =
      Set.of("not", "no", "never", "nobody", "none", "neither", "nor", "hardly", "nothing");
  private static final int NEGATION_WINDOW = 3;
  private static final int STEM_KEY = 3;
  private static final String WILD = "qqwild";
  private static final Cue[] CUES = Cue.values();

  /** The shared index; the lists are constants. */
  static final CueIndex INSTANCE = new CueIndex();

  private record Phrase(Cue cue, String[] words) {}

  private final Map<String, List<Phrase>> byWord = new HashMap<>();
  private final Map<String, List<Phrase>> byStem = new HashMap<>();

  private CueIndex() {
    for (Cue cue : Cue.values()) {
      for (String p : cue.phrases()) {
        String[] words = words(p);
        if (words.length == 0 || words[0].isEmpty() || words[0].equals("*")) {
          throw new IllegalStateException("bad cue phrase in " + cue + ": '" + p + "'");
        }
        Phrase phrase = new Phrase(cue, words);
        String first = words[0];
        if (first.endsWith("*")) {
          String stem = first.substring(0, first.length() - 1);
          if (stem.length() < STEM_KEY) {
            throw new IllegalStateException("stem too short in " + cue + ": '" + p + "'");
          }
          byStem.computeIfAbsent(stem.substring(0, STEM_KEY), k -> new ArrayList<>()).add(phrase);
        } else {
          byWord.computeIfAbsent(first, k -> new ArrayList<>()).add(phrase);
        }
      }
    }
  }

  /** A phrase cut into words the way {@link StepText} cuts a text, keeping its wildcards. */
  private static String[] words(String phrase) {
    String[] toks = new StepText(phrase.replace("*", WILD)).tokens;
    for (int i = 0; i < toks.length; i++) {
      if (toks[i].endsWith(WILD)) {
        toks[i] = toks[i].substring(0, toks[i].length() - WILD.length()) + "*";
      }
    }
    return toks;
  }

  /** The cue hits of one step's text. */
  CueHits scan(StepText t) {
    CueHits hits = new CueHits(t);
    int n = t.size();
    int[] lastEnd = new int[CUES.length];
    int[] bestEnd = new int[CUES.length];
    int[] touched = new int[CUES.length];
    for (int i = 0; i < n; i++) {
      String w = t.tokens[i];
      int nTouched = collect(byWord.get(w), t, i, bestEnd, touched, 0);
      if (w.length() >= STEM_KEY) {
        nTouched = collect(byStem.get(w.substring(0, STEM_KEY)), t, i, bestEnd, touched, nTouched);
      }
      java.util.Arrays.sort(touched, 0, nTouched);
      for (int k = 0; k < nTouched; k++) {
        int o = touched[k];
        int e = bestEnd[o];
        bestEnd[o] = 0;
        Cue c = CUES[o];
        if (i >= lastEnd[o] && (c == Cue.PRINCIPLE_NAME || !negated(t, i))) {
          hits.add(c, i, e);
          lastEnd[o] = e;
        }
      }
    }
    return hits;
  }

  private static int collect(
      List<Phrase> phrases, StepText t, int i, int[] bestEnd, int[] touched, int nTouched) {
    if (phrases == null) {
      return nTouched;
    }
    int n = nTouched;
    for (Phrase p : phrases) {
      int end = match(p.words(), t, i);
      int o = p.cue().ordinal();
      if (end > bestEnd[o]) {
        if (bestEnd[o] == 0) {
          touched[n++] = o;
        }
        bestEnd[o] = end;
      }
    }
    return n;
  }

  private static int match(String[] words, StepText t, int i) {
    int k = i;
    for (String w : words) {
      if (k >= t.size()) {
        return -1;
      }
      String tok = t.tokens[k];
      boolean ok =
          w.equals("*")
              || (w.endsWith("*") ? tok.startsWith(w.substring(0, w.length() - 1)) : tok.equals(w));
      if (!ok) {
        return -1;
      }
      k++;
    }
    return k;
  }

  private static boolean negated(StepText t, int i) {
    for (int k = i - 1; k >= 0 && k >= i - NEGATION_WINDOW; k--) {
      if (t.sentence[k] != t.sentence[i]) {
        return false;
      }
      if (NEGATORS.contains(t.tokens[k])) {
        return true;
      }
    }
    return false;
  }
}
