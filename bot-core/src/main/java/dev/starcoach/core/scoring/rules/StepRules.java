package dev.starcoach.core.scoring.rules;

import static dev.starcoach.core.scoring.FindingCategory.ARCHITECTURE_TOUR;
import static dev.starcoach.core.scoring.FindingCategory.ASSIGNED;
import static dev.starcoach.core.scoring.FindingCategory.BROUGHT_SOLUTION;
import static dev.starcoach.core.scoring.FindingCategory.BUSINESS_IMPACT;
import static dev.starcoach.core.scoring.FindingCategory.DATA_EVIDENCE;
import static dev.starcoach.core.scoring.FindingCategory.GENERIC_REFLECTION;
import static dev.starcoach.core.scoring.FindingCategory.HANDOFF;
import static dev.starcoach.core.scoring.FindingCategory.HEDGING;
import static dev.starcoach.core.scoring.FindingCategory.I_STATEMENTS;
import static dev.starcoach.core.scoring.FindingCategory.METRIC_DELTA;
import static dev.starcoach.core.scoring.FindingCategory.NO_BASELINE;
import static dev.starcoach.core.scoring.FindingCategory.NO_BUSINESS_IMPACT;
import static dev.starcoach.core.scoring.FindingCategory.NO_FOLLOW_THROUGH;
import static dev.starcoach.core.scoring.FindingCategory.NO_METRIC;
import static dev.starcoach.core.scoring.FindingCategory.NO_SCOPE_BOUNDARY;
import static dev.starcoach.core.scoring.FindingCategory.NO_SECOND_ORDER;
import static dev.starcoach.core.scoring.FindingCategory.OFF_TOPIC;
import static dev.starcoach.core.scoring.FindingCategory.PASSIVE_VOICE;
import static dev.starcoach.core.scoring.FindingCategory.SCOPE_BOUNDARY;
import static dev.starcoach.core.scoring.FindingCategory.SECOND_ORDER;
import static dev.starcoach.core.scoring.FindingCategory.SELF_INITIATED;
import static dev.starcoach.core.scoring.FindingCategory.SPECIFIC_INSIGHT;
import static dev.starcoach.core.scoring.FindingCategory.SYSTEMIC_INSIGHT;
import static dev.starcoach.core.scoring.FindingCategory.TOO_LONG;
import static dev.starcoach.core.scoring.FindingCategory.TOO_SHORT;
import static dev.starcoach.core.scoring.FindingCategory.VAGUE_OUTCOME;
import static dev.starcoach.core.scoring.FindingCategory.WE_LANGUAGE;
import static dev.starcoach.core.scoring.rules.Weight.*;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.scoring.AnswerKind;
import java.util.Locale;

/**
 * The rubric, one method per step. Each takes the {@link Signals} of the text it judges and returns
 * a {@link Tally}: the score and the findings (category, coaching that says what to do instead, and
 * the words that triggered it).
 */
final class StepRules {
  private final CompiledRules r;

  StepRules(CompiledRules rules) {
    this.r = rules;
  }

  private double w(Weight weight) {
    return r.w(weight);
  }

  private static boolean hedgy(Signals s) {
    return s.hedges >= 2 || (s.hedges == 1 && s.words <= 30);
  }

  /** Stock phrases make up a good share of the words: claims instead of a story. */
  private static boolean stocky(Signals s) {
    return s.stockWords >= 3 && s.stockWords >= 0.2 * Math.max(1, s.words);
  }

  private static void stockIssue(Signals s, Tally t, double points) {
    if (stocky(s)) {
      t.issue(
          VAGUE_OUTCOME,
          points,
          "Stock phrases ('took ownership', 'drove alignment', 'high-impact') claim what the "
              + "story should show. Replace each with the concrete thing: what broke, what you did "
              + "with your own hands, which number moved.",
          s.stockEvidence);
    }
  }

  private static final String HEDGING_MSG =
      "Hedged wording makes you sound unsure of your own story. Say what happened plainly: "
          + "drop 'kind of', 'I think', 'maybe'.";

