package dev.starcoach.core.store;

import dev.starcoach.core.session.PersonId;

/** Deletes everything stored about a person. */
public interface PersonDataEraser {

  /**
   * Deletes the person's sessions, answers, quiz results, settings, stories and loop rehearsals.
   *
   * @return how many records were deleted
   */
  int forget(PersonId person);
}
