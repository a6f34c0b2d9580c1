package dev.starcoach.core.scoring.pipeline;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Segment;
import dev.starcoach.core.scoring.features.AnswerContext;
import dev.starcoach.core.scoring.features.FeatureExtractor;
import dev.starcoach.core.scoring.rules.ScoringRules;
import dev.starcoach.core.scoring.rules.TextAnalysis;
import dev.starcoach.core.scoring.rules.TextFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stages before the model: text analysis, segmentation (full answers) and features. Used by the
 * scorer and by the fitting tool, so both see exactly the same features. Thread-safe.
 */
public final class FeaturePipeline {
  private final ScoringRules rules;
  private final TextAnalysis analysis;

  /** A pipeline over validated rules. */
  public FeaturePipeline(ScoringRules rules) {
    this.rules = rules;
    this.analysis = new TextAnalysis(rules);
  }

  /**
   * An answer ready for the model.
   *
   * @param context what the feature stage read
   * @param x the feature values
   * @param segments the STAR parts of a full answer (empty otherwise)
   */
  public record Prepared(AnswerContext context, double[] x, List<Segment> segments) {
    public Prepared {
      x = x.clone();
      segments = List.copyOf(segments);
    }
  }

  /** Spoken seconds of a number of words at the configured rate, to one decimal. */
  public double spokenSeconds(int words) {
    double s = words * 60.0 / rules.speech().wordsPerMinute();
    return Math.round(s * 10) / 10.0;
  }

  /** The target a request is judged against. */
  public int targetFor(AnswerKind kind, Level level, int targetSeconds) {
    if (targetSeconds > 0) {
      return targetSeconds;
    }
    return switch (kind) {
      case FULL -> level.totalBudgetSeconds();
      case PROBE -> rules.speech().probeTargetSeconds();
      default -> kind.step().map(Step::defaultTargetSeconds).orElse(30);
    };
  }

  /** Analyses a request and computes its features. */
  public Prepared prepare(ScoreRequest request) {
    AnswerKind kind = request.kind();
    TextFacts facts;
    List<Segment> segments = new ArrayList<>();
    if (kind == AnswerKind.FULL) {
      TextAnalysis.FullAnswer full = analysis.full(request.text());
      facts = full.whole();
      for (TextAnalysis.Part part : full.parts()) {
        segments.add(new Segment(part.step(), part.text()));
      }
    } else {
      facts = analysis.facts(request.text());
    }
    Optional<TextFacts> question =
        kind == AnswerKind.PROBE
                && request.probeQuestion() != null
                && !request.probeQuestion().isBlank()
            ? Optional.of(analysis.facts(request.probeQuestion()))
            : Optional.empty();
    int target = targetFor(kind, request.level(), request.targetSeconds());
    AnswerContext ctx =
        new AnswerContext(
            kind, facts, question, request.principle(), spokenSeconds(facts.words()), target);
    return new Prepared(ctx, FeatureExtractor.extract(ctx), segments);
  }
}
