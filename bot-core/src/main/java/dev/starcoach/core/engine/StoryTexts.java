package dev.starcoach.core.engine;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryVersion;
import dev.starcoach.core.story.StoryVersion.StorySource;
import dev.starcoach.core.story.fit.CoverageMap;
import dev.starcoach.core.story.fit.PrincipleFit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A story's texts as the scorer sees them: each step scored as an answer to that step (with the
 * step's default time target and no principle: a story is not an answer to one question), a whole
 * story split into its STAR parts with the mock interview's own segmentation, and the principle fit
 * of a story.
 */
final class StoryTexts {
  private final Scorer scorer;
  private final PrincipleFit fit;

  StoryTexts(Scorer scorer, PrincipleFit fit) {
    this.scorer = scorer;
    this.fit = fit;
  }

  /** The score (0 to 100) of one step's text. */
  int score(Step step, String text, Level level) {
    return scorer.assess(ScoreRequest.of(AnswerKind.of(step), text, level)).score();
  }

  /** The STAR parts found in a whole story, in STAR order (none when no part was recognised). */
  Map<Step, String> split(String text, Level level) {
    return Judge.textByStep(scorer.assess(ScoreRequest.of(AnswerKind.FULL, text, level)));
  }

  /** One new version per step, each scored, in STAR order. */
  List<StoryVersion> versions(
      Map<Step, String> steps, Level level, Instant at, StorySource source) {
    List<StoryVersion> out = new ArrayList<>();
    for (Step step : Step.values()) {
      String text = steps.get(step);
      if (text != null) {
        out.add(new StoryVersion(0, step, text, score(step, text, level), at, source));
      }
    }
    return out;
  }

  /** A story with its estimated fit to the sixteen principles. */
  StoryView.Entry entry(Story story) {
    return new StoryView.Entry(story, fit.estimate(story.steps(), story.decisions()));
  }

  /** The coverage map of a person's stories, built the one way loops and next build it too. */
  CoverageMap coverage(List<Story> stories) {
    return StoryCoverage.of(stories, fit);
  }
}