  // ------------------------------------------------------------------ situation

  Tally situation(Signals s) {
    Tally t = new Tally(w(SITUATION_BASE));
    boolean impact = s.has(Lexicon.IMPACT);
    boolean concrete = s.anyMetric() || s.distinctImpact() >= 2;
    boolean framedStakes = s.shortfall || (s.numberContrast && s.numbers >= 2);
    if (impact) {
      t.strength(
          BUSINESS_IMPACT,
          w(SITUATION_IMPACT) * (concrete ? 1 : 0.5),
          "You say why it mattered. Keep the stakes in the first two sentences.",
          s.ev(Lexicon.IMPACT));
    } else if (framedStakes) {
      t.strength(
          BUSINESS_IMPACT,
          w(SITUATION_IMPACT) * 0.75,
          "Your numbers show the gap (what fell short). Say who it hurt in the same breath: "
              + "customers, money, another team.",
          s.shortfall ? s.shortfallEvidence : s.numberEvidence());
    }
    if (s.anyMetric()) {
      t.strength(
          DATA_EVIDENCE,
          w(SITUATION_SPECIFIC_PROBLEM),
          "A concrete number makes the problem real.",
          s.numberEvidence());
    } else if (s.distinctImpact() >= 2) {
      t.adjust(w(SITUATION_SPECIFIC_PROBLEM) / 2);
    }
    if (s.assignedIssue()) {
      t.issue(
          ASSIGNED,
          w(SITUATION_ASSIGNED),
          "The set-up says the work was handed to you. Ownership stories start with a problem "
              + "you noticed and chose to take on.",
          s.ev(Lexicon.ASSIGNED));
    }
    ownershipSignal(s, t, w(SITUATION_OWNERSHIP_SIGNAL));
    int arch = s.count(Lexicon.ARCHITECTURE);
    int firstImpact = s.first(Lexicon.IMPACT);
    boolean late = firstImpact < 0 || s.t.mStart[firstImpact] > s.from + (s.to - s.from) * 0.6;
    double density = s.words == 0 ? 0 : (double) arch / s.words;
    if ((arch >= w(SITUATION_ARCHITECTURE_MIN_TERMS)
            && (density >= w(SITUATION_ARCHITECTURE_MIN_DENSITY) || late))
        || (arch >= 3 && !impact)) {
      t.issue(
          ARCHITECTURE_TOUR,
          w(SITUATION_ARCHITECTURE_TOUR),
          "Architecture tour: "
              + arch
              + " system details before the problem. Give one line of context, then what broke, "
              + "how badly and who it hurt; the interviewer will ask for the design if they want it.",
          s.ev(Lexicon.ARCHITECTURE));
    }
    if (hedgy(s)) {
      t.issue(HEDGING, w(SITUATION_HEDGING), HEDGING_MSG, s.ev(Lexicon.HEDGES));
    }
    stockIssue(s, t, w(SITUATION_STOCK_PHRASES));
    if (!concrete && !stocky(s)) {
      t.issue(
          VAGUE_OUTCOME,
          w(SITUATION_VAGUE),
          "The problem is vague. Name what was failing, how much (a number) and who it hurt "
              + "(customers, revenue, another team).",
          s.t.words(s.from, Math.min(s.to, s.from + 10)));
    }
    return t;
  }

  private void ownershipSignal(Signals s, Tally t, double points) {
    if (s.has(Lexicon.SCOPE_BOUNDARY)) {
      t.strength(
          SCOPE_BOUNDARY,
          points,
          "You make clear it was not yours to fix. That is the ownership proof.",
          s.ev(Lexicon.SCOPE_BOUNDARY));
    } else if (s.hasNegated(Lexicon.ASSIGNED)) {
      t.strength(
          SCOPE_BOUNDARY,
          points,
          "You make clear nobody assigned it. That is the ownership proof.",
          s.evNegatedWide(Lexicon.ASSIGNED));
    } else if (s.has(Lexicon.SELF_INITIATED)) {
      t.strength(
          SELF_INITIATED,
          points * 0.75,
          "You found or started this yourself.",
          s.ev(Lexicon.SELF_INITIATED));
    }
  }

