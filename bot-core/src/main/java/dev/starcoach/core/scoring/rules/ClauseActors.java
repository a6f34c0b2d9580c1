package dev.starcoach.core.scoring.rules;

import static dev.starcoach.core.scoring.rules.AnalyzedText.F_ED;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_NUM;

/**
 * Who acts in each clause: finds the clause's subject ("I", "we" and the team, someone else,
 * passive, or none) and its main verb, and whether the clause is an action. Part of text analysis.
 */
final class ClauseActors {
  private final CompiledRules rules;

  ClauseActors(CompiledRules rules) {
    this.rules = rules;
  }

  /** Fills {@code clauseSubject}, {@code clauseAction} and {@code clauseVerb}. */
  void assign(AnalyzedText t) {
    int c = t.clauses;
    t.clauseSubject = new byte[c];
    t.clauseAction = new boolean[c];
    t.clauseVerb = new int[c];
    long we = 1L << Lexicon.WE_SUBJECTS.ordinal();
    long other = 1L << Lexicon.OTHER_SUBJECTS.ordinal();
    for (int cl = 0; cl < c; cl++) {
      int from = t.clauseFirst[cl];
      int to = t.clauseEnd(cl);
      t.clauseVerb[cl] = -1;
      int k = from;
      while (k < to
          && (t.inList(k, Lexicon.CLAUSE_BREAKS)
              || t.inList(k, Lexicon.SKIP_WORDS)
              || t.id[k] == rules.idAnd)) {
        k++;
      }
      if (k >= to) {
        continue;
      }
      if (t.id[k] != rules.idI
          && (t.startMask[k] & (we | other)) == 0
          && t.inList(from, Lexicon.CLAUSE_BREAKS)) {
        for (int j = k + 1; j < Math.min(to, k + 5); j++) {
          if (t.id[j] == rules.idI || (t.startMask[j] & (we | other)) != 0) {
            k = j;
            break;
          }
          if (t.is(j, F_ED)) {
            break;
          }
        }
      }
      if (t.id[k] == rules.idI) {
        t.clauseSubject[cl] = AnalyzedText.SUBJ_I;
        verb(t, cl, k + 1, to);
      } else if ((t.startMask[k] & we) != 0) {
        t.clauseSubject[cl] = AnalyzedText.SUBJ_WE;
        verb(t, cl, subjectEnd(t, k, Lexicon.WE_SUBJECTS), to);
      } else if ((t.startMask[k] & other) != 0) {
        t.clauseSubject[cl] = AnalyzedText.SUBJ_OTHER;
        verb(t, cl, subjectEnd(t, k, Lexicon.OTHER_SUBJECTS), to);
      } else if (from == t.sentenceFirst[t.sentence[from]]
          && (t.is(k, F_ED) || t.inList(k, Lexicon.IRREGULAR_PARTICIPLES))
          && !rules.isIn(t.id[k], CompiledRules.SET_NOT_IMPLIED)
          && !passive(t, k, to)) {
        t.clauseSubject[cl] = AnalyzedText.SUBJ_I;
        t.clauseVerb[cl] = k;
        t.clauseAction[cl] = true;
      } else if (passive(t, k, to)) {
        t.clauseSubject[cl] = AnalyzedText.SUBJ_PASSIVE;
        t.clauseAction[cl] = true;
      } else if (cl > 0
          && t.sentence[from] == t.sentence[t.clauseFirst[cl - 1]]
          && !rules.isIn(t.id[from], CompiledRules.SET_RELATIVE)
          && (t.is(k, F_ED) || t.inList(k, Lexicon.IRREGULAR_PARTICIPLES))
          && !rules.isIn(t.id[k], CompiledRules.SET_DETERMINER)) {
        byte prev = t.clauseSubject[cl - 1];
        if (prev == AnalyzedText.SUBJ_I
            || prev == AnalyzedText.SUBJ_WE
            || prev == AnalyzedText.SUBJ_OTHER) {
          t.clauseSubject[cl] = prev;
          verb(t, cl, k, to);
        }
      }
    }
  }

  private static int subjectEnd(AnalyzedText t, int k, Lexicon list) {
    int best = k + 1;
    for (int m = t.listHead[list.ordinal()]; m >= 0; m = t.mNext[m]) {
      if (t.mStart[m] == k && t.mEnd[m] > best) {
        best = t.mEnd[m];
      }
    }
    return best;
  }

  private void verb(AnalyzedText t, int cl, int k, int to) {
    while (k < to && t.inList(k, Lexicon.SKIP_WORDS)) {
      k++;
    }
    if (k < to && t.id[k] == rules.idNot) {
      k++;
      while (k < to && t.inList(k, Lexicon.SKIP_WORDS)) {
        k++;
      }
    }
    if (k >= to || t.is(k, F_NUM) || t.id[k] == rules.idI) {
      return;
    }
    if (rules.isIn(t.id[k], CompiledRules.SET_MODAL)
        && k + 1 < to
        && !t.inList(k + 1, Lexicon.NON_ACTION_VERBS)
        && !rules.isIn(t.id[k + 1], CompiledRules.SET_DETERMINER)
        && !t.is(k + 1, F_NUM)) {
      t.clauseVerb[cl] = k + 1;
      t.clauseAction[cl] = true;
      return;
    }
    if (t.inList(k, Lexicon.NON_ACTION_VERBS)) {
      int j = k + 1;
      if (j < to && t.id[j] == rules.idAble) {
        j++;
      }
      if (j + 1 < to && t.id[j] == rules.idTo && !t.inList(j + 1, Lexicon.NON_ACTION_VERBS)) {
        t.clauseVerb[cl] = j + 1;
        t.clauseAction[cl] = true;
        return;
      }
      t.clauseVerb[cl] = k;
      return;
    }
    t.clauseVerb[cl] = k;
    t.clauseAction[cl] = true;
  }

  private boolean passive(AnalyzedText t, int k, int to) {
    for (int j = k; j < to - 1; j++) {
      if (!t.inList(j, Lexicon.PASSIVE_AUX)) {
        continue;
      }
      int p = j + 1;
      while (p < to && (t.inList(p, Lexicon.SKIP_WORDS) || t.id[p] == rules.idNot)) {
        p++;
      }
      if (p < to
          && (t.is(p, F_ED) || t.inList(p, Lexicon.IRREGULAR_PARTICIPLES))
          && !t.is(p, F_NUM)) {
        return true;
      }
    }
    return false;
  }
}
