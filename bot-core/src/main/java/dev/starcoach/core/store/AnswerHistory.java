package dev.starcoach.core.store;

import dev.starcoach.core.session.PersonId;
import java.util.List;

/** Read access to every scored answer, the history behind stats and question picking. */
public interface AnswerHistory {

  /** Every scored answer of a person, oldest first. */
  List<ScoredAnswer> answersOf(PersonId person);

  /** The ids of the questions a person answered most recently, newest first, without repeats. */
  List<String> recentQuestionIds(PersonId person, int limit);
}
