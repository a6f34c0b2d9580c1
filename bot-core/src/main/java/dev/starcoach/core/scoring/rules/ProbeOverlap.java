package dev.starcoach.core.scoring.rules;

import static dev.starcoach.core.scoring.rules.AnalyzedText.F_SYNTH;

/** How much a probe answer takes up the content words of its question. */
final class ProbeOverlap {
  private ProbeOverlap() {}

  /** Share of the question's distinct content stems (4+ letters) that the answer uses. */
  static double share(Signals question, Signals answer) {
    AnalyzedText q = question.t;
    AnalyzedText a = answer.t;
    int asked = 0;
    int answered = 0;
    int[] seen = new int[32];
    int n = 0;
    for (int k = question.from; k < question.to; k++) {
      int id = q.hash[k];
      if (q.is(k, F_SYNTH) || q.end[k] - q.start[k] < 4 || q.inList(k, Lexicon.FUNCTION_WORDS)) {
        continue;
      }
      boolean dup = false;
      for (int i = 0; i < n; i++) {
        dup |= seen[i] == id;
      }
      if (dup || n == seen.length) {
        continue;
      }
      seen[n++] = id;
      asked++;
      for (int j = answer.from; j < answer.to; j++) {
        if (a.hash[j] == id) {
          answered++;
          break;
        }
      }
    }
    return asked == 0 ? 1.0 : (double) answered / asked;
  }
}
