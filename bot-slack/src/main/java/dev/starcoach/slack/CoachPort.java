package dev.starcoach.slack;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.Conversation;
import dev.starcoach.core.scoring.ScoreBand;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.AnswerHistory;
import dev.starcoach.core.store.ScoredAnswer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the Slack adapter needs from the engine and the answer history. */
public interface CoachPort {

  /** Applies one event of a person and sends the engine's replies to {@code to}. */
  void handle(SessionKey key, CoachEvent event, Conversation to);

  /** The person's open session at that place, if any. */
  Optional<PracticeSession> openSession(SessionKey key);

  /** Every scored answer of a person, oldest first (for the App Home). */
  List<ScoredAnswer> answersOf(PersonId person);

  /**
   * Scores an answer to a daily question as a mock answer: the full feedback goes to {@code
   * privately}, the band comes back for a public note (empty when the answer was refused).
   */
  Optional<ScoreBand> answerDaily(
      SessionKey key, String questionId, Level level, String text, Conversation privately);

  /** A loaded question by id. */
  Optional<Question> question(String id);

  /** The port over a real engine and history. */
  static CoachPort of(CoachEngine engine, AnswerHistory history) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(history, "history");
    return new CoachPort() {
      @Override
      public void handle(SessionKey key, CoachEvent event, Conversation to) {
        engine.handle(key, event, to);
      }

      @Override
      public Optional<PracticeSession> openSession(SessionKey key) {
        return engine.openSession(key);
      }

      @Override
      public List<ScoredAnswer> answersOf(PersonId person) {
        return history.answersOf(person);
      }

      @Override
      public Optional<ScoreBand> answerDaily(
          SessionKey key, String questionId, Level level, String text, Conversation privately) {
        return engine.answerDaily(key, questionId, level, text, privately);
      }

      @Override
      public Optional<Question> question(String id) {
        return engine.bank().byId(id);
      }
    };
  }
}
