package dev.starcoach.core.scoring.rules;

import static dev.starcoach.core.scoring.rules.AnalyzedText.F_NEG;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_SYNTH;

import java.util.Arrays;

/**
 * Everything the rules need to know about one stretch of an answer (a whole answer or one STAR part
 * of a full answer), computed in one pass over its tokens, clauses and matches.
 */
final class Signals {
  final AnalyzedText t;
  final int from;
  final int to;
  final int words;

  private static final int LISTS = Lexicon.values().length;

  /** Per list: first non-negated match + 1 (0: none), count of them, first negated match + 1. */
  private final int[] firstPlus = new int[LISTS];

  private final int[] count = new int[LISTS];
  private final int[] firstNegatedPlus = new int[LISTS];

  int iActions;
  int weActions;
  int otherActions;
  int passive;
  int ownActions;
  int firstIAction = -1;
  int firstWe = -1;
  int firstPassive = -1;
  int firstOtherResolved = -1;
  int firstRouting = -1;
  int noFollowThrough = -1;
  boolean handoff;
  String handoffEvidence = "";

  int numbers;
  int firstNumber = -1;
  boolean money;
  boolean delta;
  String deltaEvidence = "";

  /** A number with its baseline as a pair: "from 12% to 5%", "40 ms instead of 9 seconds". */
  boolean deltaPair;

  boolean changeClaim;

  /** "Only 9 of 40", "just 3%": a number framed as falling short. */
  boolean shortfall;

  String shortfallEvidence = "";

  /** A sentence with a number that also turns on a contrast ("but", "yet", "still"). */
  boolean numberContrast;

  /**
   * The answer states an assignment and then goes beyond it: "my ticket was to integrate one
   * carrier, nothing more ... I set a bigger goal", or "my job was answering tickets ... nobody
   * asked me to". The assignment is context for the ownership, not the story's motive.
   */
  boolean scopeExpansion;

  String scopeExpansionEvidence = "";

  private int distinctImpact = -1;
  int hedges;
  private boolean reflectionDone;
  int storyWords;
  int contentWords;
  boolean genericStatement;
  int genericHits;
  int genericTopics;
  String genericEvidence = "";
  boolean mechanism;

  Signals(AnalyzedText t, int from, int to) {
    this.t = t;
    this.from = from;
    this.to = to;
    int w = 0;
    for (int k = from; k < to; k++) {
      if (!t.is(k, F_SYNTH)) {
        w++;
      }
    }
    words = w;
    matches();
    clauses();
    new NumberScan(this).scan();
    scopeExpansion();
    hedges = count[Lexicon.HEDGES.ordinal()];
  }

  /** Assigned wording that counts against the answer (not the stated limit of a bigger scope). */
  boolean assignedIssue() {
    return has(Lexicon.ASSIGNED) && !scopeExpansion;
  }

  /**
   * In a full answer the stated assignment and the bigger goal often land in different parts; the
   * part that states the assignment takes the whole answer's reading.
   */
  void inheritScopeExpansion(Signals whole) {
    if (whole.scopeExpansion && !scopeExpansion && has(Lexicon.ASSIGNED)) {
      scopeExpansion = true;
      scopeExpansionEvidence = whole.scopeExpansionEvidence;
    }
  }

  private void scopeExpansion() {
    int a = first(Lexicon.ASSIGNED);
    if (a < 0) {
      return;
    }
    int aStart = t.mStart[a];
    int negated = firstNegatedPlus[Lexicon.ASSIGNED.ordinal()] - 1;
    boolean negatedAfter = negated >= 0 && t.mStart[negated] > aStart;
    int expansion = -1;
    for (int m = t.listHead[Lexicon.SCOPE_EXPANSION.ordinal()]; m >= 0; m = t.mNext[m]) {
      if (t.mStart[m] > aStart && t.mStart[m] < to && t.mEnd[m] <= to && !t.negated(m)) {
        expansion = m;
        break;
      }
    }
    boolean limited = false;
    int sentence = t.sentence[aStart];
    for (int m = t.listHead[Lexicon.ASSIGNMENT_LIMITS.ordinal()];
        m >= 0 && !limited;
        m = t.mNext[m]) {
      int ms = t.mStart[m];
      limited = ms >= from && ms < to && t.sentence[ms] == sentence;
    }
    boolean boundary = has(Lexicon.SCOPE_BOUNDARY) || negatedAfter;
    if ((boundary || expansion >= 0) && ((limited && expansion >= 0) || negatedAfter)) {
      scopeExpansion = true;
      scopeExpansionEvidence =
          expansion >= 0 ? t.evidence(expansion) : evNegatedWide(Lexicon.ASSIGNED);
    }
  }

  /** How many different words of the impact list appear. */
  int distinctImpact() {
    if (distinctImpact < 0) {
      distinctImpact = distinct(Lexicon.IMPACT);
    }
    return distinctImpact;
  }

