package dev.starcoach.core.engine;

import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuizItem;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.store.QuizAttempt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A quiz: the multiple-choice items of a walkthrough, one at a time, options numbered from 1. */
final class QuizRound implements Mode {
  private final SessionFactory sessions;

  QuizRound(SessionFactory sessions) {
    this.sessions = sessions;
  }

  @Override
  public Change answer(PracticeSession s, Question q, String text) {
    int option = parseOption(text);
    if (option < 0) {
      return Change.refused(
          s,
          new ErrorNotice(
              ErrorCode.BAD_CHOICE,
              "This is a quiz: answer with the number of an option (1, 2, 3...)."));
    }
    return choose(s, q, option);
  }

  /** Chooses option {@code option} (from 1) of the current item. */
  Change choose(PracticeSession s, Question q, int option) {
    QuizItem item = item(s, q);
    if (option < 1 || option > item.options().size()) {
      return Change.refused(
          s,
          new ErrorNotice(
              ErrorCode.BAD_CHOICE, "Choose an option from 1 to " + item.options().size() + "."));
    }
    int chosen = option - 1;
    boolean correct = chosen == item.answer();
    Instant now = sessions.now();
    List<CoachReply> replies = new ArrayList<>();
    replies.add(
        new CoachReply.QuizFeedback(
            s.position() + 1,
            correct,
            option,
            item.answer() + 1,
            item.options().get(item.answer()),
            item.explanation()));
    PracticeSession scored = correct ? s.withQuizPoint() : s;
    QuizAttempt attempt =
        new QuizAttempt(s.key().person(), q.id(), s.position(), chosen, item.answer(), now);
    return new Change(
        afterItem(scored, q, now, replies), List.of(), List.of(attempt), replies, Optional.empty());
  }

  @Override
  public Change skip(PracticeSession s, Question q) {
    QuizItem item = item(s, q);
    List<CoachReply> replies = new ArrayList<>();
    replies.add(
        new CoachReply.QuizFeedback(
            s.position() + 1,
            false,
            0,
            item.answer() + 1,
            item.options().get(item.answer()),
            item.explanation()));
    return Change.to(afterItem(s, q, sessions.now(), replies), List.of(), replies);
  }

  @Override
  public Change stop(PracticeSession s, Question q) {
    PracticeSession stopped = s.advance(Phase.STOPPED, s.position(), sessions.now());
    return Change.to(
        stopped, List.of(), List.of(new CoachReply.QuizSummary(q, s.quizCorrect(), s.position())));
  }

  @Override
  public CoachReply hint(PracticeSession s, Question q) {
    return new CoachReply.Notice("No hints in a quiz: pick the option you think is right.");
  }

  @Override
  public CoachReply prompt(PracticeSession s, Question q) {
    return new CoachReply.QuizQuestion(
        q, s.position() + 1, q.walkthrough().quiz().size(), item(s, q));
  }

  @Override
  public String label(PracticeSession s) {
    return "quiz question " + (s.position() + 1);
  }

  private PracticeSession afterItem(
      PracticeSession s, Question q, Instant now, List<CoachReply> replies) {
    int next = s.position() + 1;
    int total = q.walkthrough().quiz().size();
    if (next < total) {
      PracticeSession moved = s.advance(Phase.QUIZ, next, now);
      replies.add(prompt(moved, q));
      return moved;
    }
    PracticeSession done = s.advance(Phase.FINISHED, next, now);
    replies.add(new CoachReply.QuizSummary(q, done.quizCorrect(), total));
    return done;
  }

  private static QuizItem item(PracticeSession s, Question q) {
    return q.walkthrough().quiz().get(s.position());
  }

  private static int parseOption(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[).:\\s]+$", "");
    if (t.matches("[1-9]")) {
      return Integer.parseInt(t);
    }
    if (t.matches("[a-i]")) {
      return t.charAt(0) - 'a' + 1;
    }
    return -1;
  }
}
