package dev.starcoach.core.scoring.rules;

import static dev.starcoach.core.scoring.rules.AnalyzedText.ANY_NUMBER;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_DURATION;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_MONEY;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_MULT;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_NEG;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_NUM;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_PCT;

/**
 * The numbers of a stretch of an answer, sentence by sentence: metric numbers, money, a number
 * framed as a shortfall, and a number with its baseline (a pair "from 12% to 5%", "40 ms instead of
 * 9 s", or a relative change "down 40%"). Writes its findings into the {@link Signals}.
 */
final class NumberScan {
  private final Signals s;
  private final AnalyzedText t;
  private final int from;
  private final int to;

  NumberScan(Signals s) {
    this.s = s;
    this.t = s.t;
    this.from = s.from;
    this.to = s.to;
  }

  void scan() {
    if (from >= to) {
      return;
    }
    int sFirst = t.sentence[from];
    int sLast = t.sentence[to - 1];
    for (int sen = sFirst; sen <= sLast; sen++) {
      int a = Math.max(from, t.sentenceFirst[sen]);
      int b = Math.min(to, t.sentenceEnd(sen));
      sentenceNumbers(a, b);
    }
  }

  private boolean isChange(int k) {
    return t.inList(k, Lexicon.CHANGE_VERBS)
        || (t.startMask[k] & (1L << Lexicon.CHANGE_VERBS.ordinal())) != 0;
  }

  private boolean isNumber(int k) {
    return (t.flags[k] & ANY_NUMBER) != 0;
  }

