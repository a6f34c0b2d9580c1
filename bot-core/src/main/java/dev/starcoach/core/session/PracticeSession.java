package dev.starcoach.core.session;

import dev.starcoach.core.content.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The durable state of one practice session. Immutable: every change makes a new value. The {@code
 * version} is the one it was read at; stores write it back with compare-and-set.
 *
 * @param position the step index (STEPS), probe-plan index (PROBES) or quiz item index (QUIZ)
 * @param probePlan the order probes are asked in: indices into {@code probes} when probes were
 *     written for the person's answer, else into the question's sample-story probes
 * @param probes the probes written for the person's own answer (empty before the full answer, and
 *     in sessions stored before probes were written)
 * @param quizCorrect quiz items answered right so far
 * @param promptedAt when the current prompt was sent, for reply times
 */
public record PracticeSession(
    String id,
    SessionKey key,
    SessionMode mode,
    String questionId,
    Level level,
    Phase phase,
    int position,
    List<Integer> probePlan,
    List<AskedProbe> probes,
    List<RecordedAnswer> answers,
    int quizCorrect,
    Instant startedAt,
    Instant promptedAt,
    Instant updatedAt,
    long version) {
  public PracticeSession {
    probePlan = List.copyOf(probePlan);
    probes = List.copyOf(probes);
    answers = List.copyOf(answers);
  }

  /** A session without written probes (the form stored before probes were written). */
  public PracticeSession(
      String id,
      SessionKey key,
      SessionMode mode,
      String questionId,
      Level level,
      Phase phase,
      int position,
      List<Integer> probePlan,
      List<RecordedAnswer> answers,
      int quizCorrect,
      Instant startedAt,
      Instant promptedAt,
      Instant updatedAt,
      long version) {
    this(
        id,
        key,
        mode,
        questionId,
        level,
        phase,
        position,
        probePlan,
        List.of(),
        answers,
        quizCorrect,
        startedAt,
        promptedAt,
        updatedAt,
        version);
  }

  /** A copy at a new phase and position, prompted now. */
  public PracticeSession advance(Phase nextPhase, int nextPosition, Instant now) {
    return copy(
        nextPhase, nextPosition, probePlan, probes, answers, quizCorrect, now, now, version);
  }

  /** A copy with one more answer. */
  public PracticeSession withAnswer(RecordedAnswer answer) {
    List<RecordedAnswer> more = new ArrayList<>(answers);
    more.add(answer);
    return copy(
        phase,
        position,
        probePlan,
        probes,
        more,
        quizCorrect,
        promptedAt,
        answer.answeredAt(),
        version);
  }

  /** A copy with a probe plan. */
  public PracticeSession withProbePlan(List<Integer> plan) {
    return copy(
        phase, position, plan, probes, answers, quizCorrect, promptedAt, updatedAt, version);
  }

  /** A copy with probes written for the person's answer, asked in their order. */
  public PracticeSession withProbes(List<AskedProbe> written) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < written.size(); i++) {
      order.add(i);
    }
    return copy(
        phase, position, order, written, answers, quizCorrect, promptedAt, updatedAt, version);
  }

  /** A copy with one more right quiz answer. */
  public PracticeSession withQuizPoint() {
    return copy(
        phase,
        position,
        probePlan,
        probes,
        answers,
        quizCorrect + 1,
        promptedAt,
        updatedAt,
        version);
  }

  /** A copy at another version, as a store returns it after a write. */
  public PracticeSession withVersion(long newVersion) {
    return copy(
        phase,
        position,
        probePlan,
        probes,
        answers,
        quizCorrect,
        promptedAt,
        updatedAt,
        newVersion);
  }

  /** The one place a changed copy is made: identity, mode, question and start never change. */
  private PracticeSession copy(
      Phase nextPhase,
      int nextPosition,
      List<Integer> nextPlan,
      List<AskedProbe> nextProbes,
      List<RecordedAnswer> nextAnswers,
      int nextQuizCorrect,
      Instant nextPromptedAt,
      Instant nextUpdatedAt,
      long nextVersion) {
    return new PracticeSession(
        id,
        key,
        mode,
        questionId,
        level,
        nextPhase,
        nextPosition,
        nextPlan,
        nextProbes,
        nextAnswers,
        nextQuizCorrect,
        startedAt,
        nextPromptedAt,
        nextUpdatedAt,
        nextVersion);
  }

  /** True while the session waits for the person. */
  public boolean isOpen() {
    return phase.isOpen();
  }
}
