package dev.starcoach.core.engine;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.fit.CoverageMap;
import dev.starcoach.core.story.fit.FitStrength;
import dev.starcoach.core.story.fit.StoryFit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine shows about the story bank, gap-aimed practice and loop rehearsals; carried by
 * {@link CoachReply.StoryShown}. Platform-neutral data only. Everything here is for the person
 * alone except {@link StoryShared}, the one view meant for a channel.
 */
public sealed interface StoryView {

  /** Hands this view to the visitor's method for its type. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per view type; every renderer implements it.
   *
   * @param <R> what the renderer makes of a view
   */
  interface Visitor<R> {
    R listing(StoryListing view);

    R detail(StoryDetail view);

    R stepAsked(StoryStepAsked view);

    R saved(StorySaved view);

    R removed(StoryRemoved view);

    R coverage(CoverageView view);

    R shared(StoryShared view);

    R decided(MappingDecided view);

    R matchOffer(StoryMatchOffer view);

    R nextPick(NextPick view);

    R loopRound(LoopRound view);

    R loopDebrief(LoopDebrief view);
  }

  /** A story with its fit, as listed. */
  record Entry(Story story, StoryFit fit) {
    public Entry {
      Objects.requireNonNull(story, "story");
      Objects.requireNonNull(fit, "fit");
    }
  }

  /** The person's stories, by number (possibly none). */
  record StoryListing(List<Entry> stories) implements StoryView {
    public StoryListing {
      stories = List.copyOf(stories);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.listing(this);
    }
  }

  /** One story whole: its steps, latest scores, versions and fit with reasons. */
  record StoryDetail(Entry entry) implements StoryView {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.detail(this);
    }
  }

  /**
   * The next plain line will be this step's text (writing a story step by step, or an edit).
   *
   * @param editing true for an edit of a written step, false while writing a new story
   */
  record StoryStepAsked(Story story, Step step, boolean editing) implements StoryView {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.stepAsked(this);
    }
  }

  /** What a save did to a story. */
  enum SaveKind {
    /** A new story, complete or a first step. */
    ADDED,
    /** One step of an existing story has a new version. */
    STEP_SAVED,
    /** A practice's answer replaced the story's texts (new versions). */
    UPDATED_FROM_PRACTICE
  }

  /**
   * A story was saved.
   *
   * @param changed the steps that got a new version
   */
  record StorySaved(Entry entry, SaveKind kind, List<Step> changed) implements StoryView {
    public StorySaved {
      changed = List.copyOf(changed);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.saved(this);
    }
  }

  /** A story was removed. */
  record StoryRemoved(StoryNumber number, String title) implements StoryView {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.removed(this);
    }
  }

  /** The sixteen-principle coverage map; renderers draw it as a table or heat map. */
  record CoverageView(CoverageMap map) implements StoryView {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.coverage(this);
    }
  }

  /** A read-only copy of a story for the channel or thread where the person shared it. */
  record StoryShared(Story story) implements StoryView {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.shared(this);
    }
  }

  /** The person confirmed, rejected or cleared a mapping. */
  record MappingDecided(Entry entry, Principle principle, Optional<MappingDecision> decision)
      implements StoryView {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.decided(this);
    }
  }

  /**
   * The answer just practised sounds like a story in the bank: offer to update it with this answer.
   */
  record StoryMatchOffer(StoryNumber number, String title) implements StoryView {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.matchOffer(this);
    }
  }

  /**
   * Why {@code practice next} picked what it picked; a practice start follows.
   *
   * @param principle the principle aimed at
   * @param focus the step where the person is weakest
   * @param reasons why, in plain words ("no usable story for Dive Deep yet")
   */
  record NextPick(Principle principle, Step focus, List<String> reasons) implements StoryView {
    public NextPick {
      reasons = List.copyOf(reasons);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.nextPick(this);
    }
  }

  /**
   * A loop rehearsal moves to its next interviewer; the question's prompt follows.
   *
   * @param number this interviewer, from 1
   * @param of how many in the loop
   */
  record LoopRound(int number, int of, Principle principle) implements StoryView {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.loopRound(this);
    }
  }

  /**
   * What one interviewer of a loop heard.
   *
   * @param story the person's story the answer matched, if any
   * @param shown how well the answer showed the round's principle (the story estimator's reading of
   *     the answer): a well-told answer that shows another principle is thin evidence here
   * @param evidence what the answer showed for the principle, or what was missing
   */
  record LoopEvidence(
      Principle principle,
      Question question,
      BarRaiserVerdict verdict,
      Optional<StoryRef> story,
      FitStrength shown,
      List<String> evidence) {
    public LoopEvidence {
      Objects.requireNonNull(shown, "shown");
      evidence = List.copyOf(evidence);
    }

    /**
     * True unless nothing in the answer read as its principle. A weak reading still counts as
     * shown: the estimator's phrase lists miss some ways of saying things, so only "nothing at all"
     * is held against a well-told answer.
     */
    public boolean showedPrinciple() {
      return shown != FitStrength.ABSENT;
    }
  }

  /** A story named in a debrief. */
  record StoryRef(StoryNumber number, String title) {}

  /**
   * The loop's debrief, read the way a hiring committee would.
   *
   * @param rounds each interviewer's principle and evidence, in order
   * @param strongest the strongest answer's round index, if any answer was given
   * @param weakest the weakest answer's round index
   * @param probeNext the principle a Bar Raiser would probe next
   * @param probeWhy why that one
   */
  record LoopDebrief(
      List<LoopEvidence> rounds,
      Optional<Integer> strongest,
      Optional<Integer> weakest,
      Principle probeNext,
      String probeWhy)
      implements StoryView {
    public LoopDebrief {
      rounds = List.copyOf(rounds);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.loopDebrief(this);
    }
  }
}
