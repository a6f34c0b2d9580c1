package dev.starcoach.core.store;

import dev.starcoach.core.session.PersonId;
import java.util.List;

/** Quiz results. */
public interface QuizLog {

  /** Records one answered quiz item. */
  void record(QuizAttempt attempt);

  /** Every quiz answer of a person, oldest first. */
  List<QuizAttempt> attemptsOf(PersonId person);
}