  /** Computes the reflection measures (story words, generic statements); idempotent. */
  Signals withReflection() {
    if (!reflectionDone) {
      new ReflectionScan(this).scan();
      reflectionDone = true;
    }
    return this;
  }

  private int distinct(Lexicon l) {
    int n = 0;
    int[] seen = new int[8];
    outer:
    for (int m = t.firstMatchFrom(from); m < t.matches && t.mStart[m] < to; m++) {
      if (t.mList[m] != l.ordinal() || t.negated(m)) {
        continue;
      }
      int id = t.id[t.mStart[m]];
      for (int i = 0; i < n; i++) {
        if (seen[i] == id) {
          continue outer;
        }
      }
      if (n == seen.length) {
        seen = Arrays.copyOf(seen, n * 2);
      }
      seen[n++] = id;
    }
    return n;
  }

  /** The first non-negated match of the list in the span, or -1. */
  int first(Lexicon l) {
    return firstPlus[l.ordinal()] - 1;
  }

  /** The first negated match of the list in the span, or -1. */
  int firstNegated(Lexicon l) {
    return firstNegatedPlus[l.ordinal()] - 1;
  }

  boolean has(Lexicon l) {
    return firstPlus[l.ordinal()] > 0;
  }

  boolean negatedOnly(Lexicon l) {
    return firstPlus[l.ordinal()] == 0 && firstNegatedPlus[l.ordinal()] > 0;
  }

  boolean hasNegated(Lexicon l) {
    return firstNegatedPlus[l.ordinal()] > 0;
  }

  int count(Lexicon l) {
    return count[l.ordinal()];
  }

  String ev(Lexicon l) {
    int m = first(l);
    return m < 0 ? "" : t.evidence(m);
  }

  String evNegated(Lexicon l) {
    int m = firstNegatedPlus[l.ordinal()] - 1;
    return m < 0 ? "" : t.evidence(m);
  }

  /** Evidence widened to the words from the negator on ("nobody had asked me to"). */
  String evNegatedWide(Lexicon l) {
    int m = firstNegatedPlus[l.ordinal()] - 1;
    if (m < 0) {
      return "";
    }
    int s = t.mStart[m];
    int k = s;
    while (k > from && k > s - 7 && t.clause[k - 1] == t.clause[s]) {
      k--;
      if (t.inList(k, Lexicon.NEGATORS)) {
        return t.words(k, t.mEnd[m]);
      }
    }
    return t.evidence(m);
  }

  double iRatio() {
    double all = iActions + weActions + 0.5 * otherActions + passive;
    return all == 0 ? 0 : iActions / all;
  }

  /**
   * Words covered by stock phrases ("took ownership", "drove alignment"); a claim made only with
   * them proves nothing, so initiative, evidence and follow-through inside one do not count.
   */
  int stockWords;

  String stockEvidence = "";

  private static final int STOCK = Lexicon.STOCK_PHRASES.ordinal();
  private static final int SELF = Lexicon.SELF_INITIATED.ordinal();
  private static final int ASSIGN = Lexicon.ASSIGNED.ordinal();
  private static final int REASON = Lexicon.REASONING.ordinal();

  private static boolean maskedByStock(int l) {
    return l == SELF
        || l == Lexicon.DATA_EVIDENCE.ordinal()
        || l == Lexicon.FOLLOW_THROUGH.ordinal()
        || l == Lexicon.SECOND_ORDER.ordinal()
        || l == Lexicon.IMPACT.ordinal()
        || l == Lexicon.BUSINESS.ordinal();
  }

  private boolean inside(int m, int list) {
    int s = t.mStart[m];
    int e = t.mEnd[m];
    for (int o = t.firstMatchFrom(Math.max(from, s - 8)); o < t.matches; o++) {
      if (t.mStart[o] > s) {
        break;
      }
      if (t.mList[o] == list && t.mEnd[o] >= e && o != m && !t.negated(o)) {
        return true;
      }
    }
    return false;
  }

  private void stock() {
    int coveredTo = from;
    for (int m = t.firstMatchFrom(from); m < t.matches && t.mStart[m] < to; m++) {
      if (t.mList[m] != STOCK || t.mEnd[m] > to || t.negated(m)) {
        continue;
      }
      int s = Math.max(t.mStart[m], coveredTo);
      if (t.mEnd[m] > s) {
        stockWords += t.mEnd[m] - s;
        coveredTo = t.mEnd[m];
      }
      if (stockEvidence.isEmpty()) {
        stockEvidence = t.evidence(m);
      }
    }
  }

