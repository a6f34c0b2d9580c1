package dev.starcoach.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.view.Views.view;
import static dev.starcoach.slack.KitParts.addMarkdown;
import static dev.starcoach.slack.KitParts.note;
import static dev.starcoach.slack.SlackText.escape;
import static dev.starcoach.slack.SlackText.truncate;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.stats.Leaderboard;
import dev.starcoach.core.stats.PersonStats;
import dev.starcoach.core.stats.TrendChart;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders progress as Block Kit: the stats card (with its trend chart as a file for the DM), the
 * weekly leaderboard, and the App Home tab. No I/O but the viewer's name lookup. Names are escaped
 * and never written as mentions.
 */
final class ProgressRenderer {
  /** How many lines a leaderboard shows. */
  static final int BOARD_SIZE = 10;

  /** The name of the uploaded trend chart. */
  static final String CHART_FILE = "star-trend.png";

  private static final DateTimeFormatter WEEK =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  /** The stats card; with answers, it carries the trend chart to upload to the member's DM. */
  SlackPost stats(CoachReply.StatsCard card) {
    PersonStats s = card.stats();
    List<LayoutBlock> b = new ArrayList<>();
    b.add(header(h -> h.text(plainText("Your STAR progress"))));
    if (s.answers() == 0) {
      addMarkdown(
          b,
          "No answers yet. Start with `/star practice`, or answer a daily question in its thread:"
              + " your stats show up here.");
      return new SlackPost("Your STAR progress: no answers yet", b);
    }
    addFigures(b, s);
    b.add(note(zoneNote(card)));
    SlackFile chart =
        new SlackFile(
            CHART_FILE,
            "Your weekly average score",
            TrendChart.png(s),
            "Your weekly average score over the last " + s.trend().size() + " weeks.",
            "your trend chart");
    return new SlackPost(
        "Your STAR progress: " + s.sessions() + " sessions, streak " + days(s.streak()),
        b,
        Optional.of(chart),
        false);
  }

