package dev.starcoach.core.engine;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.GapCoach.GapPick;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.AnswerHistory;
import dev.starcoach.core.story.StoryStore;
import dev.starcoach.core.story.fit.PrincipleFit;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code practice next}: the question aimed at the person's weakest principle and step ({@link
 * GapCoach}), said with its reasons; the engine then starts it as a drill.
 */
final class NextPractice {
  private final QuestionBank bank;
  private final AnswerHistory history;
  private final StoryStore stories;
  private final QuestionPicker picker;
  private final PrincipleFit fit;
  private final Clock clock;
  private final GapCoach gaps = new GapCoach();

  NextPractice(
      QuestionBank bank,
      AnswerHistory history,
      StoryStore stories,
      QuestionPicker picker,
      PrincipleFit fit,
      Clock clock) {
    this.bank = bank;
    this.history = history;
    this.stories = stories;
    this.picker = picker;
    this.fit = fit;
    this.clock = clock;
  }

  /** Says what was picked and why, and returns the question to drill; or says why there is none. */
  Optional<Question> pick(SessionKey key, Turn turn) {
    List<Principle> available = new ArrayList<>();
    for (Principle p : Principle.values()) {
      if (!bank.byPrinciple(p).isEmpty()) {
        available.add(p);
      }
    }
    if (available.isEmpty()) {
      turn.say(
          new CoachReply.ErrorNotice(
              CoachReply.ErrorCode.NOT_AVAILABLE, "No questions are loaded."));
      return Optional.empty();
    }
    GapPick pick =
        gaps.pick(
            StoryCoverage.of(stories.list(key.person()), fit),
            history.answersOf(key.person()),
            available,
            clock.instant());
    Optional<Question> question = picker.forPractice(key, pick.principle().id(), false, turn);
    question.ifPresent(
        q ->
            turn.say(
                new CoachReply.StoryShown(
                    new StoryView.NextPick(pick.principle(), pick.focus(), pick.reasons()))));
    return question;
  }
}
