package dev.starcoach.core.engine;

import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionMode;
import java.util.EnumMap;
import java.util.Map;

/** The mode of each kind of session, and what a session's question and position are. */
final class Modes {
  private final QuestionBank bank;
  private final Map<SessionMode, Mode> byMode = new EnumMap<>(SessionMode.class);

  Modes(QuestionBank bank, StepPractice steps, MockInterview mock, QuizRound quiz) {
    this.bank = bank;
    byMode.put(SessionMode.GUIDED, steps);
    byMode.put(SessionMode.DRILL, steps);
    byMode.put(SessionMode.MOCK, mock);
    byMode.put(SessionMode.QUIZ, quiz);
  }

  Mode of(SessionMode mode) {
    return byMode.get(mode);
  }

  Mode of(PracticeSession s) {
    return byMode.get(s.mode());
  }

  /** Where the session stands, labelled by its mode. */
  OpenPractice where(PracticeSession s) {
    return OpenPractice.of(s, of(s).label(s));
  }

  /** The session's question; a session whose question is no longer loaded is a setup error. */
  Question question(PracticeSession s) {
    return bank.byId(s.questionId())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "session "
                        + s.id()
                        + " refers to question '"
                        + s.questionId()
                        + "', which is no longer loaded"));
  }
}
