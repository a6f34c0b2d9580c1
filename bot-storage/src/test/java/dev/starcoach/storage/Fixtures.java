package dev.starcoach.storage;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.ScoredAnswer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Values for store tests: sessions, the answers they record and the history rows they produce. */
final class Fixtures {
  /** A Monday morning, with a nanosecond fraction to prove instants keep every digit. */
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456789Z");

  private Fixtures() {}

  /** A key for a person nobody else in the test database uses. */
  static SessionKey freshKey(String platform) {
    return SessionKey.of(
        platform, "guild-1/channel-" + UUID.randomUUID(), "u-" + UUID.randomUUID());
  }

  /** A new drill at the Situation step, version 0 (not stored yet). */
  static PracticeSession newDrill(SessionKey key, String questionId, Instant at) {
    return new PracticeSession(
        UUID.randomUUID().toString(),
        key,
        SessionMode.DRILL,
        questionId,
        Level.SENIOR,
        Phase.STEPS,
        0,
        List.of(),
        List.of(),
        0,
        at,
        at,
        at,
        0);
  }

  /** The session after answering its current step: one more answer, moved to the next step. */
  static PracticeSession answered(PracticeSession s, String text, Instant at) {
    Step step = Step.values()[s.position()];
    RecordedAnswer answer =
        new RecordedAnswer(
            AnswerKind.of(step),
            s.position(),
            step.label(),
            text,
            70,
            12.5,
            30,
            4_321,
            at,
            false,
            Verdict.HIRE,
            List.of(new Finding(FindingCategory.NO_METRIC, "Say how much.", "")),
            List.of("A reason."));
    int next = s.position() + 1;
    Phase phase = next < Step.values().length ? Phase.STEPS : Phase.FINISHED;
    return s.withAnswer(answer).advance(phase, next, at);
  }

  /** The history row for the answer {@link #answered} recorded. */
  static ScoredAnswer scored(PracticeSession before, String text, Instant at) {
    Step step = Step.values()[before.position()];
    return new ScoredAnswer(
        UUID.randomUUID().toString(),
        before.id(),
        before.key(),
        before.questionId(),
        Principle.OWNERSHIP,
        before.mode(),
        AnswerKind.of(step),
        before.level(),
        text,
        70,
        12.5,
        30,
        4_321,
        List.of(
            new Finding(FindingCategory.WE_LANGUAGE, "Say what you did, not the team.", "we"),
            new Finding(FindingCategory.METRIC_DELTA, "A number with a baseline.", "2% to 0")),
        at);
  }
}