  // ------------------------------------------------------------------ task

  Tally task(Signals s) {
    Tally t = new Tally(w(TASK_BASE));
    boolean negAssigned = s.hasNegated(Lexicon.ASSIGNED);
    boolean boundary = s.has(Lexicon.SCOPE_BOUNDARY) || negAssigned;
    if (s.has(Lexicon.SCOPE_BOUNDARY)) {
      t.strength(
          SCOPE_BOUNDARY,
          w(TASK_SCOPE_BOUNDARY),
          "Clear scope boundary: the interviewer knows this was not your assigned work.",
          s.ev(Lexicon.SCOPE_BOUNDARY));
    } else if (negAssigned) {
      t.strength(
          SCOPE_BOUNDARY,
          w(TASK_SCOPE_BOUNDARY),
          "Clear scope boundary: nobody assigned this to you.",
          s.evNegatedWide(Lexicon.ASSIGNED));
    }
    if (s.scopeExpansion) {
      t.strength(
          SELF_INITIATED,
          w(TASK_SELF_INITIATED),
          "You say what you were asked to do and then the bigger goal you set yourself: that "
              + "contrast is the ownership.",
          s.scopeExpansionEvidence);
    } else if (s.has(Lexicon.SELF_INITIATED) || negAssigned) {
      t.strength(
          SELF_INITIATED,
          w(TASK_SELF_INITIATED),
          "You chose to act; keep saying so in one short sentence.",
          s.has(Lexicon.SELF_INITIATED)
              ? s.ev(Lexicon.SELF_INITIATED)
              : s.evNegatedWide(Lexicon.ASSIGNED));
    }
    if (s.has(Lexicon.GOAL)) {
      t.adjust(w(TASK_GOAL));
    }
    if (s.has(Lexicon.IMPACT)) {
      t.adjust(w(TASK_IMPACT));
    }
    if (s.assignedIssue()) {
      t.issue(
          ASSIGNED,
          w(TASK_ASSIGNED),
          "This sounds assigned, and assigned work is not ownership. If nobody asked you, say so "
              + "('no ticket, not my team, nobody asked me'); if it was assigned, tell a story "
              + "where you chose to act.",
          s.ev(Lexicon.ASSIGNED));
    }
    if (s.weActions > 0 && s.weActions >= s.iActions) {
      t.issue(
          WE_LANGUAGE,
          w(TASK_WE_LANGUAGE),
          "'We' hides what was yours. State your own goal: 'I set out to ...'.",
          s.t.clauseQuote(s.firstWe));
    }
    if (hedgy(s)) {
      t.issue(HEDGING, w(TASK_HEDGING), HEDGING_MSG, s.ev(Lexicon.HEDGES));
    }
    stockIssue(s, t, w(TASK_STOCK_PHRASES));
    if (!boundary) {
      t.issue(
          NO_SCOPE_BOUNDARY,
          w(TASK_NO_SCOPE_BOUNDARY),
          "No scope boundary. Say whose problem it was and that nobody assigned it ('their "
              + "service, not my team; no ticket; nobody asked me'), or the interviewer assumes it "
              + "was your job.",
          "");
    }
    return t;
  }

  // ------------------------------------------------------------------ action