  /** A weekly board: the top {@value #BOARD_SIZE} by name, and the viewer's line when lower. */
  SlackPost leaderboard(CoachReply.LeaderboardCard card, Viewer viewer) {
    Leaderboard.Week week = card.week();
    int weeksAgo = card.weeksAgo();
    String when =
        weeksAgo == 0 ? "this week" : weeksAgo == 1 ? "last week" : weeksAgo + " weeks ago";
    StringBuilder s =
        new StringBuilder("*Leaderboard — ")
            .append(card.channelOnly() ? "this channel" : "the workspace")
            .append(", ")
            .append(when)
            .append("*\nWeek of ")
            .append(week.weekStart().format(WEEK))
            .append(" (")
            .append(escape(zoneName(week.zone())))
            .append(")");
    if (week.standings().isEmpty()) {
      s.append("\nNo answers ").append(weeksAgo == 0 ? "yet this week." : "that week.");
    }
    Leaderboard.Standing mine = null;
    for (Leaderboard.Standing st : week.standings()) {
      if (st.rank() <= BOARD_SIZE) {
        s.append("\n").append(line(st, viewer));
      } else if (mine == null && viewer.is(st.person())) {
        mine = st;
      }
    }
    if (mine != null) {
      s.append("\n…\n").append(line(mine, viewer));
    }
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, s.toString());
    String older =
        weeksAgo < dev.starcoach.core.place.LeaderboardRange.MAX_WEEKS_AGO
            ? " Older weeks: `/star leaderboard "
                + (card.channelOnly() ? "channel" : "workspace")
                + " "
                + (weeksAgo + 1)
                + "`."
            : "";
    b.add(
        note(
            "10 points for each day you answer, plus a tenth of that day's best score. Weeks"
                + " start on Monday."
                + older));
    return new SlackPost("Leaderboard, " + when, b);
  }

  /** The App Home's part of a stats card: the figures, without the chart. */
  List<LayoutBlock> homeStats(CoachReply.StatsCard card) {
    List<LayoutBlock> b = new ArrayList<>();
    if (card.stats().answers() == 0) {
      addMarkdown(
          b,
          "No answers yet. Start a practice below or with `/star practice`: I'll keep your"
              + " scores here.");
      return b;
    }
    addFigures(b, card.stats());
    b.add(note(zoneNote(card)));
    return b;
  }

  /** The App Home's part of a board: the viewer's own standing, if they are on it. */
  List<LayoutBlock> homeStanding(CoachReply.LeaderboardCard card, Viewer viewer) {
    List<LayoutBlock> b = new ArrayList<>();
    List<Leaderboard.Standing> all = card.week().standings();
    all.stream()
        .filter(st -> viewer.is(st.person()))
        .findFirst()
        .ifPresent(
            st ->
                addMarkdown(
                    b,
                    ":trophy: *This week in the "
                        + (card.channelOnly() ? "channel" : "workspace")
                        + ":* #"
                        + st.rank()
                        + " of "
                        + all.size()
                        + " · "
                        + st.points()
                        + " points · "
                        + days(st.daysAnswered())));
    return b;
  }

  /** The App Home tab around what the engine said (the stats, the standing, any problem). */
  View home(List<LayoutBlock> body) {
    List<LayoutBlock> b = new ArrayList<>();
    b.add(header(h -> h.text(plainText("Your STAR practice"))));
    b.addAll(body);
    b.add(divider());
    b.add(
        actions(
            a ->
                a.elements(
                    List.of(
                        homeButton(SessionMode.GUIDED, "Guided practice"),
                        homeButton(SessionMode.DRILL, "Drill"),
                        homeButton(SessionMode.MOCK, "Mock interview"),
                        homeButton(SessionMode.QUIZ, "Quiz")))));
    b.add(
        note(
            "Practices run in our Messages tab. `/star stats` sends your trend chart;"
                + " `/star help` lists everything."));
    return view(v -> v.type("home").blocks(b));
  }

  private static void addFigures(List<LayoutBlock> b, PersonStats s) {
    b.add(section(x -> x.fields(figures(s))));
    addMarkdown(b, averages(s));
    if (s.weakestKind() != null) {
      String issue =
          s.weakestIssue() == null
              ? ""
              : "; its most frequent issue is `" + escape(s.weakestIssue().id()) + "`";
      addMarkdown(b, ":dart: *Work on:* " + label(s.weakestKind()) + issue + ".");
    }
  }

  private static List<TextObject> figures(PersonStats s) {
    List<TextObject> fields = new ArrayList<>();
    fields.add(markdownText("*Sessions*\n" + s.sessions()));
    fields.add(markdownText("*Answers*\n" + s.answers()));
    fields.add(markdownText("*Streak*\n" + days(s.streak())));
    fields.add(
        markdownText(
            "*Weakest step*\n"
                + (s.weakestKind() == null ? "not enough answers" : label(s.weakestKind()))));
    return fields;
  }

  private static String averages(PersonStats s) {
    StringBuilder t = new StringBuilder("*Average score per step*");
    for (Step step : Step.values()) {
      Integer avg = s.averageByKind().get(AnswerKind.of(step));
      t.append("\n")
          .append(step.label())
          .append(": ")
          .append(avg == null ? "—" : avg + "/100 " + FeedbackBlocks.meter(avg));
    }
    Integer full = s.averageByKind().get(AnswerKind.FULL);
    if (full != null) {
      t.append("\nMock and daily full answers: ").append(full).append("/100");
    }
    Integer probe = s.averageByKind().get(AnswerKind.PROBE);
    if (probe != null) {
      t.append("\nFollow-up probes: ").append(probe).append("/100");
    }
    return t.toString();
  }

  private static String line(Leaderboard.Standing st, Viewer viewer) {
    return "*"
        + st.rank()
        + ".* "
        + escape(truncate(viewer.nameOf(st.person()), 60))
        + " — "
        + st.points()
        + " pts · "
        + days(st.daysAnswered())
        + " · best "
        + st.bestScore()
        + (viewer.is(st.person()) ? " (you)" : "");
  }

  /** Where the streak's days are counted, and which days count. */
  private static String zoneNote(CoachReply.StatsCard card) {
    return "Days are counted in "
        + escape(zoneName(card.zone()))
        + "; the streak counts "
        + DailyRenderer.days(card.postingDays())
        + ". Set your own zone with `/star timezone Area/City`.";
  }

  /** The zone's IANA id, or {@code UTC}. */
  static String zoneName(ZoneId zone) {
    return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
  }

  private static String label(AnswerKind kind) {
    return kind.step().map(Step::label).orElse(kind.id());
  }

  private static String days(int n) {
    return n + (n == 1 ? " day" : " days");
  }

  private static ButtonElement homeButton(SessionMode mode, String label) {
    return button(
        x -> x.actionId(ActionIds.HOME_START + mode.id()).text(plainText(label)).value(mode.id()));
  }
}
