package dev.starcoach.core.story.fit;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.scoring.rules.Lexicon;
import dev.starcoach.core.scoring.rules.TextAnalysis;
import dev.starcoach.core.scoring.rules.TextFacts;
import java.util.EnumMap;
import java.util.Map;

/**
 * A story read once for all sixteen principles: each step's text with the principles' names masked,
 * its cue hits, the scorer's text facts and the scorer's score of the step. The rules ask it
 * questions by step ("the first hit of this cue in the Action").
 */
final class StoryReading {
  /** The level stories are judged at: the middle one; a story's telling barely depends on it. */
  private static final Level LEVEL = Level.SDE2;

  private final Map<Step, StepText> texts = new EnumMap<>(Step.class);
  private final Map<Step, CueHits> hits = new EnumMap<>(Step.class);
  private final Map<Step, TextFacts> facts = new EnumMap<>(Step.class);
  private final Map<Step, Integer> scores = new EnumMap<>(Step.class);

  StoryReading(Map<Step, String> steps, TextAnalysis analysis, Scorer scorer) {
    for (Step s : Step.values()) {
      String given = steps.get(s);
      StepText t = new StepText(given == null ? "" : given.strip());
      CueHits h = CueIndex.INSTANCE.scan(t);
      if (NameMask.names(h)) {
        t = new StepText(NameMask.mask(t, h));
        h = CueIndex.INSTANCE.scan(t);
      }
      String masked = t.text;
      texts.put(s, t);
      hits.put(s, h);
      facts.put(s, analysis.facts(masked));
      // the telling is judged without the names too, so adding them cannot lift it
      scores.put(
          s,
          masked.isEmpty()
              ? 0
              : scorer.assess(ScoreRequest.of(AnswerKind.of(s), masked, LEVEL)).score());
    }
  }

  /** The scorer's score of a step, 0 when it is not written. */
  int score(Step s) {
    return scores.get(s);
  }

  /** True when a step has words. */
  boolean written(Step s) {
    return texts.get(s).size() > 0;
  }

  /** The scorer's facts of a step. */
  TextFacts facts(Step s) {
    return facts.get(s);
  }

  /** How many times a cue hits in the given steps. */
  int count(Cue c, Step... steps) {
    int n = 0;
    for (Step s : steps) {
      n += hits.get(s).count(c);
    }
    return n;
  }

  /** The first hit of a cue in the given steps, in the order given, quoted; empty if none. */
  String cue(Cue c, Step... steps) {
    for (Step s : steps) {
      String q = hits.get(s).quote(c);
      if (!q.isEmpty()) {
        return q;
      }
    }
    return "";
  }

  /** The second hit of a cue across the given steps, in the order given, quoted; empty if none. */
  String second(Cue c, Step... steps) {
    boolean seen = false;
    for (Step s : steps) {
      CueHits h = hits.get(s);
      for (int i = 0; i < h.count(c); i++) {
        if (seen) {
          return texts.get(s).quote(h.start(c, i), h.end(c, i));
        }
        seen = true;
      }
    }
    return "";
  }

  /** The first place in the given steps where two cues meet within a window, quoted. */
  String near(Cue a, Cue b, int window, Step... steps) {
    for (Step s : steps) {
      String q = hits.get(s).near(a, b, window);
      if (!q.isEmpty()) {
        return q;
      }
    }
    return "";
  }

  /** The first hit of one of the scorer's phrase lists (not negated) in the given steps. */
  String lexicon(Lexicon list, Step... steps) {
    for (Step s : steps) {
      TextFacts f = facts.get(s);
      if (f.has(list)) {
        return inContext(s, f.evidence(list), list);
      }
    }
    return "";
  }

  /** The first hit of one of the scorer's phrase lists hit only negated ("nobody asked me"). */
  String negatedLexicon(Lexicon list, Step... steps) {
    for (Step s : steps) {
      TextFacts f = facts.get(s);
      if (f.hasNegated(list)) {
        return inContext(s, f.evidence(list), list);
      }
    }
    return "";
  }

  /** A phrase the scorer found, quoted with its context from the step when it can be placed. */
  private String inContext(Step s, String evidence, Lexicon list) {
    if (evidence.isEmpty()) {
      return list.key().replace('_', ' ');
    }
    StepText t = texts.get(s);
    String[] words = new StepText(evidence).tokens;
    for (int i = 0; words.length > 0 && i + words.length <= t.size(); i++) {
      boolean same = true;
      for (int k = 0; k < words.length && same; k++) {
        same = t.tokens[i + k].equals(words[k]);
      }
      if (same) {
        return t.quote(i, i + words.length);
      }
    }
    return evidence;
  }

  /** The first bigger, self-set scope beyond an assignment in the given steps, quoted. */
  String scopeExpansion(Step... steps) {
    for (Step s : steps) {
      TextFacts f = facts.get(s);
      if (f.scopeExpansion()) {
        return inContext(
            s, f.evidence(TextFacts.Evidence.SCOPE_EXPANSION), Lexicon.SCOPE_EXPANSION);
      }
    }
    return "";
  }

  /** The first metric with its baseline in the given steps, quoted; empty if none. */
  String metricDelta(Step... steps) {
    for (Step s : steps) {
      TextFacts f = facts.get(s);
      if (f.metricDelta()) {
        String ev = f.evidence(TextFacts.Evidence.METRIC_DELTA);
        return ev.isEmpty() ? texts.get(s).quote(0, Math.min(1, texts.get(s).size())) : ev;
      }
    }
    return "";
  }

  /** The first number in the given steps, quoted; empty if none. */
  String number(Step... steps) {
    for (Step s : steps) {
      TextFacts f = facts.get(s);
      if (f.numbers() + f.durations() > 0) {
        String ev = f.evidence(TextFacts.Evidence.NUMBER);
        return ev.isEmpty() ? "a number" : ev;
      }
    }
    return "";
  }
}
