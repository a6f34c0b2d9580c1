package dev.starcoach.core.scoring.rules;

import static dev.starcoach.core.scoring.rules.AnalyzedText.ANY_NUMBER;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_DURATION;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_NEG;
import static dev.starcoach.core.scoring.rules.AnalyzedText.F_SYNTH;

/**
 * What text analysis found in one stretch of an answer (a whole answer or one STAR part): counts of
 * clause actors, concrete and vague actions, numbers and baselines, phrase-list hits, and the words
 * that triggered them. This is the only view the feature stage has of the text.
 */
public final class TextFacts {
  private final Signals s;
  private final int concreteIActions;
  private final int vagueActionClauses;
  private final int actionClauses;
  private final int durations;
  private final int artefacts;
  private final String vagueEvidence;

  /** Token positions of what backs claims: concrete own actions, numbers, durations, artefacts. */
  private final int[] concretePos;

  private final int[] numberPos;
  private final int[] durationPos;
  private final int[] artefactPos;

  /** Tokens either side of a claim that its own support may not come from. */
  private static final int CLAIM_WINDOW = 8;

  /** A sentence longer than this (chat without punctuation) is cut to the claim's window. */
  private static final int LONG_SENTENCE = 32;

  private final String concreteEvidence;

  TextFacts(Signals s) {
    this.s = s.withReflection();
    AnalyzedText t = s.t;
    int concrete = 0;
    int vague = 0;
    int actions = 0;
    String vagueEv = "";
    String concreteEv = "";
    int[] cPos = new int[8];
    int cN = 0;
    if (s.from < s.to) {
      for (int cl = t.clause[s.from]; cl < t.clauses && t.clauseFirst[cl] < s.to; cl++) {
        if (t.clauseFirst[cl] < s.from || !t.clauseAction[cl]) {
          continue;
        }
        byte subj = t.clauseSubject[cl];
        if (subj != AnalyzedText.SUBJ_I && subj != AnalyzedText.SUBJ_WE) {
          continue;
        }
        actions++;
        boolean isVague = clauseHas(t, cl, Lexicon.VAGUE_VERBS);
        if (isVague) {
          vague++;
          if (vagueEv.isEmpty()) {
            vagueEv = t.clauseQuote(t.clauseFirst[cl]);
          }
          continue;
        }
        int v = t.clauseVerb[cl];
        boolean negVerb = v >= 0 && t.is(v, F_NEG);
        if (subj == AnalyzedText.SUBJ_I
            && !negVerb
            && !clauseHas(t, cl, Lexicon.STOCK_PHRASES)
            && !clauseHas(t, cl, Lexicon.NO_FOLLOW_THROUGH)
            && !clauseHas(t, cl, Lexicon.HEDGES)) {
          concrete++;
          if (cN == cPos.length) {
            cPos = java.util.Arrays.copyOf(cPos, cN * 2);
          }
          cPos[cN++] = v >= 0 ? v : t.clauseFirst[cl];
          if (concreteEv.isEmpty()) {
            concreteEv = t.clauseQuote(t.clauseFirst[cl]);
          }
        }
      }
    }
    this.concreteIActions = concrete;
    this.vagueActionClauses = vague;
    this.actionClauses = actions;
    this.vagueEvidence = vagueEv;
    this.concreteEvidence = concreteEv;
    this.concretePos = java.util.Arrays.copyOf(cPos, cN);
    int[] nPos = new int[8];
    int nN = 0;
    int[] dPos = new int[4];
    int[] aPos = new int[16];
    int d = 0;
    int seenArtefacts = 0;
    int[] ids = new int[16];
    for (int k = s.from; k < s.to; k++) {
      if (t.is(k, F_DURATION) && t.is(k, ANY_NUMBER)) {
        if (d < dPos.length) {
          dPos[d] = k;
        }
        d++;
      } else if (t.is(k, ANY_NUMBER) && !t.is(k, F_SYNTH) && nN < nPos.length) {
        nPos[nN++] = k;
      }
      if (!t.is(k, F_SYNTH) && t.inList(k, Lexicon.ARTEFACTS) && !t.is(k, F_NEG)) {
        boolean seen = false;
        for (int i = 0; i < seenArtefacts; i++) {
          seen |= ids[i] == t.id[k];
        }
        if (!seen && seenArtefacts < ids.length) {
          aPos[seenArtefacts] = k;
          ids[seenArtefacts++] = t.id[k];
        }
      }
    }
    this.durations = d;
    this.artefacts = seenArtefacts;
    this.numberPos = java.util.Arrays.copyOf(nPos, nN);
    this.durationPos = java.util.Arrays.copyOf(dPos, Math.min(d, dPos.length));
    this.artefactPos = java.util.Arrays.copyOf(aPos, seenArtefacts);
  }

