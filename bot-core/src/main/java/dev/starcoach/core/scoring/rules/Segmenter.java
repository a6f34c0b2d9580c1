package dev.starcoach.core.scoring.rules;

import static dev.starcoach.core.scoring.rules.Weight.*;

import dev.starcoach.core.content.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a full answer into its STAR parts. The text is cut into units (sentences, and clauses of
 * very long sentences); each unit gets evidence points for each part from cue phrases (labels such
 * as "Result:", scope boundaries, "I" actions, metric changes, "I learned") and a pull towards the
 * part's usual position; a dynamic programme then picks the best assignment in which parts only
 * move forward (Situation, Task, Action, Result, Reflection), any of them possibly absent.
 */
final class Segmenter {
  /** One part found: its step and token range. */
  record Part(Step step, int from, int to) {}

  private static final Step[] STEPS = Step.values();

  /** Where each part usually sits, as a share of the answer's words (from the time targets). */
  private static final double[] LOW = {0.0, 0.12, 0.26, 0.74, 0.88};

  private static final double[] HIGH = {0.2, 0.34, 0.8, 0.93, 1.0};
  private static final int LONG_SENTENCE = 32;
  private static final int MIN_CHUNK = 7;

  private final CompiledRules r;

  Segmenter(CompiledRules rules) {
    this.r = rules;
  }

