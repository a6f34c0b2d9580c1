package dev.starcoach.core.session;

import dev.starcoach.core.scoring.AnswerKind;
import java.time.Instant;

/**
 * One answer kept in a session, with what it answered and how long it took.
 *
 * @param prompt the step's name or the probe question it answered
 * @param text what the person typed (empty for a skipped step)
 * @param score the 0-100 score, or -1 when skipped
 * @param replyMillis time from the prompt to the answer
 */
public record RecordedAnswer(
    AnswerKind kind,
    int position,
    String prompt,
    String text,
    int score,
    double spokenSeconds,
    int targetSeconds,
    long replyMillis,
    Instant answeredAt,
    boolean skipped) {}