  Tally action(Signals s) {
    Tally t = new Tally(w(ACTION_BASE));
    double ratio = s.iRatio();
    int counted = (int) Math.min(s.iActions, w(ACTION_I_ACTION_CAP));
    double ownPoints = ratio * w(ACTION_OWNERSHIP_RATIO) + counted * w(ACTION_PER_I_ACTION);
    if (s.iActions >= 2 && ratio >= 0.6) {
      t.strength(
          I_STATEMENTS,
          ownPoints,
          "'I' drives "
              + s.iActions
              + " of "
              + (s.iActions + s.weActions + s.otherActions + s.passive)
              + " actions: the interviewer can see what you did.",
          s.t.clauseQuote(s.firstIAction));
    } else {
      t.adjust(ownPoints);
    }
    if (s.has(Lexicon.DATA_EVIDENCE)) {
      t.strength(
          DATA_EVIDENCE,
          w(ACTION_DATA_EVIDENCE),
          "You worked from evidence (logs, data, measurements).",
          s.ev(Lexicon.DATA_EVIDENCE));
    }
    if (s.has(Lexicon.FOLLOW_THROUGH)) {
      t.adjust(w(ACTION_FOLLOW_THROUGH));
    }
    if (s.handoff) {
      t.issue(
          HANDOFF,
          w(ACTION_HANDOFF),
          "Hand-off: you routed the problem and others fixed it. That is escalation, not "
              + "ownership, and it disqualifies the story. Tell what you did yourself: the "
              + "analysis, the fix you brought, how you got it merged.",
          s.handoffEvidence);
    }
    if (s.weActions > 0) {
      double share = (double) s.weActions / (s.weActions + s.iActions);
      t.issue(
          WE_LANGUAGE,
          w(ACTION_WE_LANGUAGE) * share,
          "'We' makes you invisible: the interviewer cannot tell what you did. Use 'I' for "
              + "every action that was yours, and name who else did what.",
          s.t.clauseQuote(s.firstWe));
    }
    int clauses = s.iActions + s.weActions + s.otherActions + s.passive;
    if (s.passive >= 2 || (s.passive == 1 && s.iActions <= 1)) {
      t.issue(
          PASSIVE_VOICE,
          w(ACTION_PASSIVE_VOICE) * s.passive / Math.max(1, clauses),
          "Passive voice ('a fix was written') hides who acted. Say 'I wrote the fix'.",
          s.t.clauseQuote(s.firstPassive));
    }
    if (s.noFollowThrough >= 0) {
      t.issue(
          NO_FOLLOW_THROUGH,
          w(ACTION_NO_FOLLOW_THROUGH),
          "Waiting on others is not follow-through. Say how you drove it to done.",
          s.t.evidence(s.noFollowThrough));
    }
    if (s.assignedIssue()) {
      t.issue(
          ASSIGNED,
          w(ACTION_ASSIGNED),
          "Being told to act weakens ownership; show the decisions you made.",
          s.ev(Lexicon.ASSIGNED));
    }
    if (hedgy(s)) {
      t.issue(HEDGING, w(ACTION_HEDGING), HEDGING_MSG, s.ev(Lexicon.HEDGES));
    }
    stockIssue(s, t, w(ACTION_STOCK_PHRASES));
    return t;
  }

  // ------------------------------------------------------------------ result

  Tally result(Signals s) {
    Tally t = new Tally(w(RESULT_BASE));
    resultCore(s, t, 1.0);
    if (s.has(Lexicon.SECOND_ORDER)) {
      t.strength(
          SECOND_ORDER,
          w(RESULT_SECOND_ORDER),
          "Second-order effect: the change lasted or spread.",
          s.ev(Lexicon.SECOND_ORDER));
    } else {
      t.flag(
          NO_SECOND_ORDER,
          4,
          "Add a second-order effect: did another team adopt it, did it become the standard, "
              + "what did it prevent later?");
    }
    if (hedgy(s)) {
      t.issue(HEDGING, w(RESULT_HEDGING), HEDGING_MSG, s.ev(Lexicon.HEDGES));
    }
    return t;
  }