  private void matches() {
    stock();
    int[] lastStartPlus = new int[LISTS];
    for (int m = t.firstMatchFrom(from); m < t.matches; m++) {
      int s = t.mStart[m];
      if (s >= to) {
        break;
      }
      if (t.mEnd[m] > to) {
        continue;
      }
      int l = t.mList[m];
      if ((stockWords > 0 && maskedByStock(l) && inside(m, STOCK))
          || (l == ASSIGN && inside(m, SELF))
          || (l == Lexicon.NO_FOLLOW_THROUGH.ordinal() && inside(m, REASON))) {
        continue;
      }
      if (t.negated(m)) {
        if (firstNegatedPlus[l] == 0) {
          firstNegatedPlus[l] = m + 1;
        }
        continue;
      }
      int f = firstPlus[l] - 1;
      if (f < 0 || (t.mStart[f] == s && t.mEnd[m] > t.mEnd[f])) {
        firstPlus[l] = m + 1;
      }
      if (lastStartPlus[l] != s + 1) {
        count[l]++;
        lastStartPlus[l] = s + 1;
      }
    }
  }

  private boolean clauseHas(int cl, Lexicon l, boolean allowNegated) {
    int cf = t.clauseFirst[cl];
    int ce = t.clauseEnd(cl);
    long bit = 1L << l.ordinal();
    for (int k = cf; k < ce; k++) {
      if ((t.startMask[k] & bit) != 0 && (allowNegated || (t.flags[k] & F_NEG) == 0)) {
        return true;
      }
    }
    return false;
  }

  private void clauses() {
    if (from >= to) {
      return;
    }
    boolean brought = has(Lexicon.BROUGHT_SOLUTION);
    int routingClauses = 0;
    for (int cl = t.clause[from]; cl < t.clauses && t.clauseFirst[cl] < to; cl++) {
      if (t.clauseFirst[cl] < from) {
        continue;
      }
      byte subj = t.clauseSubject[cl];
      boolean action = t.clauseAction[cl];
      boolean routing =
          subj != AnalyzedText.SUBJ_OTHER
              && subj != AnalyzedText.SUBJ_NONE
              && clauseHas(cl, Lexicon.ROUTING, false);
      if (routing) {
        routingClauses++;
        if (firstRouting < 0) {
          firstRouting = t.clauseFirst[cl];
        }
      }
      switch (subj) {
        case AnalyzedText.SUBJ_I -> {
          if (action) {
            iActions++;
            if (firstIAction < 0) {
              firstIAction = t.clauseFirst[cl];
            }
            int v = t.clauseVerb[cl];
            boolean negVerb = v >= 0 && t.is(v, F_NEG);
            if (!routing
                && !negVerb
                && !clauseHas(cl, Lexicon.NO_FOLLOW_THROUGH, false)
                && !clauseHas(cl, Lexicon.COORDINATION, false)
                && !clauseHas(cl, Lexicon.STOCK_PHRASES, false)) {
              ownActions++;
            }
          }
        }
        case AnalyzedText.SUBJ_WE -> {
          if (action) {
            weActions++;
            if (firstWe < 0) {
              firstWe = t.clauseFirst[cl];
            }
          }
        }
        case AnalyzedText.SUBJ_OTHER -> {
          if (action) {
            otherActions++;
          }
          if (firstOtherResolved < 0 && clauseHas(cl, Lexicon.RESOLUTION_VERBS, false)) {
            firstOtherResolved = t.clauseFirst[cl];
          }
        }
        case AnalyzedText.SUBJ_PASSIVE -> {
          passive++;
          if (firstPassive < 0) {
            firstPassive = t.clauseFirst[cl];
          }
        }
        default -> {}
      }
    }
    int direct = first(Lexicon.HANDOFF_DIRECT);
    boolean nft = has(Lexicon.NO_FOLLOW_THROUGH);
    if (direct >= 0) {
      handoff = true;
      handoffEvidence = t.evidence(direct);
    } else if (firstOtherResolved >= 0 && ownActions == 0 && !brought) {
      handoff = true;
      handoffEvidence =
          (routingClauses > 0 ? t.clauseQuote(firstRouting) + " ... " : "")
              + t.clauseQuote(firstOtherResolved);
    } else if (firstOtherResolved >= 0 && nft) {
      handoff = true;
      handoffEvidence = t.clauseQuote(firstOtherResolved);
    } else if (routingClauses > 0 && ownActions == 0 && !brought) {
      handoff = true;
      handoffEvidence = t.clauseQuote(firstRouting);
    }
    noFollowThrough = first(Lexicon.NO_FOLLOW_THROUGH);
  }

  /** The evidence for a count of numbers, quoting the first. */
  String numberEvidence() {
    if (firstNumber < 0) {
      return "";
    }
    int s = t.sentence[firstNumber];
    int a = Math.max(from, Math.max(t.sentenceFirst[s], firstNumber - 5));
    int b = Math.min(to, Math.min(t.sentenceEnd(s), firstNumber + 4));
    return t.words(a, b);
  }

  boolean anyMetric() {
    return numbers > 0;
  }
}
