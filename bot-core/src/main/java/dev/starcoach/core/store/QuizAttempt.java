package dev.starcoach.core.store;

import dev.starcoach.core.session.PersonId;
import java.time.Instant;

/** One answered quiz item. {@code chosen} and {@code answer} are zero-based option indices. */
public record QuizAttempt(
    PersonId person, String questionId, int item, int chosen, int answer, Instant answeredAt) {

  /** True when the right option was chosen. */
  public boolean correct() {
    return chosen == answer;
  }
}