  /** Metric, baseline, business impact and vague outcome; shared by result and probe rules. */
  private void resultCore(Signals s, Tally t, double scale) {
    if (s.delta) {
      t.strength(
          METRIC_DELTA,
          w(RESULT_METRIC_DELTA) * scale,
          "A metric change with its baseline: the interviewer can see how much changed.",
          s.deltaEvidence);
    } else if (s.anyMetric()) {
      t.adjust(w(RESULT_METRIC_ONLY) * scale);
      t.flag(
          NO_BASELINE,
          20,
          "A number without a baseline says little. Give before and after: 'from 0.4% to 0.01%', "
              + "'down 35%'.",
          s.numberEvidence());
    } else {
      t.flag(
          NO_METRIC,
          30,
          "No metric. Quantify the change: what number moved, from what to what?",
          s.ev(Lexicon.VAGUE_OUTCOME));
      if (s.changeClaim) {
        t.flag(
            NO_BASELINE,
            15,
            "You say it changed but not from what. Give the before and after numbers.",
            "");
      }
    }
    boolean business = s.has(Lexicon.BUSINESS) || s.money;
    if (business) {
      t.strength(
          BUSINESS_IMPACT,
          w(RESULT_BUSINESS_IMPACT) * scale,
          "You translate the change into business terms.",
          s.has(Lexicon.BUSINESS) ? s.ev(Lexicon.BUSINESS) : s.numberEvidence());
    } else {
      t.flag(
          NO_BUSINESS_IMPACT,
          10,
          "Translate the change into business impact: money, customers, hours saved, risk "
              + "removed.");
    }
    if (s.has(Lexicon.VAGUE_OUTCOME)) {
      t.issue(
          VAGUE_OUTCOME,
          w(RESULT_VAGUE_OUTCOME) * (s.delta ? 0.4 : 1.0) * scale,
          "'"
              + s.ev(Lexicon.VAGUE_OUTCOME)
              + "' describes a feeling, not impact. The "
              + "interviewer remembers numbers: what changed, by how much, and what it was worth.",
          s.ev(Lexicon.VAGUE_OUTCOME));
    }
  }

  // ------------------------------------------------------------------ reflection

  private boolean generic(Signals s) {
    int min = (int) w(REFLECTION_MIN_STORY_WORDS);
    if (s.storyWords < min) {
      return true;
    }
    if (s.genericHits >= 2 || s.genericTopics >= 3) {
      return true;
    }
    return s.genericStatement
        && !(s.mechanism
            && s.storyWords >= min + 2
            && s.storyWords >= 0.3 * Math.max(1, s.contentWords));
  }

  Tally reflection(Signals s, Level level) {
    Tally t = new Tally(w(REFLECTION_BASE));
    boolean generic = generic(s);
    boolean specific = !generic;
    int systemicCount = s.count(Lexicon.SYSTEMIC);
    boolean systemic = systemicCount >= 2 || (systemicCount >= 1 && specific);
    boolean senior = level == Level.SENIOR;
    if (generic) {
      t.issue(
          GENERIC_REFLECTION,
          w(REFLECTION_GENERIC_REFLECTION),
          "Generic lesson: it could close any story. Name what THIS story taught you: the "
              + (senior
                  ? "organisational root cause (ownership, process, a missing shared metric)."
                  : "specific technical lesson (the failure mode, how you would catch it next time)."),
          s.genericEvidence.isEmpty()
              ? s.t.words(s.from, Math.min(s.to, s.from + 12))
              : s.genericEvidence);
    }
    if (specific && !(senior && !systemic)) {
      t.strength(
          SPECIFIC_INSIGHT,
          w(REFLECTION_SPECIFIC_INSIGHT),
          "The lesson is specific to this story.",
          s.t.words(s.from, Math.min(s.to, s.from + 14)));
    } else if (specific) {
      t.adjust(w(REFLECTION_SPECIFIC_INSIGHT));
    }
    if (s.mechanism && specific) {
      t.adjust(w(REFLECTION_MECHANISM));
    }
    if (senior) {
      if (systemic) {
        t.strength(
            SYSTEMIC_INSIGHT,
            w(REFLECTION_SYSTEMIC_INSIGHT),
            "Organisational root cause named: the Senior bar.",
            s.ev(Lexicon.SYSTEMIC));
      } else if (specific) {
        t.issue(
            GENERIC_REFLECTION,
            w(REFLECTION_SENIOR_TECHNICAL_ONLY),
            "At Senior level a technical lesson is not enough. Name the organisational root "
                + "cause behind it: who owned what, which process or shared metric was missing, "
                + "and what you changed so it cannot recur.",
            s.t.words(s.from, Math.min(s.to, s.from + 12)));
      }
    } else if (systemic) {
      t.strength(
          SYSTEMIC_INSIGHT,
          w(REFLECTION_SYSTEMIC_INSIGHT) / 2,
          "You also see the organisational cause: above the bar for this level.",
          s.ev(Lexicon.SYSTEMIC));
    }
    if (hedgy(s)) {
      t.issue(HEDGING, w(REFLECTION_HEDGING), HEDGING_MSG, s.ev(Lexicon.HEDGES));
    }
    return t;
  }

