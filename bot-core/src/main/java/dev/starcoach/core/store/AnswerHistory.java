package dev.starcoach.core.store;

import dev.starcoach.core.session.PersonId;
import java.time.Instant;
import java.util.List;

/** Read access to every scored answer, the history behind stats and question picking. */
public interface AnswerHistory {

  /** Every scored answer of a person, oldest first. */
  List<ScoredAnswer> answersOf(PersonId person);

  /**
   * Every scored answer given on one platform in places whose id starts with {@code placePrefix} (a
   * channel, or a whole server or workspace), answered in {@code [from, to)}, oldest first. This is
   * what weekly leaderboards are computed from.
   */
  List<ScoredAnswer> answersInPlaces(String platform, String placePrefix, Instant from, Instant to);

  /** The ids of the questions a person answered most recently, newest first, without repeats. */
  List<String> recentQuestionIds(PersonId person, int limit);
}
