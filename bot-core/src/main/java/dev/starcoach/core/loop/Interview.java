package dev.starcoach.core.loop;

import dev.starcoach.core.content.Principle;
import java.util.Objects;
import java.util.Optional;

/**
 * One interviewer of a loop: the principle they cover, the question they ask, the mock session it
 * is asked in (once started) and how it ended (once it has).
 *
 * @param sessionId the id of the round's mock session, chosen before the session is stored
 */
public record Interview(
    Principle principle,
    String questionId,
    Optional<String> sessionId,
    Optional<InterviewResult> result) {
  public Interview {
    Objects.requireNonNull(principle, "principle");
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(result, "result");
  }

  /** An interview not started yet. */
  public static Interview planned(Principle principle, String questionId) {
    return new Interview(principle, questionId, Optional.empty(), Optional.empty());
  }

  /** This interview asked in the session {@code id}. */
  public Interview inSession(String id) {
    return new Interview(principle, questionId, Optional.of(id), result);
  }

  /** This interview ended. */
  public Interview ended(InterviewResult how) {
    return new Interview(principle, questionId, sessionId, Optional.of(how));
  }

  /** True once it has a result. */
  public boolean done() {
    return result.isPresent();
  }
}