  List<Part> segment(AnalyzedText t) {
    List<Part> parts = new ArrayList<>();
    if (t.n == 0) {
      return parts;
    }
    int[] units = units(t);
    int u = units.length - 1;
    double[][] e = new double[u][5];
    for (int i = 0; i < u; i++) {
      double mid = (units[i] + units[i + 1]) / 2.0 / t.n;
      emissions(t, units[i], units[i + 1], i, mid, e[i]);
    }
    double skip = r.w(SEG_SKIP_PART);
    double[][] best = new double[u][5];
    int[][] back = new int[u][5];
    for (int s = 0; s < 5; s++) {
      best[0][s] = e[0][s] - skip * s;
    }
    for (int i = 1; i < u; i++) {
      for (int s = 0; s < 5; s++) {
        double b = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p <= s; p++) {
          double v = best[i - 1][p] - (s - p > 1 ? skip * (s - p - 1) : 0);
          if (v > b) {
            b = v;
            arg = p;
          }
        }
        best[i][s] = b + e[i][s];
        back[i][s] = arg;
      }
    }
    int state = 0;
    for (int s = 1; s < 5; s++) {
      if (best[u - 1][s] > best[u - 1][state]) {
        state = s;
      }
    }
    int[] assign = new int[u];
    for (int i = u - 1; i >= 0; i--) {
      assign[i] = state;
      state = back[i][state];
    }
    int runStart = 0;
    for (int i = 1; i <= u; i++) {
      if (i == u || assign[i] != assign[runStart]) {
        parts.add(new Part(STEPS[assign[runStart]], units[runStart], units[i]));
        runStart = i;
      }
    }
    return parts;
  }

  /** Token indexes where units start, ending with t.n. */
  private int[] units(AnalyzedText t) {
    int[] out = new int[t.sentences + 8];
    int count = 0;
    for (int s = 0; s < t.sentences; s++) {
      int a = t.sentenceFirst[s];
      int b = t.sentenceEnd(s);
      out = ensure(out, count + 1);
      out[count++] = a;
      if (b - a <= LONG_SENTENCE) {
        continue;
      }
      int chunkStart = a;
      for (int cl = t.clause[a] + 1; cl < t.clauses && t.clauseFirst[cl] < b; cl++) {
        int cf = t.clauseFirst[cl];
        byte subj = t.clauseSubject[cl];
        boolean opens =
            subj == AnalyzedText.SUBJ_I
                || subj == AnalyzedText.SUBJ_WE
                || subj == AnalyzedText.SUBJ_OTHER
                || t.is(cf, AnalyzedText.F_WORD_BREAK);
        if (opens && cf - chunkStart >= MIN_CHUNK && b - cf >= MIN_CHUNK) {
          out = ensure(out, count + 1);
          out[count++] = cf;
          chunkStart = cf;
        }
      }
    }
    out = ensure(out, count + 1);
    out[count++] = t.n;
    return java.util.Arrays.copyOf(out, count);
  }

  private static int[] ensure(int[] a, int need) {
    return need <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(need, a.length * 2));
  }

  private void emissions(AnalyzedText t, int from, int to, int index, double f, double[] e) {
    Signals s = new Signals(t, from, to);
    double[] w = r.weights;
    if (t.label[from] > 0) {
      e[t.label[from] - 1] += w[SEG_LABEL.ordinal()];
    }
    // Situation
    e[0] += Math.min(2, s.count(Lexicon.SITUATION_CUES)) * w[SEG_SITUATION_CUE.ordinal()];
    e[0] += Math.min(2, s.count(Lexicon.IMPACT)) * w[SEG_IMPACT.ordinal()];
    e[0] += Math.min(3, s.count(Lexicon.ARCHITECTURE)) * 0.4;
    if (index == 0) {
      e[0] += w[SEG_FIRST_SENTENCE.ordinal()];
    }
    if (s.anyMetric() && !s.delta) {
      e[0] += 0.4;
    }
    // Task
    double boundary = s.count(Lexicon.SCOPE_BOUNDARY) + (s.hasNegated(Lexicon.ASSIGNED) ? 1 : 0);
    e[1] += Math.min(3, boundary) * w[SEG_SCOPE_BOUNDARY.ordinal()];
    e[1] += Math.min(2, s.count(Lexicon.SELF_INITIATED)) * w[SEG_SELF_INITIATED.ordinal()];
    e[1] += Math.min(2, s.count(Lexicon.GOAL)) * w[SEG_GOAL.ordinal()];
    e[1] += Math.min(1, s.count(Lexicon.SCOPE_EXPANSION)) * w[SEG_GOAL.ordinal()] * 2;
    e[1] += (s.has(Lexicon.ASSIGNED) ? 1 : 0) * w[SEG_ASSIGNED.ordinal()];
    // Action
    int actions = 0;
    for (int cl = t.clause[from]; cl < t.clauses && t.clauseFirst[cl] < to; cl++) {
      if (t.clauseFirst[cl] < from || !t.clauseAction[cl]) {
        continue;
      }
      byte subj = t.clauseSubject[cl];
      if (subj == AnalyzedText.SUBJ_I || subj == AnalyzedText.SUBJ_WE) {
        if (!clauseHasAny(
            t,
            cl,
            Lexicon.REFLECTION_CUES,
            Lexicon.SELF_INITIATED,
            Lexicon.GOAL,
            Lexicon.SCOPE_EXPANSION)) {
          actions++;
        }
      } else if (subj == AnalyzedText.SUBJ_OTHER || subj == AnalyzedText.SUBJ_PASSIVE) {
        e[2] += w[SEG_OTHER_ACTION.ordinal()] * 0.5;
      }
    }
    e[2] += Math.min(3, actions) * w[SEG_I_ACTION.ordinal()];
    e[2] += (s.firstRouting >= 0 ? 1 : 0) * w[SEG_ROUTING.ordinal()];
    e[2] += s.has(Lexicon.DATA_EVIDENCE) ? 0.3 : 0;
    // Result (cues count half in a sentence led by "I <action>" without a metric change)
    double before = e[3];
    e[3] += s.delta ? w[SEG_METRIC_DELTA.ordinal()] : 0;
    e[3] += Math.min(2, s.count(Lexicon.RESULT_CUES)) * w[SEG_RESULT_CUE.ordinal()];
    e[3] += (s.has(Lexicon.BUSINESS) || s.money ? 1 : 0) * w[SEG_BUSINESS.ordinal()];
    e[3] += Math.min(2, s.count(Lexicon.SECOND_ORDER)) * w[SEG_SECOND_ORDER.ordinal()];
    e[3] += (s.has(Lexicon.VAGUE_OUTCOME) ? 1 : 0) * w[SEG_VAGUE_OUTCOME.ordinal()];
    e[3] += s.changeClaim && s.anyMetric() ? 0.8 : 0;
    int firstClause = t.clause[from];
    if (!s.delta
        && t.clauseSubject[firstClause] == AnalyzedText.SUBJ_I
        && t.clauseAction[firstClause]) {
      e[3] = before + (e[3] - before) * 0.5;
      e[2] += 0.8;
    }
    // Reflection
    e[4] += Math.min(2, s.count(Lexicon.REFLECTION_CUES)) * w[SEG_REFLECTION_CUE.ordinal()];
    e[4] += (s.has(Lexicon.GENERIC_REFLECTION) ? 1 : 0) * w[SEG_GENERIC_REFLECTION.ordinal()];
    e[4] += Math.min(3, s.count(Lexicon.SYSTEMIC)) * w[SEG_SYSTEMIC.ordinal()] * 0.5;
    double position = w[SEG_POSITION.ordinal()];
    for (int k = 0; k < 5; k++) {
      double outside = f < LOW[k] ? LOW[k] - f : f > HIGH[k] ? f - HIGH[k] : 0;
      e[k] -= position * (outside * 4 + Math.abs(f - (LOW[k] + HIGH[k]) / 2));
    }
  }

  private static boolean clauseHasAny(AnalyzedText t, int cl, Lexicon... lists) {
    int cf = t.clauseFirst[cl];
    int ce = t.clauseEnd(cl);
    for (int k = cf; k < ce; k++) {
      for (Lexicon l : lists) {
        if ((t.startMask[k] & (1L << l.ordinal())) != 0) {
          return true;
        }
      }
    }
    return false;
  }
}
