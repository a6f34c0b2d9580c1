package dev.starcoach.core.engine;

import dev.starcoach.core.content.Lens;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.session.PracticeSession;
import java.util.List;
import java.util.Optional;

/** Questions and lenses: listing the bank and retelling a practised story for a principle. */
final class ContentDesk {
  private final QuestionBank bank;

  ContentDesk(QuestionBank bank) {
    this.bank = bank;
  }

  /**
   * The lens of the question last practised for a principle, or the lenses it offers. When the
   * person told a story of their own in {@code storySession}, the lens quotes it: what to lead
   * with, stress and play down for that principle.
   *
   * @param lastPractised the question of the latest answer, when no story session is known
   */
  void lens(
      Optional<PracticeSession> storySession,
      Optional<Question> lastPractised,
      String principleText,
      Turn turn) {
    Optional<Question> practised =
        storySession.flatMap(s -> bank.byId(s.questionId())).or(() -> lastPractised);
    Optional<String> story = storySession.flatMap(OwnStoryLens::story);
    if (practised.isEmpty()) {
      turn.say(
          new ErrorNotice(
              ErrorCode.NOT_AVAILABLE,
              "A lens retells a story you have practised for another principle. Practise a"
                  + " question first, then ask for a lens."));
      return;
    }
    Question q = practised.get();
    List<Lens> lenses = q.isWalkthrough() ? q.walkthrough().lenses() : List.of();
    if (principleText == null || principleText.isBlank()) {
      turn.say(new CoachReply.LensChoices(q, lenses));
      return;
    }
    Optional<Principle> principle = Principle.parse(principleText);
    if (principle.isEmpty()) {
      turn.say(unknownPrinciple(principleText));
      return;
    }
    if (story.isPresent()) {
      turn.say(new CoachReply.LensCard(q, OwnStoryLens.of(story.get(), principle.get())));
      return;
    }
    Lens lens =
        lenses.stream()
            .filter(l -> l.principle() == principle.get())
            .findFirst()
            .orElseGet(() -> GenericCoaching.lens(principle.get()));
    turn.say(new CoachReply.LensCard(q, lens));
  }

  void list(String principleText, Turn turn) {
    if (principleText == null || principleText.isBlank()) {
      turn.say(new CoachReply.QuestionList(null, bank.all()));
      return;
    }
    Optional<Principle> principle = Principle.parse(principleText);
    if (principle.isEmpty()) {
      turn.say(unknownPrinciple(principleText));
      return;
    }
    turn.say(new CoachReply.QuestionList(principle.get(), bank.byPrinciple(principle.get())));
  }

  private static ErrorNotice unknownPrinciple(String text) {
    return new ErrorNotice(
        ErrorCode.UNKNOWN_PRINCIPLE,
        "\"" + text.strip() + "\" is not one of the 16 Leadership Principles.");
  }
}
