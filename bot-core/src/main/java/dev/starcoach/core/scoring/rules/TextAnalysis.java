package dev.starcoach.core.scoring.rules;

import dev.starcoach.core.content.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text-analysis stage as one entry point: cleans, tokenises and parses an answer into clauses
 * with their actors and phrase hits, and for a full answer cuts it into its STAR parts.
 * Thread-safe.
 */
public final class TextAnalysis {
  private final CompiledRules compiled;
  private final Analyzer analyzer;
  private final Segmenter segmenter;

  /** An analysis over the phrase lists of validated rules. */
  public TextAnalysis(ScoringRules rules) {
    Objects.requireNonNull(rules, "rules");
    this.compiled = new CompiledRules(rules);
    this.analyzer = new Analyzer(compiled);
    this.segmenter = new Segmenter(compiled);
  }

  /** The facts of a whole answer. */
  public TextFacts facts(String text) {
    AnalyzedText t = analyzer.analyze(text == null ? "" : text);
    return new TextFacts(new Signals(t, 0, t.n));
  }

  /** A full answer cut into its STAR parts, with the facts of each part and of the whole. */
  public FullAnswer full(String text) {
    AnalyzedText t = analyzer.analyze(text == null ? "" : text);
    Signals whole = new Signals(t, 0, t.n);
    List<Part> parts = new ArrayList<>();
    if (t.n > 0) {
      for (Segmenter.Part p : segmenter.segment(t)) {
        Signals s = new Signals(t, p.from(), p.to());
        s.inheritScopeExpansion(whole);
        parts.add(new Part(p.step(), partText(t, p), new TextFacts(s)));
      }
    }
    return new FullAnswer(new TextFacts(whole), parts);
  }

  private static String partText(AnalyzedText t, Segmenter.Part p) {
    if (p.from() >= p.to()) {
      return "";
    }
    int a = t.start[p.from()];
    int b = p.to() < t.n ? t.start[p.to()] : t.text.length();
    return t.text.substring(a, Math.max(a, b)).replace('\n', ' ').strip();
  }

  /**
   * A full answer after segmentation.
   *
   * @param whole the facts of the whole answer
   * @param parts the STAR parts found, in order
   */
  public record FullAnswer(TextFacts whole, List<Part> parts) {
    public FullAnswer {
      parts = List.copyOf(parts);
    }
  }

  /**
   * One STAR part of a full answer.
   *
   * @param step the step it tells
   * @param text its cleaned text
   * @param facts its facts
   */
  public record Part(Step step, String text, TextFacts facts) {}
}