  private void sentenceNumbers(int a, int b) {
    CompiledRules r = t.rules;
    boolean anyNumber = false;
    for (int k = a; k < b && !anyNumber; k++) {
      anyNumber = (t.flags[k] & (ANY_NUMBER | F_MULT)) != 0;
    }
    if (!anyNumber) {
      long rel = 1L << Lexicon.RELATIVE_CHANGE.ordinal();
      for (int k = a; k < b; k++) {
        if (!s.changeClaim && isChange(k)) {
          s.changeClaim = true;
        }
        if ((t.startMask[k] & rel) != 0 && (t.flags[k] & F_NEG) == 0 && !s.delta) {
          s.delta = true;
          s.deltaEvidence = t.words(Math.max(a, k - 3), Math.min(b, k + 4));
        }
      }
      return;
    }
    int firstNum = -1;
    int lastNum = -1;
    int metricNums = 0;
    boolean change = false;
    boolean contrast = false;
    for (int k = a; k < b; k++) {
      int id = t.id[k];
      if (isChange(k) && !t.is(k, ANY_NUMBER)) {
        change = true;
      }
      if (r.isIn(id, CompiledRules.SET_CONTRAST)) {
        contrast = true;
      }
      if (!isNumber(k)) {
        if (!s.shortfall
            && r.isIn(id, CompiledRules.SET_SHORTFALL)
            && k + 1 < b
            && (isNumber(k + 1) || (k + 2 < b && isNumber(k + 2)))) {
          s.shortfall = true;
          s.shortfallEvidence = t.words(k, Math.min(b, k + 5));
        }
        continue;
      }
      if (t.is(k, F_MONEY)) {
        s.money = true;
      }
      if (t.is(k, F_DURATION)) {
        continue;
      }
      metricNums++;
      if (firstNum < 0) {
        firstNum = k;
      }
      lastNum = k;
    }
    if (metricNums > 0) {
      s.numbers += metricNums;
      if (s.firstNumber < 0) {
        s.firstNumber = firstNum;
      }
    }
    if (change) {
      s.changeClaim = true;
    }
    if (contrast && metricNums > 0) {
      s.numberContrast = true;
    }
    if (s.deltaPair) {
      return;
    }
    int deltaFrom = -1;
    int deltaTo = -1;
    boolean pair = false;
    for (int k = a; k < b && deltaFrom < 0; k++) {
      int id = t.id[k];
      if (id == r.idFrom) {
        int num = nextNumber(k + 1, Math.min(b, k + 7));
        if (num < 0) {
          continue;
        }
        for (int j = num + 1; j < Math.min(b, num + 9); j++) {
          if (t.id[j] == r.idTo) {
            int num2 = nextNumber(j + 1, Math.min(b, j + 4));
            if (num2 < 0 && j + 1 < b && t.id[j + 1] == r.idNone) {
              num2 = j + 1;
            }
            if (num2 >= 0) {
              deltaFrom = k;
              deltaTo = num2 + 1;
              pair = true;
            }
            break;
          }
        }
      } else if (isNumber(k) && !t.is(k, F_DURATION) && comparedNumber(k, b) >= 0) {
        deltaFrom = Math.max(a, k - 2);
        deltaTo = comparedNumber(k, b) + 1;
        pair = true;
      } else if (id == r.idBy && k > a) {
        int num = nextNumber(k + 1, Math.min(b, k + 3));
        if (num >= 0 && changeBefore(a, k)) {
          deltaFrom = Math.max(a, k - 4);
          deltaTo = num + 1;
        }
      } else if (t.is(k, F_MULT)) {
        deltaFrom = Math.max(a, k - 3);
        deltaTo = Math.min(b, k + 3);
      } else if ((t.is(k, F_PCT) || t.is(k, F_MULT)) && k > a && changeBefore2(a, k)) {
        deltaFrom = Math.max(a, k - 2);
        deltaTo = k + 1;
      } else if (t.is(k, F_PCT) && k + 1 < b) {
        for (int j = k + 1; j < Math.min(b, k + 4); j++) {
          if (isChange(j) && !isNumber(j)) {
            deltaFrom = k;
            deltaTo = j + 1;
            break;
          }
        }
      }
    }
    if (deltaFrom < 0) {
      for (int m = t.listHead[Lexicon.RELATIVE_CHANGE.ordinal()]; m >= 0; m = t.mNext[m]) {
        if (t.mStart[m] >= a && t.mStart[m] < b && !t.negated(m)) {
          deltaFrom = Math.max(a, t.mStart[m] - 3);
          deltaTo = Math.min(b, t.mEnd[m] + 2);
          break;
        }
      }
    }
    if (deltaFrom < 0 && metricNums >= 2 && firstNum >= 0) {
      for (int k = firstNum + 1; k < lastNum; k++) {
        if (isChange(k) && !isNumber(k)) {
          deltaFrom = firstNum;
          deltaTo = lastNum + 1;
          pair = true;
          break;
        }
      }
    }
    if (deltaFrom >= 0) {
      if (!s.delta || pair) {
        s.deltaEvidence = t.words(deltaFrom, deltaTo);
      }
      s.delta = true;
      s.deltaPair |= pair;
    }
  }

  /** "40 ms instead of 9 seconds", "3 minutes versus 20": the number after the comparator. */
  private int comparedNumber(int k, int b) {
    int[] comparators = t.rules.comparators;
    for (int j = k + 1; j < Math.min(b, k + 3); j++) {
      for (int c : comparators) {
        if (t.id[j] == c) {
          return nextNumber(j + 1, Math.min(b, j + 4));
        }
      }
    }
    return -1;
  }

  private boolean changeBefore2(int a, int k) {
    for (int j = Math.max(a, k - 2); j < k; j++) {
      if (isChange(j) && !isNumber(j)) {
        return true;
      }
    }
    return false;
  }

  private boolean changeBefore(int a, int k) {
    for (int j = Math.max(a, k - 6); j < k; j++) {
      if (isChange(j)) {
        return true;
      }
    }
    return false;
  }

  private int nextNumber(int a, int b) {
    for (int k = a; k < b; k++) {
      if (isNumber(k) || t.is(k, F_NUM)) {
        return k;
      }
      if (t.is(k, F_PCT)) {
        return k;
      }
    }
    return -1;
  }
}
