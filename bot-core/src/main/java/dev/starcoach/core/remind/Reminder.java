package dev.starcoach.core.remind;

import dev.starcoach.core.content.Question;
import dev.starcoach.core.session.PracticeSession;
import java.util.Objects;

/**
 * A reminder of one unfinished practice.
 *
 * @param session the open session; its key names the person and the place it was started in
 * @param question the question being practised
 * @param stepLabel where the person stopped, such as "Action" or "probe 2 of 3"
 */
public record Reminder(PracticeSession session, Question question, String stepLabel) {
  public Reminder {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(stepLabel, "stepLabel");
  }

  /** The person-facing text, the same on every platform (adapters add their own buttons). */
  public String text() {
    return "You left your "
        + modeName()
        + " on '"
        + question.text()
        + "' at "
        + stepLabel
        + ". Pick it up where you left off — or stop it.";
  }

  private String modeName() {
    return switch (session.mode()) {
      case GUIDED -> "guided practice";
      case DRILL -> "drill";
      case MOCK -> "mock interview";
      case QUIZ -> "quiz";
    };
  }
}