  // ------------------------------------------------------------------ probe

  /** What a follow-up question asks about. */
  record Dimensions(
      boolean influence,
      boolean motivation,
      boolean measurement,
      boolean retrospective,
      boolean depth,
      boolean verification) {
    boolean none() {
      return !(influence || motivation || measurement || retrospective || depth || verification);
    }
  }

  static Dimensions dimensions(Signals q) {
    return new Dimensions(
        q.has(Lexicon.PROBE_INFLUENCE),
        q.has(Lexicon.PROBE_MOTIVATION),
        q.has(Lexicon.PROBE_MEASUREMENT),
        q.has(Lexicon.PROBE_RETROSPECTIVE),
        q.has(Lexicon.PROBE_DEPTH),
        q.has(Lexicon.PROBE_VERIFICATION));
  }

  Tally probe(Signals s, Signals question, Level level) {
    Tally t = new Tally(w(PROBE_BASE));
    Dimensions d =
        question == null
            ? new Dimensions(false, false, false, false, false, false)
            : dimensions(question);
    boolean brought = s.has(Lexicon.BROUGHT_SOLUTION);
    boolean data = s.has(Lexicon.DATA_EVIDENCE);
    boolean follow = s.has(Lexicon.FOLLOW_THROUGH);
    boolean selfInit =
        s.has(Lexicon.SELF_INITIATED)
            || s.hasNegated(Lexicon.ASSIGNED)
            || s.has(Lexicon.SCOPE_BOUNDARY);
    boolean impact = s.has(Lexicon.IMPACT) || s.has(Lexicon.BUSINESS) || s.money;
    if (brought) {
      t.strength(
          BROUGHT_SOLUTION,
          w(PROBE_BROUGHT_SOLUTION),
          "You brought a solution, not just a problem.",
          s.ev(Lexicon.BROUGHT_SOLUTION));
    }
    if (data) {
      t.strength(
          DATA_EVIDENCE,
          w(PROBE_DATA_EVIDENCE),
          "You back it with evidence.",
          s.ev(Lexicon.DATA_EVIDENCE));
    }
    if (follow) {
      t.adjust(w(PROBE_FOLLOW_THROUGH));
    }
    if (selfInit) {
      String ev =
          s.has(Lexicon.SELF_INITIATED)
              ? s.ev(Lexicon.SELF_INITIATED)
              : s.has(Lexicon.SCOPE_BOUNDARY)
                  ? s.ev(Lexicon.SCOPE_BOUNDARY)
                  : s.evNegatedWide(Lexicon.ASSIGNED);
      t.strength(SELF_INITIATED, w(PROBE_SELF_INITIATED), "You acted without being asked.", ev);
    }
    if (impact && (d.motivation() || d.measurement() || d.none() || d.influence())) {
      t.strength(
          BUSINESS_IMPACT,
          w(PROBE_IMPACT_REASON),
          "You tie it to what was at stake.",
          s.has(Lexicon.IMPACT) ? s.ev(Lexicon.IMPACT) : s.ev(Lexicon.BUSINESS));
    }
    if (s.anyMetric()) {
      t.adjust(w(PROBE_METRIC));
    }
    if (s.delta) {
      t.strength(
          METRIC_DELTA,
          w(PROBE_METRIC_DELTA),
          "Before and after numbers make the claim checkable.",
          s.deltaEvidence);
    }
    if (s.iActions >= 1 && s.iRatio() >= 0.6) {
      t.strength(
          I_STATEMENTS,
          w(PROBE_I_STATEMENTS),
          "You answer in the first person.",
          s.t.clauseQuote(s.firstIAction));
    }
    if (s.handoff) {
      t.issue(
          HANDOFF,
          w(PROBE_HANDOFF),
          "Hand-off: this confirms you routed the problem instead of owning it, and the "
              + "interviewer now rereads your whole story that way. Say what you did yourself: "
              + "the fix you brought, how you followed it through.",
          s.handoffEvidence);
    }
    if (s.assignedIssue()) {
      t.issue(
          ASSIGNED,
          w(PROBE_ASSIGNED),
          "Someone else decided for you here ('"
              + s.ev(Lexicon.ASSIGNED)
              + "'). Give your own reason, tied to the impact you saw.",
          s.ev(Lexicon.ASSIGNED));
    }
    boolean nft = s.noFollowThrough >= 0 || s.negatedOnly(Lexicon.FOLLOW_THROUGH);
    if (!nft && (d.influence() || d.verification()) && !brought && !follow && !data && !s.delta) {
      nft = true;
    }
    if (nft) {
      t.issue(
          NO_FOLLOW_THROUGH,
          w(PROBE_NO_FOLLOW_THROUGH),
          "No follow-through: waiting or hoping is not ownership. Say how you drove it to done: "
              + "followed up, addressed feedback, verified the fix in production.",
          s.noFollowThrough >= 0
              ? s.t.evidence(s.noFollowThrough)
              : s.evNegated(Lexicon.FOLLOW_THROUGH));
    }
    boolean reasoning = s.has(Lexicon.REASONING) && s.storyWords >= 6;
    if (d.motivation() && reasoning && !generic(s)) {
      t.strength(
          SPECIFIC_INSIGHT,
          w(PROBE_SPECIFIC_INSIGHT) * (impact ? 0.5 : 1.0),
          "A concrete reason, tied to this story: the interviewer hears your judgement.",
          s.ev(Lexicon.REASONING));
    }
    if (d.motivation() && !impact && !selfInit && !reasoning) {
      t.issue(
          OFF_TOPIC,
          w(PROBE_OFF_TOPIC),
          "This does not answer why. Give the reason that made it worth your time: the impact "
              + "you saw (customers, revenue, risk) and that nobody else was on it.",
          s.t.words(s.from, Math.min(s.to, s.from + 12)));
    }
    if (d.measurement()) {
      if (!s.anyMetric()) {
        t.issue(
            NO_METRIC,
            w(PROBE_NO_METRIC),
            "No number. Say what you measured and the figure you got, and how you got it.",
            s.t.words(s.from, Math.min(s.to, s.from + 12)));
      }
      if (!s.delta && !data) {
        t.flag(
            NO_BASELINE,
            w(PROBE_NO_METRIC) * 0.8,
            "Give the baseline: what the number was before, what it was after, and the data "
                + "you compared.");
      }
      if (!impact) {
        t.flag(
            NO_BUSINESS_IMPACT, 8, "Translate it into business impact: money, customers, hours.");
      }
    }
    if (d.retrospective()) {
      if (generic(s)) {
        t.issue(
            GENERIC_REFLECTION,
            w(PROBE_GENERIC_REFLECTION),
            "Generic: 'communicate more' fits any story. Name the specific thing you would do "
                + "differently in this one, and why it would have changed the outcome.",
            s.genericEvidence.isEmpty()
                ? s.t.words(s.from, Math.min(s.to, s.from + 12))
                : s.genericEvidence);
      } else {
        t.strength(
            SPECIFIC_INSIGHT,
            w(PROBE_SPECIFIC_INSIGHT),
            "A specific change, tied to this story.",
            s.t.words(s.from, Math.min(s.to, s.from + 14)));
      }
    }
    if (!d.retrospective() && s.genericStatement && generic(s)) {
      t.issue(
          GENERIC_REFLECTION,
          w(PROBE_GENERIC_REFLECTION),
          "A platitude is not an answer. Say what you did or would do, specifically, in this "
              + "story.",
          s.genericEvidence);
    }
    if (d.depth() && !d.retrospective() && !generic(s) && s.storyWords >= 6) {
      t.strength(
          SPECIFIC_INSIGHT,
          w(PROBE_SPECIFIC_INSIGHT),
          "Concrete technical detail: the interviewer can see the depth.",
          s.t.words(s.from, Math.min(s.to, s.from + 14)));
    }
    if (question != null && !t.has(OFF_TOPIC)) {
      boolean signal =
          brought || data || follow || selfInit || impact || s.anyMetric() || reasoning;
      if (!signal && overlap(s, question) == 0 && s.words > 0) {
        t.issue(
            OFF_TOPIC,
            w(PROBE_OFF_TOPIC),
            "This does not answer the question asked. Start from the question's own words and "
                + "answer it directly.",
            s.t.words(s.from, Math.min(s.to, s.from + 12)));
      }
    }
    if (s.weActions > s.iActions && s.weActions > 0) {
      t.issue(
          WE_LANGUAGE,
          w(PROBE_WE_LANGUAGE),
          "Answer with 'I': what did you do?",
          s.t.clauseQuote(s.firstWe));
    }
    if (hedgy(s)) {
      t.issue(HEDGING, w(PROBE_HEDGING), HEDGING_MSG, s.ev(Lexicon.HEDGES));
    }
    stockIssue(s, t, w(PROBE_STOCK_PHRASES));
    return t;
  }

