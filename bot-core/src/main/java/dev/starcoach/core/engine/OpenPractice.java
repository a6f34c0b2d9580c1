package dev.starcoach.core.engine;

import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionMode;

/**
 * The practice a person has open and where it stands.
 *
 * @param sessionId the session's id
 * @param questionId the question practised
 * @param phase what the session waits for
 * @param position the step, probe or quiz item index within the phase
 * @param label the name of what it waits for ("Task", "probe 2 of 3"), for people
 */
public record OpenPractice(
    String sessionId,
    SessionMode mode,
    String questionId,
    Phase phase,
    int position,
    String label) {

  /** Where {@code session} stands, labelled by its mode. */
  static OpenPractice of(PracticeSession session, String label) {
    return new OpenPractice(
        session.id(),
        session.mode(),
        session.questionId(),
        session.phase(),
        session.position(),
        label);
  }
}
