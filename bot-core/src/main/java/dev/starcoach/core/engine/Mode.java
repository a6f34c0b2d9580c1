package dev.starcoach.core.engine;

import dev.starcoach.core.content.Question;
import dev.starcoach.core.session.PracticeSession;

/**
 * One way to practise: what an answer, a skip, a stop and a hint do at the session's current
 * position, what it asks next, and how that position is named. Modes decide; the engine stores and
 * replies. A mode never writes to storage or sends anything itself.
 */
interface Mode {

  /** Applies the person's answer (already checked as not empty and not too long). */
  Change answer(PracticeSession session, Question question, String text);

  /** Skips the current step, probe or quiz item. */
  Change skip(PracticeSession session, Question question);

  /** Ends the session now, with what it came to. */
  Change stop(PracticeSession session, Question question);

  /** A hint on the current position. */
  CoachReply hint(PracticeSession session, Question question);

  /** The prompt for the current position. */
  CoachReply prompt(PracticeSession session, Question question);

  /** The name of the current position, for people ("Task", "probe 2 of 3"). */
  String label(PracticeSession session);
}