  /**
   * How well the answer backs its claims, 0..1: concrete own actions, numbers, durations and named
   * artefacts, leaving out tokens [{@code skipFrom}, {@code skipTo}).
   */
  public double support(int skipFrom, int skipTo) {
    double points =
        Math.min(outside(concretePos, skipFrom, skipTo), 3)
            + Math.min(outside(numberPos, skipFrom, skipTo), 2)
            + Math.min(outside(durationPos, skipFrom, skipTo), 1)
            + Math.min(outside(artefactPos, skipFrom, skipTo), 2)
            + (s.deltaPair ? 1 : 0);
    // one lone specific backs nothing; four back a claim fully
    return Math.max(0.0, Math.min(1.0, (points - 1) / 3.0));
  }

  private static int outside(int[] pos, int from, int to) {
    int n = 0;
    for (int p : pos) {
      if (p < from || p >= to) {
        n++;
      }
    }
    return n;
  }

  /**
   * The support of a claim made with a phrase list (its first hit, negated hits too): from the
   * whole answer except the claim's own sentence; in a sentence longer than {@value #LONG_SENTENCE}
   * tokens (chat without punctuation), or an answer of one sentence, only {@value #CLAIM_WINDOW}
   * tokens either side of the claim.
   */
  public double supportOf(Lexicon list) {
    int m = s.first(list);
    if (m < 0) {
      m = s.firstNegated(list);
    }
    if (m < 0) {
      return support(-1, -1);
    }
    AnalyzedText t = s.t;
    int ms = t.mStart[m];
    int sentence = t.sentence[ms];
    int from = Math.max(s.from, t.sentenceFirst[sentence]);
    int to = Math.min(s.to, t.sentenceEnd(sentence));
    boolean alone = from <= s.from && to >= s.to;
    if (to - from > LONG_SENTENCE || alone) {
      from = Math.max(from, ms - CLAIM_WINDOW);
      to = Math.min(to, t.mEnd[m] + CLAIM_WINDOW);
    }
    return support(from, to);
  }

