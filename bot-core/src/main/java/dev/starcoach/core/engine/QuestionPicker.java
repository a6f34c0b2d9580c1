package dev.starcoach.core.engine;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.CoachStores;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Which question to practise: by id, by principle, or one not practised recently; and which
 * question a person practised last (for lenses and quizzes that follow a practice).
 */
final class QuestionPicker {
  private final QuestionBank bank;
  private final CoachStores stores;
  private final RandomGenerator random;
  private final int recentWindow;

  QuestionPicker(QuestionBank bank, CoachStores stores, RandomGenerator random, int recentWindow) {
    this.bank = bank;
    this.stores = stores;
    this.random = random;
    this.recentWindow = recentWindow;
  }

  /** A question for a practice, or the reason there is none (said to {@code turn}). */
  Optional<Question> forPractice(
      SessionKey key, String selector, boolean preferWalkthrough, Turn turn) {
    List<Question> candidates;
    if (selector == null || selector.isBlank()) {
      candidates = bank.all();
    } else {
      Optional<Question> exact = bank.byId(selector.trim());
      if (exact.isPresent()) {
        return exact;
      }
      Optional<Principle> principle = Principle.parse(selector);
      if (principle.isEmpty()) {
        turn.say(unknownSelector(selector));
        return Optional.empty();
      }
      candidates = bank.byPrinciple(principle.get());
      if (candidates.isEmpty()) {
        turn.say(
            new ErrorNotice(
                ErrorCode.NOT_AVAILABLE,
                "No questions for " + principle.get().displayName() + " are loaded yet."));
        return Optional.empty();
      }
    }
    if (candidates.isEmpty()) {
      turn.say(new ErrorNotice(ErrorCode.NOT_AVAILABLE, "No questions are loaded."));
      return Optional.empty();
    }
    if (preferWalkthrough && candidates.stream().anyMatch(Question::isWalkthrough)) {
      candidates = candidates.stream().filter(Question::isWalkthrough).toList();
    }
    List<String> recent = stores.history().recentQuestionIds(key.person(), recentWindow);
    List<Question> fresh = candidates.stream().filter(q -> !recent.contains(q.id())).toList();
    if (!fresh.isEmpty()) {
      return Optional.of(randomOf(fresh));
    }
    return candidates.stream().max(Comparator.comparingInt(q -> recent.indexOf(q.id())));
  }

  /**
   * A walkthrough with a quiz, or the reason there is none (said to {@code turn}). Without a
   * selector the quiz follows the question last practised; when that question (or the one named)
   * has no quiz, the reply says what is available instead rather than quizzing an unseen story.
   */
  Optional<Question> forQuiz(SessionKey key, String selector, Turn turn) {
    Optional<Question> question;
    if (selector == null || selector.isBlank()) {
      Optional<Question> last = lastPractised(key);
      if (last.isPresent() && !hasQuiz(last.get())) {
        turn.say(insteadOfQuiz(last.get()));
        return Optional.empty();
      }
      question = last.isPresent() ? last : randomQuiz(bank.all());
    } else {
      Optional<Question> byId = bank.byId(selector.trim());
      if (byId.isPresent()) {
        if (!hasQuiz(byId.get())) {
          turn.say(insteadOfQuiz(byId.get()));
          return Optional.empty();
        }
        question = byId;
      } else {
        Optional<Principle> principle = Principle.parse(selector);
        if (principle.isEmpty()) {
          turn.say(unknownSelector(selector));
          return Optional.empty();
        }
        question = randomQuiz(bank.byPrinciple(principle.get()));
      }
    }
    if (question.isEmpty() || !hasQuiz(question.get())) {
      turn.say(
          new ErrorNotice(
              ErrorCode.NOT_AVAILABLE,
              "There is no quiz for that. Quizzes come with full walkthroughs; list the questions"
                  + " to see which ones are."));
      return Optional.empty();
    }
    return question;
  }

  /** What is available when a question has no quiz: a quiz on its principle, or a walkthrough. */
  ErrorNotice insteadOfQuiz(Question q) {
    String name = q.principle().displayName();
    List<Question> walkthroughs =
        bank.byPrinciple(q.principle()).stream().filter(QuestionPicker::hasQuiz).toList();
    StringBuilder text =
        new StringBuilder("\"")
            .append(q.id())
            .append("\" has no walkthrough, so there is no quiz on it. ");
    if (walkthroughs.isEmpty()) {
      text.append("No ")
          .append(name)
          .append(" question has a quiz yet: list the questions to pick one with a walkthrough.");
    } else {
      Question other = walkthroughs.get(0);
      text.append("Instead: quiz ")
          .append(other.id())
          .append(" (a ")
          .append(name)
          .append(" walkthrough; practise guided ")
          .append(other.id())
          .append(" first to see its sample story), or practise drill ")
          .append(q.id())
          .append(" again.");
    }
    return new ErrorNotice(ErrorCode.NOT_AVAILABLE, text.toString());
  }

  /**
   * The person's open or latest practice of a story of their own (guided, drill or mock: a quiz is
   * on a walkthrough's sample story, not theirs), or empty.
   */
  Optional<PracticeSession> lastStory(SessionKey key) {
    Optional<PracticeSession> open =
        stores.sessions().findOpen(key).filter(s -> s.mode() != SessionMode.QUIZ);
    if (open.isPresent()) {
      return open;
    }
    return stores.sessions().sessionsOf(key.person()).stream()
        .filter(s -> s.mode() != SessionMode.QUIZ)
        .max(Comparator.comparing(PracticeSession::updatedAt));
  }

  /** The question the person last practised a story for, or of their latest answer. */
  Optional<Question> lastPractised(SessionKey key) {
    Optional<Question> latestSession = lastStory(key).flatMap(s -> bank.byId(s.questionId()));
    if (latestSession.isPresent()) {
      return latestSession;
    }
    return stores.history().recentQuestionIds(key.person(), 1).stream()
        .findFirst()
        .flatMap(bank::byId);
  }

  private Optional<Question> randomQuiz(List<Question> questions) {
    List<Question> withQuiz = questions.stream().filter(QuestionPicker::hasQuiz).toList();
    return withQuiz.isEmpty() ? Optional.empty() : Optional.of(randomOf(withQuiz));
  }

  private static boolean hasQuiz(Question q) {
    return q.isWalkthrough() && !q.walkthrough().quiz().isEmpty();
  }

  private Question randomOf(List<Question> questions) {
    return questions.get(random.nextInt(questions.size()));
  }

  private static ErrorNotice unknownSelector(String selector) {
    return new ErrorNotice(
        ErrorCode.UNKNOWN_QUESTION,
        "No question id or Leadership Principle matches \""
            + selector.strip()
            + "\". List the questions to see the ids, or name a principle such as Ownership.");
  }
}
