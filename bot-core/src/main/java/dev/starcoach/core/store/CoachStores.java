package dev.starcoach.core.store;

import java.util.Objects;

/** The stores the engine works with, handed over together by the composition root. */
public record CoachStores(
    SessionStore sessions,
    AnswerHistory history,
    QuizLog quiz,
    PersonSettingsStore settings,
    PersonDataEraser eraser) {
  public CoachStores {
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(quiz, "quiz");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(eraser, "eraser");
  }
}
