package dev.starcoach.core.store;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import java.time.Instant;
import java.util.List;

/** One scored answer as kept in the history behind stats, export and leaderboards. */
public record ScoredAnswer(
    String id,
    String sessionId,
    SessionKey key,
    String questionId,
    Principle principle,
    SessionMode mode,
    AnswerKind kind,
    Level level,
    String text,
    int score,
    double spokenSeconds,
    int targetSeconds,
    long replyMillis,
    List<Finding> findings,
    Instant answeredAt) {
  public ScoredAnswer {
    findings = List.copyOf(findings);
  }
}
