package dev.starcoach.core.store;

import dev.starcoach.core.loop.LoopStore;
import dev.starcoach.core.story.StoryStore;
import java.util.Objects;

/**
 * The stores the engine works with, handed over together by the composition root. {@code eraser}
 * forgets everything of a person, their stories and loop rehearsals included.
 */
public record CoachStores(
    SessionStore sessions,
    AnswerHistory history,
    QuizLog quiz,
    PersonSettingsStore settings,
    PersonDataEraser eraser,
    StoryStore stories,
    LoopStore loops) {
  public CoachStores {
    Objects.requireNonNull(sessions, "sessions");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(quiz, "quiz");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(eraser, "eraser");
    Objects.requireNonNull(stories, "stories");
    Objects.requireNonNull(loops, "loops");
  }
}
