package dev.starcoach.core.engine;

import dev.starcoach.core.content.Question;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import java.util.ArrayList;
import java.util.List;

/** The summary table that ends a guided or drill practice. */
final class Summaries {
  private Summaries() {}

  static CoachReply.SessionSummary of(PracticeSession s, Question q, boolean completed) {
    List<CoachReply.SummaryRow> rows = new ArrayList<>();
    int total = 0;
    int scored = 0;
    double spoken = 0;
    for (RecordedAnswer a : s.answers()) {
      rows.add(
          new CoachReply.SummaryRow(
              a.prompt(), a.score(), a.spokenSeconds(), a.targetSeconds(), a.replyMillis()));
      if (!a.skipped()) {
        total += a.score();
        scored++;
        spoken += a.spokenSeconds();
      }
    }
    int average = scored == 0 ? 0 : Math.round((float) total / scored);
    return new CoachReply.SessionSummary(
        q, s.mode(), s.level(), rows, average, spoken, q.totalBudgetSeconds(s.level()), completed);
  }
}
