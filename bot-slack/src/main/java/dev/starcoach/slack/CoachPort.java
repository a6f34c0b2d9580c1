package dev.starcoach.slack;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.DailyFeedback;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.session.SessionKey;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Slack adapter needs from the engine and the answer history. The adapter learns what an
 * event did from its {@link Outcome} alone: it never asks the store what is open.
 */
public interface CoachPort {

  /** Applies one event of a person: the replies in order and what happened. */
  Outcome handle(SessionKey key, CoachEvent event);

  /**
   * Scores an answer to a daily question as a mock answer: the private feedback, and the band for a
   * public note (empty when the answer was refused).
   */
  DailyFeedback answerDaily(SessionKey key, String questionId, Level level, String text);

  /** A loaded question by id. */
  Optional<Question> question(String id);

  /** The longest answer the engine takes; longer ones are refused, never cut. */
  int maxAnswerChars();

  /** The port over a real engine. */
  static CoachPort of(CoachEngine engine) {
    Objects.requireNonNull(engine, "engine");
    return new CoachPort() {
      @Override
      public Outcome handle(SessionKey key, CoachEvent event) {
        return engine.handle(key, event);
      }

      @Override
      public DailyFeedback answerDaily(
          SessionKey key, String questionId, Level level, String text) {
        return engine.answerDaily(key, questionId, level, text);
      }

      @Override
      public Optional<Question> question(String id) {
        return engine.bank().byId(id);
      }

      @Override
      public int maxAnswerChars() {
        return engine.settings().maxAnswerChars();
      }
    };
  }
}
