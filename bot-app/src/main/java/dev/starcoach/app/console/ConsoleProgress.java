package dev.starcoach.app.console;

import dev.starcoach.core.content.Step;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The console's text for a person's stats and a weekly leaderboard. */
final class ConsoleProgress {
  private final UnaryOperator<String> bold;
  private final UnaryOperator<String> dim;

  ConsoleProgress(UnaryOperator<String> bold, UnaryOperator<String> dim) {
    this.bold = bold;
    this.dim = dim;
  }

  /** The console's stats text, with the path of the chart PNG. */
  String stats(dev.starcoach.core.stats.PersonStats stats, String chartPath) {
    if (stats.answers() == 0) {
      return "No answers yet. Start with /practice: your stats build up as you practise.";
    }
    StringBuilder out =
        new StringBuilder(
            bold.apply("Your progress")
                + "\n  Sessions "
                + stats.sessions()
                + " · answers "
                + stats.answers()
                + " · streak "
                + stats.streak()
                + " day"
                + (stats.streak() == 1 ? "" : "s"));
    stats
        .averageByKind()
        .forEach(
            (kind, avg) ->
                out.append("\n  ")
                    .append(ConsoleText.pad(label(kind), 11))
                    .append(String.format(Locale.ROOT, "%3d/100 ", avg))
                    .append(ConsoleText.bar(avg)));
    if (stats.weakestKind() != null) {
      out.append("\n  Weakest step: ").append(label(stats.weakestKind()));
      if (stats.weakestIssue() != null) {
        out.append(" (most frequent issue: ").append(stats.weakestIssue().id()).append(")");
      }
    }
    out.append("\n  Weekly trend:");
    for (dev.starcoach.core.stats.PersonStats.WeekPoint p : stats.trend()) {
      out.append("\n    ")
          .append(p.weekStart())
          .append("  ")
          .append(p.answers() == 0 ? "  -" : String.format(Locale.ROOT, "%3d", p.averageScore()))
          .append(dim.apply("  (" + p.answers() + " answers)"));
    }
    out.append("\n  Chart: ").append(chartPath);
    return out.toString();
  }

  /** The console's weekly leaderboard. */
  String leaderboard(dev.starcoach.core.stats.Leaderboard.Week week, int weeksAgo) {
    String when =
        weeksAgo == 0 ? "this week" : weeksAgo == 1 ? "last week" : weeksAgo + " weeks ago";
    String zone =
        week.zone().normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : week.zone().getId();
    StringBuilder out =
        new StringBuilder(
            bold.apply(
                "Leaderboard · " + when + ", week of " + week.weekStart() + " (" + zone + ")"));
    if (week.standings().isEmpty()) {
      return out.append(
              weeksAgo == 0
                  ? "\n  Nobody has answered this week yet."
                  : "\n  Nobody answered that week.")
          .toString();
    }
    for (dev.starcoach.core.stats.Leaderboard.Standing s : week.standings()) {
      out.append(
          String.format(
              Locale.ROOT,
              "\n  %2d. %-16s %3d pts · %d day%s · best %d",
              s.rank(),
              s.person().userId(),
              s.points(),
              s.daysAnswered(),
              s.daysAnswered() == 1 ? "" : "s",
              s.bestScore()));
    }
    return out.append(
            dim.apply("\n  10 points a day you answer, plus a tenth of that day's best score."))
        .toString();
  }

  private static String label(dev.starcoach.core.scoring.AnswerKind kind) {
    return kind.step()
        .map(Step::label)
        .orElse(kind == dev.starcoach.core.scoring.AnswerKind.FULL ? "Full" : "Probe");
  }
}
