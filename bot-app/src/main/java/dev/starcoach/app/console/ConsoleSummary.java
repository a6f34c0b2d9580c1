package dev.starcoach.app.console;

import dev.starcoach.core.engine.CoachReply.SessionSummary;
import dev.starcoach.core.engine.CoachReply.SummaryRow;
import dev.starcoach.core.session.SessionMode;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The table that ends a guided or drill practice, as terminal text. */
final class ConsoleSummary {
  private final UnaryOperator<String> bold;
  private final UnaryOperator<String> dim;

  ConsoleSummary(UnaryOperator<String> bold, UnaryOperator<String> dim) {
    this.bold = bold;
    this.dim = dim;
  }

  String of(SessionSummary r) {
    StringBuilder out =
        new StringBuilder(
            bold.apply(
                (r.completed() ? "Summary" : "Stopped early")
                    + " — "
                    + r.mode().id()
                    + " · "
                    + r.level().label()));
    out.append("\n  ").append(ConsoleText.pad("Step", 11)).append(" Score  Spoken  Target  Reply");
    for (SummaryRow row : r.rows()) {
      out.append("\n  ").append(ConsoleText.pad(row.label(), 11));
      if (row.skipped()) {
        out.append(
            String.format(
                Locale.ROOT,
                " %5s  %6s  %4d s  %5s",
                "skip",
                "-",
                row.targetSeconds(),
                ConsoleText.clock(row.replyMillis())));
      } else {
        out.append(
            String.format(
                Locale.ROOT,
                " %5d  %6s  %4d s  %5s",
                row.score(),
                ConsoleText.seconds(row.spokenSeconds()),
                row.targetSeconds(),
                ConsoleText.clock(row.replyMillis())));
      }
    }
    boolean anyScored = r.rows().stream().anyMatch(row -> !row.skipped());
    if (!anyScored) {
      out.append("\n  No step was answered, so there is no score yet.");
      return out.toString();
    }
    out.append("\n  Average ")
        .append(r.averageScore())
        .append("/100 · spoken ≈ ")
        .append(ConsoleText.seconds(r.spokenSeconds()))
        .append(" of a ")
        .append(r.budgetSeconds())
        .append(" s budget");
    if (r.mode() != SessionMode.MOCK) {
      out.append(
          dim.apply(
              "\n  Next: /practice mock "
                  + r.question().id()
                  + " to tell it in one go, or /quiz."));
    }
    return out.toString();
  }
}
