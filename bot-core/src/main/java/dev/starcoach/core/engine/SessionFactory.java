package dev.starcoach.core.engine;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.ScoredAnswer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** The one place sessions and history rows are made, with their ids and times. */
final class SessionFactory {
  private final Clock clock;
  private final RandomGenerator random;

  SessionFactory(Clock clock, RandomGenerator random) {
    this.clock = clock;
    this.random = random;
  }

  Instant now() {
    return clock.instant();
  }

  /** A new session at the start of {@code phase}, prompted now. */
  PracticeSession open(
      SessionKey key, SessionMode mode, Question question, Level level, Phase phase) {
    Instant now = now();
    return new PracticeSession(
        newId(),
        key,
        mode,
        question.id(),
        level,
        phase,
        0,
        List.of(),
        List.of(),
        0,
        now,
        now,
        now,
        0);
  }

  /** The history row of one scored answer. */
  ScoredAnswer row(
      PracticeSession s,
      Question q,
      AnswerKind kind,
      String text,
      Assessment a,
      long replyMillis,
      Instant at) {
    return new ScoredAnswer(
        newId(),
        s.id(),
        s.key(),
        q.id(),
        q.principle(),
        s.mode(),
        kind,
        s.level(),
        text,
        a.score(),
        a.spokenSeconds(),
        a.targetSeconds(),
        replyMillis,
        a.findings(),
        at);
  }

  String newId() {
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }

  /** Milliseconds from the session's last prompt to {@code now}, never negative. */
  static long replyMillis(PracticeSession s, Instant now) {
    return Math.max(0, Duration.between(s.promptedAt(), now).toMillis());
  }
}