  /**
   * True when the sentence of a list's first hit (negated too) also names who else owned or did
   * something ("belonged to the support operations manager", "the platform team's area").
   */
  public boolean namesOtherNear(Lexicon list) {
    int m = s.first(list);
    if (m < 0) {
      m = s.firstNegated(list);
    }
    if (m < 0) {
      return false;
    }
    AnalyzedText t = s.t;
    int sentence = t.sentence[t.mStart[m]];
    for (int o = t.listHead[Lexicon.OTHER_SUBJECTS.ordinal()]; o >= 0; o = t.mNext[o]) {
      int os = t.mStart[o];
      if (os >= s.from
          && os < s.to
          && t.sentence[os] == sentence
          && Math.abs(os - t.mStart[m]) <= CLAIM_WINDOW
          && t.mEnd[o] - os >= 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean clauseHas(AnalyzedText t, int cl, Lexicon l) {
    int cf = t.clauseFirst[cl];
    int ce = t.clauseEnd(cl);
    long bit = 1L << l.ordinal();
    for (int k = cf; k < ce; k++) {
      if ((t.startMask[k] & bit) != 0 && (t.flags[k] & F_NEG) == 0) {
        return true;
      }
    }
    return false;
  }

  /** Words in the stretch (spoken words, without synthetic tokens). */
  public int words() {
    return s.words;
  }

  /** Action clauses whose subject is "I". */
  public int iActions() {
    return s.iActions;
  }

  /** Action clauses whose subject is "we" or the team. */
  public int weActions() {
    return s.weActions;
  }

  /** Action clauses whose subject is someone else (they, a named other). */
  public int otherActions() {
    return s.otherActions;
  }

  /** Passive clauses ("the fix was deployed"). */
  public int passiveClauses() {
    return s.passive;
  }

  /** Share of "I" among actors (0..1; 0 when there are none). */
  public double iShare() {
    return s.iRatio();
  }

  /** "I" action clauses that are the candidate's own work (not routing, coordination, stock). */
  public int ownActions() {
    return s.ownActions;
  }

  /** "I" action clauses built on a concrete verb (not a vague verb, stock phrase or hedge). */
  public int concreteIActions() {
    return concreteIActions;
  }

  /** "I" or "we" action clauses built on a vague verb ("worked on", "made sure"). */
  public int vagueActionClauses() {
    return vagueActionClauses;
  }

  /** "I" or "we" action clauses. */
  public int actionClauses() {
    return actionClauses;
  }

  /** True when the answer routes a problem to others and they resolve it. */
  public boolean handoff() {
    // routing alone, with nobody else resolving it, inside a reason is not a hand-off:
    // "the only way she would believe the next thing I told her"
    boolean routingOnly =
        !s.has(Lexicon.HANDOFF_DIRECT) && s.firstOtherResolved < 0 && s.firstRouting >= 0;
    return s.handoff && !(routingOnly && s.has(Lexicon.REASONING));
  }

  /** True when an "I" clause routes the problem (escalated, filed a ticket, told them). */
  public boolean routing() {
    return s.firstRouting >= 0;
  }

  /** True when someone else resolves the problem. */
  public boolean otherResolved() {
    return s.firstOtherResolved >= 0;
  }

  /** True when the answer waits, assumes or moves on. */
  public boolean noFollowThrough() {
    return s.noFollowThrough >= 0;
  }

  /** True when assigned wording counts against the answer. */
  public boolean assigned() {
    return s.assignedIssue();
  }

  /** True when the answer states an assignment (asked, told, my ticket), whatever follows. */
  public boolean assignmentStated() {
    return s.has(Lexicon.ASSIGNED);
  }

  /** True when the assignment is context for a bigger, self-set scope. */
  public boolean scopeExpansion() {
    return s.scopeExpansion;
  }

  /** Metric numbers (not durations). */
  public int numbers() {
    return s.numbers;
  }

  /** Numbers that are durations ("within two weeks"). */
  public int durations() {
    return durations;
  }

  /** True when a number comes with its baseline ("from 12% to 5%", "halved"). */
  public boolean metricDelta() {
    return s.delta;
  }

  /** True when the baseline is told as a pair ("from 12% to 5%", "9 s instead of 40"). */
  public boolean baselinePair() {
    return s.deltaPair;
  }

  /** True when a change is claimed without a number ("it went down"). */
  public boolean changeClaim() {
    return s.changeClaim;
  }

  /** True when a money amount appears. */
  public boolean money() {
    return s.money;
  }

  /** True when a number is framed as falling short ("only 9 of 40"). */
  public boolean shortfall() {
    return s.shortfall;
  }

  /** Distinct impact words (harm, risk, stakes). */
  public int distinctImpact() {
    return s.distinctImpact();
  }

  /** Distinct named artefacts (report, script, checklist ...). */
  public int artefacts() {
    return artefacts;
  }

  /** Words covered by stock phrases. */
  public int stockWords() {
    return s.stockWords;
  }

  /**
   * Hedges ("I think", "kind of", "honestly"). A manner adverb after its verb is no hedge: "measure
   * the damage honestly" is not "Honestly, ...", so "honestly" counts only where it opens its
   * clause.
   */
  public int hedges() {
    AnalyzedText t = s.t;
    int n = 0;
    for (int m = t.listHead[Lexicon.HEDGES.ordinal()]; m >= 0; m = t.mNext[m]) {
      int ms = t.mStart[m];
      if (ms < s.from || t.mEnd[m] > s.to || t.negated(m)) {
        continue;
      }
      boolean adverb = t.mEnd[m] - ms == 1 && t.words(ms, ms + 1).equalsIgnoreCase("honestly");
      boolean opens = ms == t.clauseFirst[t.clause[ms]];
      if (!adverb || opens) {
        n++;
      }
    }
    return n;
  }

  /** Hits of a phrase list (not negated). */
  public int count(Lexicon list) {
    return s.count(list);
  }

  /** True when a phrase list hits, not negated. */
  public boolean has(Lexicon list) {
    return s.has(list);
  }

  /** True when a phrase list hits only negated ("nobody asked me"). */
  public boolean hasNegated(Lexicon list) {
    return s.hasNegated(list);
  }

  /** Words of the stretch that belong to the story rather than to generic vocabulary. */
  public int storyWords() {
    return s.storyWords;
  }

  /** Content words of the stretch. */
  public int contentWords() {
    return s.contentWords;
  }

  /** Generic statements ("communication is important"). */
  public int genericHits() {
    return s.genericHits;
  }

  /** True when a how/because mechanism is told with enough story words. */
  public boolean mechanism() {
    return s.mechanism;
  }

  /** True when a number shares a sentence with a contrast ("310 stores, but only 41"). */
  public boolean numberContrast() {
    return s.numberContrast;
  }

  /** The words that triggered a fact, for evidence; empty when none. */
  public String evidence(Evidence what) {
    return switch (what) {
      case HANDOFF -> s.handoffEvidence;
      case METRIC_DELTA -> s.deltaEvidence;
      case NUMBER -> s.numberEvidence();
      case STOCK -> s.stockEvidence;
      case GENERIC -> s.genericEvidence;
      case SHORTFALL -> s.shortfallEvidence;
      case SCOPE_EXPANSION -> s.scopeExpansionEvidence;
      case VAGUE_ACTION -> vagueEvidence;
      case CONCRETE_ACTION -> concreteEvidence;
      case WE -> s.firstWe >= 0 ? s.t.clauseQuote(s.firstWe) : "";
      case PASSIVE -> s.firstPassive >= 0 ? s.t.clauseQuote(s.firstPassive) : "";
      case I_ACTION -> s.firstIAction >= 0 ? s.t.clauseQuote(s.firstIAction) : "";
      case ROUTING -> s.firstRouting >= 0 ? s.t.clauseQuote(s.firstRouting) : "";
      case OTHER_RESOLVED -> s.firstOtherResolved >= 0 ? s.t.clauseQuote(s.firstOtherResolved) : "";
    };
  }

  /** The words of the first hit of a list, negated hits when only those exist. */
  public String evidence(Lexicon list) {
    String ev = s.ev(list);
    return ev.isEmpty() ? s.evNegatedWide(list) : ev;
  }

  /** Facts whose evidence is not a single phrase list. */
  public enum Evidence {
    /** The hand-off quote. */
    HANDOFF,
    /** The metric with its baseline. */
    METRIC_DELTA,
    /** The first number. */
    NUMBER,
    /** The first stock phrase. */
    STOCK,
    /** The first generic statement. */
    GENERIC,
    /** A number framed as a shortfall. */
    SHORTFALL,
    /** The bigger goal beyond the assignment. */
    SCOPE_EXPANSION,
    /** The first vague action clause. */
    VAGUE_ACTION,
    /** The first concrete "I" action clause. */
    CONCRETE_ACTION,
    /** The first "we" clause. */
    WE,
    /** The first passive clause. */
    PASSIVE,
    /** The first "I" action clause. */
    I_ACTION,
    /** The first routing clause. */
    ROUTING,
    /** The first clause where someone else resolves it. */
    OTHER_RESOLVED
  }

  /**
   * Share of the distinct content stems of {@code question} that also occur in this stretch: how
   * much a probe answer speaks to its question (0..1; 1 when the question has no content words).
   */
  public double overlapWith(TextFacts question) {
    return ProbeOverlap.share(question.s, s);
  }
}
