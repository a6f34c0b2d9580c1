package dev.starcoach.discord;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.stats.Leaderboard;
import dev.starcoach.core.stats.PersonStats;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Renders {@code /stats} (with the trend chart attached) and {@code /leaderboard}. */
public final class ProgressRenderer {
  /** The chart's file name; the embed shows it as {@code attachment://trend.png}. */
  public static final String CHART_FILE = "trend.png";

  /** At most this many lines on a board. */
  public static final int BOARD_LINES = 20;

  private static final int COLOR = 0x0EA5E9;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final List<String> MEDALS = List.of("🥇", "🥈", "🥉");

  /**
   * A person's stats.
   *
   * @param chart the trend chart PNG, or null to leave it out
   * @param zone the zone the streak was counted in
   * @param postingDays the days the streak counts (the engine's, Monday to Friday by default)
   */
  public MessageCreateData stats(
      PersonStats stats, byte[] chart, ZoneId zone, Set<DayOfWeek> postingDays) {
    EmbedBuilder e = new EmbedBuilder().setTitle("Your progress").setColor(COLOR);
    if (stats.answers() == 0) {
      e.setDescription(
          "Nothing scored yet. Start with `/practice`, or press **Answer** on a daily question;"
              + " your sessions, averages, streak and trend show up here.");
      return base().setEmbeds(e.build()).build();
    }
    e.setDescription(
        "**"
            + stats.sessions()
            + "** session"
            + (stats.sessions() == 1 ? "" : "s")
            + " · **"
            + stats.answers()
            + "** scored answer"
            + (stats.answers() == 1 ? "" : "s"));
    e.addField(
        "Streak",
        "🔥 **"
            + stats.streak()
            + "** scheduled day"
            + (stats.streak() == 1 ? "" : "s")
            + " in a row\n(days in "
            + zone.getId()
            + ", "
            + DailyRenderer.days(postingDays)
            + ")",
        true);
    e.addField("Weakest step", weakest(stats), true);
    e.addField("Average per step", averages(stats), false);
    MessageCreateBuilder builder = base();
    if (chart != null) {
      e.setImage("attachment://" + CHART_FILE);
      builder.setFiles(FileUpload.fromData(chart, CHART_FILE));
    }
    return builder.setEmbeds(e.build()).build();
  }

  private static String weakest(PersonStats stats) {
    if (stats.weakestKind() == null) {
      return "Not enough step-by-step answers yet (try a guided or drill practice).";
    }
    String text = "**" + label(stats.weakestKind()) + "**";
    if (stats.weakestIssue() != null) {
      text += "\nmost frequent issue: `" + stats.weakestIssue().id() + "`";
    }
    return text;
  }

  private static String averages(PersonStats stats) {
    StringBuilder table = new StringBuilder("```\n");
    for (AnswerKind kind : AnswerKind.values()) {
      Integer average = stats.averageByKind().get(kind);
      if (average == null) {
        continue;
      }
      String label = label(kind);
      table
          .append(label)
          .append(" ".repeat(Math.max(1, 14 - label.length())))
          .append(Markup.cells(average))
          .append(String.format(Locale.ROOT, " %3d", average))
          .append('\n');
    }
    return table.append("```").toString();
  }

  private static String label(AnswerKind kind) {
    return kind.step()
        .map(Step::label)
        .orElse(kind == AnswerKind.PROBE ? "Follow-ups" : "Whole answers");
  }

  /**
   * A week's board: rank, member (a mention that cannot ping), points, days answered and best
   * score.
   *
   * @param channel true for one channel's board, false for the server's
   */
  public MessageCreateData leaderboard(Leaderboard.Week week, boolean channel, int weeksAgo) {
    String when =
        weeksAgo == 0 ? "this week" : weeksAgo == 1 ? "last week" : weeksAgo + " weeks ago";
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle(
                (channel ? "Channel" : "Server")
                    + " leaderboard · week of "
                    + week.weekStart().format(DAY))
            .setColor(COLOR)
            .setFooter(
                "Weeks start on Monday in "
                    + week.zone().getId()
                    + ". A day answered earns 10 points plus a tenth of that day's best score.");
    if (week.standings().isEmpty()) {
      e.setDescription(
          "Nobody scored an answer here "
              + when
              + (weeksAgo == 0
                  ? " yet. Answer the daily question or run `/practice` to get on the board."
                  : "."));
      return base().setEmbeds(e.build()).build();
    }
    StringBuilder lines = new StringBuilder();
    int shown = 0;
    for (Leaderboard.Standing s : week.standings()) {
      if (shown == BOARD_LINES) {
        lines.append("…and ").append(week.standings().size() - shown).append(" more");
        break;
      }
      String rank = s.rank() <= MEDALS.size() ? MEDALS.get(s.rank() - 1) : s.rank() + ".";
      lines
          .append(rank)
          .append(" <@")
          .append(s.person().userId())
          .append("> · **")
          .append(s.points())
          .append("** pts · ")
          .append(s.daysAnswered())
          .append(s.daysAnswered() == 1 ? " day" : " days")
          .append(" · best ")
          .append(s.bestScore())
          .append('\n');
      shown++;
    }
    e.setDescription(Markup.clip(lines.toString().strip(), 4000));
    return base().setEmbeds(e.build()).build();
  }

  private static MessageCreateBuilder base() {
    return new MessageCreateBuilder().setAllowedMentions(List.of()).mentionRepliedUser(false);
  }
}