  private int overlap(Signals a, Signals q) {
    java.util.Set<Integer> words = new java.util.HashSet<>();
    for (int k = q.from; k < q.to; k++) {
      if (contentWord(q.t, k)) {
        words.add(q.t.hash[k]);
      }
    }
    int n = 0;
    for (int k = a.from; k < a.to; k++) {
      if (contentWord(a.t, k) && words.contains(a.t.hash[k])) {
        n++;
      }
    }
    return n;
  }

  private boolean contentWord(AnalyzedText t, int k) {
    return t.id[k] != -1
        ? !r.inList(t.id[k], Lexicon.FUNCTION_WORDS) && t.end[k] - t.start[k] >= 3
        : t.hash[k] != 0 && t.end[k] - t.start[k] >= 3;
  }

  // ------------------------------------------------------------------ length

  void length(
      Tally t, AnswerKind kind, double spoken, int target, Weight tooShort, Weight tooLong) {
    if (target <= 0) {
      return;
    }
    ScoringRules.Speech sp = r.rules.speech();
    String what = kind == AnswerKind.FULL ? "the whole answer" : "this " + kind.id();
    double shortBelow = target * sp.tooShortRatio();
    if (kind != AnswerKind.FULL) {
      shortBelow = Math.min(shortBelow, sp.tooShortMaxSeconds());
    }
    if (spoken < shortBelow) {
      t.issue(
          TOO_SHORT,
          w(tooShort),
          String.format(
              Locale.ROOT,
              "About %.0f s spoken against a %d s target for %s: too thin to show what you did. "
                  + "Add the specifics the step asks for.",
              spoken,
              target,
              what),
          "");
    } else if (spoken > target * sp.tooLongRatio()) {
      t.issue(
          TOO_LONG,
          w(tooLong),
          String.format(
              Locale.ROOT,
              "About %.0f s spoken against a %d s target for %s: the interviewer loses the "
                  + "thread. Cut background and repetition; keep the decisions and the numbers.",
              spoken,
              target,
              what),
          "");
    }
  }
}
