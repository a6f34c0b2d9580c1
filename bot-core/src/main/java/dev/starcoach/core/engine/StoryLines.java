package dev.starcoach.core.engine;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.engine.CoachReply.StoryShown;
import dev.starcoach.core.engine.StoryView.SaveKind;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.StoryStore;
import dev.starcoach.core.story.StoryVersion;
import dev.starcoach.core.story.StoryVersion.StorySource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Plain lines that are a story's text: the next step of a story written step by step (marked in the
 * store, so it survives a restart), or the text of a {@code story edit N STEP} typed without one
 * (kept in this process only, like the forget confirmation). An edit waiting for its text goes
 * first; after it, the story being written continues.
 *
 * <p>A line fills the next missing step, unless it holds several STAR parts: when the scorer's
 * segmentation finds at least {@link #SPLIT_MIN_PARTS} different steps in it, or two steps in a
 * line of at least {@link #SPLIT_MIN_WORDS} words, each part found fills its own step (see {@link
 * #spread}: a step already written is never replaced).
 */
final class StoryLines {
  /** Different steps a line must hold to be split without more ado. */
  static final int SPLIT_MIN_PARTS = 3;

  /** Words a line with two steps must have to be split. */
  static final int SPLIT_MIN_WORDS = 80;

  private record PendingEdit(StoryNumber number, Step step) {}

  private final StoryStore stories;
  private final StoryTexts texts;
  private final EngineSettings settings;
  private final Clock clock;
  private final Function<SessionKey, Level> levelOf;
  private final Map<PersonId, PendingEdit> pending = new ConcurrentHashMap<>();

  StoryLines(
      StoryStore stories,
      StoryTexts texts,
      EngineSettings settings,
      Clock clock,
      Function<SessionKey, Level> levelOf) {
    this.stories = stories;
    this.texts = texts;
    this.settings = settings;
    this.clock = clock;
    this.levelOf = levelOf;
  }

  /** True when the person's next plain line (no practice open) is a story's text. */
  boolean waiting(PersonId person) {
    return pending.containsKey(person) || stories.drafting(person).isPresent();
  }

  /** The story just added without text is written step by step from now on. */
  void startDraft(PersonId person, Story story) {
    pending.remove(person);
    stories.setDrafting(person, Optional.of(story.number()));
  }

  /** The next plain line is the new text of one step. */
  void awaitEdit(PersonId person, StoryNumber number, Step step) {
    pending.put(person, new PendingEdit(number, step));
  }

  /** A removed story takes its waiting edit with it (its draft mark goes in the store). */
  void forgetPending(PersonId person, StoryNumber number) {
    pending.computeIfPresent(person, (p, e) -> e.number().equals(number) ? null : e);
  }

  /** Forgets everything waiting for the person (they were forgotten). */
  void forget(PersonId person) {
    pending.remove(person);
  }

  /** Takes one plain line as a story's text. */
  void line(SessionKey key, String raw, Turn turn) {
    PersonId me = key.person();
    String text = raw == null ? "" : raw.strip();
    Optional<ErrorNotice> problem =
        textProblem(text, settings.maxAnswerChars(), "Type the step's text, or story done.");
    if (problem.isPresent()) {
      turn.say(problem.get());
      return;
    }
    PendingEdit edit = pending.remove(me);
    if (edit != null) {
      Optional<Story> story = stories.find(me, edit.number());
      if (story.isEmpty()) {
        turn.say(StoryRules.notFound(edit.number(), stories.list(me).size()));
        return;
      }
      saveStep(key, story.get(), edit.step(), text, StorySource.edited(), turn);
      return;
    }
    Optional<StoryNumber> drafting = stories.drafting(me);
    Optional<Story> story = drafting.flatMap(n -> stories.find(me, n));
    if (story.isEmpty() || story.get().complete()) {
      stories.setDrafting(me, Optional.empty());
      turn.say(
          new ErrorNotice(
              ErrorCode.NO_SESSION,
              "No practice is open and no story is being written, so that was not taken."
                  + " Start a practice, or write a story with story add TITLE."));
      return;
    }
    draft(key, story.get(), text, turn);
  }

  private void draft(SessionKey key, Story story, String text, Turn turn) {
    PersonId me = key.person();
    Level level = levelOf.apply(key);
    Map<Step, String> parts = texts.split(text, level);
    int words = text.split("\\s+").length;
    Step next = story.nextMissing().get();
    Map<Step, String> fill = new EnumMap<>(Step.class);
    if (parts.size() >= SPLIT_MIN_PARTS || (parts.size() >= 2 && words >= SPLIT_MIN_WORDS)) {
      fill.putAll(spread(parts, story, next));
    } else {
      fill.put(next, text);
    }
    Story after = story;
    for (StoryVersion v : texts.versions(fill, level, clock.instant(), StorySource.added())) {
      after = stories.saveStep(me, story.number(), v).orElse(after);
    }
    if (after.complete()) {
      stories.setDrafting(me, Optional.empty());
      turn.say(
          new StoryShown(
              new StoryView.StorySaved(texts.entry(after), SaveKind.ADDED, written(after))));
      return;
    }
    turn.say(new StoryShown(new StoryView.StoryStepAsked(after, after.nextMissing().get(), false)));
  }

  /**
   * The parts of a line as steps to fill: a part for a step not yet written fills it; a part the
   * segmenter gave to a step already written never replaces it, but opens the step being asked for
   * (the person was answering that one, so it is its context).
   */
  static Map<Step, String> spread(Map<Step, String> parts, Story story, Step next) {
    Map<Step, String> fill = new EnumMap<>(Step.class);
    StringBuilder lead = new StringBuilder();
    for (Map.Entry<Step, String> part : parts.entrySet()) {
      if (story.steps().containsKey(part.getKey())) {
        lead.append(lead.length() == 0 ? "" : " ").append(part.getValue());
      } else {
        fill.put(part.getKey(), part.getValue());
      }
    }
    if (lead.length() > 0) {
      fill.merge(next, lead.toString(), (own, context) -> context + " " + own);
    }
    return fill;
  }

  /** Saves one step's new text (a new version, scored) and says so. */
  void saveStep(
      SessionKey key, Story story, Step step, String text, StorySource source, Turn turn) {
    int score = texts.score(step, text, levelOf.apply(key));
    Optional<Story> after =
        stories.saveStep(
            key.person(),
            story.number(),
            new StoryVersion(0, step, text, score, clock.instant(), source));
    if (after.isEmpty()) {
      turn.say(StoryRules.notFound(story.number(), stories.list(key.person()).size()));
      return;
    }
    turn.say(
        new StoryShown(
            new StoryView.StorySaved(
                texts.entry(after.get()), SaveKind.STEP_SAVED, List.of(step))));
  }

  /** Ends writing step by step (and any edit waiting for its text), keeping what is written. */
  void finish(PersonId me, Turn turn) {
    boolean hadEdit = pending.remove(me) != null;
    Optional<Story> story = stories.drafting(me).flatMap(n -> stories.find(me, n));
    stories.setDrafting(me, Optional.empty());
    if (story.isEmpty()) {
      turn.say(
          new CoachReply.Notice(
              hadEdit
                  ? "The edit is cancelled; the story keeps its text."
                  : "You are not writing a story right now. Start one with story add TITLE."));
      return;
    }
    Story s = story.get();
    turn.say(new StoryShown(new StoryView.StorySaved(texts.entry(s), SaveKind.ADDED, written(s))));
    if (!s.complete()) {
      turn.say(
          new CoachReply.Notice(
              "Story "
                  + s.number()
                  + " is kept with "
                  + s.steps().size()
                  + " of 5 steps. Add the rest any time: story edit "
                  + s.number()
                  + " "
                  + s.nextMissing().get().id()));
    }
  }

  /** Why a step's text cannot be kept (empty, or longer than answers may be), or empty. */
  static Optional<ErrorNotice> textProblem(String text, int maxChars, String emptyHint) {
    if (text.isEmpty()) {
      return Optional.of(
          new ErrorNotice(ErrorCode.EMPTY_ANSWER, ("That text is empty. " + emptyHint).strip()));
    }
    int length = text.codePointCount(0, text.length());
    if (length > maxChars) {
      return Optional.of(
          new ErrorNotice(
              ErrorCode.ANSWER_TOO_LONG,
              "That text is "
                  + length
                  + " characters; the limit is "
                  + maxChars
                  + ", as for answers. Nothing was saved: shorten it and send it again."));
    }
    return Optional.empty();
  }

  static List<Step> written(Story story) {
    List<Step> out = new ArrayList<>();
    for (Step s : Step.values()) {
      if (story.steps().containsKey(s)) {
        out.add(s);
      }
    }
    return out;
  }
}
