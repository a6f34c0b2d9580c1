package dev.starcoach.core.session;

import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.Finding;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One answer kept in a session, with what it answered, how long it took and how it was judged.
 *
 * @param prompt the step's name or the probe question it answered
 * @param text what the person typed (empty for a skipped step)
 * @param score the 0-100 score, or -1 when skipped
 * @param replyMillis time from the prompt to the answer
 * @param verdict the verdict band of the score (No Hire for a skipped answer)
 * @param findings the findings that explain the score, so verdicts never score an answer again
 * @param reasons the assessment's one-line reasons
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
    boolean skipped,
    Verdict verdict,
    List<Finding> findings,
    List<String> reasons) {
  public RecordedAnswer {
    findings = List.copyOf(findings);
    reasons = List.copyOf(reasons);
  }

  /** A scored answer, keeping its assessment. */
  public static RecordedAnswer scored(
      AnswerKind kind,
      int position,
      String prompt,
      String text,
      Assessment a,
      long replyMillis,
      Instant answeredAt) {
    return new RecordedAnswer(
        kind,
        position,
        prompt,
        text,
        a.score(),
        a.spokenSeconds(),
        a.targetSeconds(),
        replyMillis,
        answeredAt,
        false,
        a.verdict(),
        a.findings(),
        a.reasons());
  }

  /** A skipped step or probe. */
  public static RecordedAnswer skipped(
      AnswerKind kind,
      int position,
      String prompt,
      int targetSeconds,
      long replyMillis,
      Instant answeredAt) {
    return new RecordedAnswer(
        kind,
        position,
        prompt,
        "",
        -1,
        0,
        targetSeconds,
        replyMillis,
        answeredAt,
        true,
        Verdict.NO_HIRE,
        List.of(),
        List.of());
  }

  /** The assessment as it was made (without segments), or empty for a skipped answer. */
  public Optional<Assessment> assessment() {
    if (skipped) {
      return Optional.empty();
    }
    return Optional.of(
        new Assessment(score, verdict, spokenSeconds, targetSeconds, findings, List.of(), reasons));
  }
}
