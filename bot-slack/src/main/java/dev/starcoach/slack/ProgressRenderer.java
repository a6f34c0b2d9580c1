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
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.stats.Leaderboard;
import dev.starcoach.core.stats.PersonStats;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders progress as Block Kit: {@code /star stats}, {@code /star leaderboard} and the App Home
 * tab. Pure: no I/O. Names are escaped and never written as mentions.
 */
final class ProgressRenderer {
  /** How many lines a leaderboard shows. */
  static final int BOARD_SIZE = 10;

  private static final DateTimeFormatter WEEK =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  /** A person's place on this week's workspace board, for the App Home. */
  record Standing(int rank, int of, int points, int days) {}

  /** The reply to {@code /star stats}; {@code chartNote} says where the chart went (or null). */
  SlackPost stats(PersonStats s, ZoneId zone, String chartNote) {
    List<LayoutBlock> b = new ArrayList<>();
    b.add(header(h -> h.text(plainText("Your STAR progress"))));
    if (s.answers() == 0) {
      addMarkdown(
          b,
          "No answers yet. Start with `/star practice`, or answer a daily question in its thread:"
              + " your stats show up here.");
      return new SlackPost("Your STAR progress: no answers yet", b);
    }
    b.add(section(x -> x.fields(figures(s))));
    addMarkdown(b, averages(s));
    if (s.weakestKind() != null) {
      String issue =
          s.weakestIssue() == null
              ? ""
              : "; its most frequent issue is `" + s.weakestIssue().id() + "`";
      addMarkdown(b, ":dart: *Work on:* " + label(s.weakestKind()) + issue + ".");
    }
    b.add(note(zoneNote(zone)));
    if (chartNote != null) {
      b.add(note(chartNote));
    }
    return new SlackPost(
        "Your STAR progress: " + s.sessions() + " sessions, streak " + days(s.streak()), b);
  }

  /** The reply to {@code /star leaderboard}. */
  SlackPost leaderboard(
      Leaderboard.Week week,
      String scopeWord,
      String scope,
      int weeksAgo,
      Map<PersonId, String> names,
      PersonId me) {
    List<LayoutBlock> b = new ArrayList<>();
    String when =
        weeksAgo == 0 ? "this week" : weeksAgo == 1 ? "last week" : weeksAgo + " weeks ago";
    String title =
        "*Leaderboard — "
            + escape(scope)
            + ", "
            + when
            + "*\nWeek of "
            + week.weekStart().format(WEEK)
            + " ("
            + escape(zoneName(week.zone()))
            + ")";
    StringBuilder s = new StringBuilder(title);
    if (week.standings().isEmpty()) {
      s.append("\nNo answers ").append(weeksAgo == 0 ? "yet this week." : "that week.");
    }
    Leaderboard.Standing mine = null;
    for (Leaderboard.Standing st : week.standings()) {
      if (st.person().equals(me)) {
        mine = st;
      }
      if (st.rank() <= BOARD_SIZE) {
        s.append("\n").append(line(st, names));
      }
    }
    if (mine != null && mine.rank() > BOARD_SIZE) {
      s.append("\n…\n").append(line(mine, names)).append(" (you)");
    }
    addMarkdown(b, s.toString());
    b.add(
        note(
            "10 points for each day you answer, plus a tenth of that day's best score. Weeks"
                + " start on Monday. Older weeks: `/star leaderboard "
                + escape(scopeWord)
                + " "
                + (weeksAgo + 1)
                + "`."));
    return new SlackPost("Leaderboard, " + when, b);
  }

  /** The App Home tab. */
  View home(PersonStats s, ZoneId zone, Optional<Standing> standing) {
    List<LayoutBlock> b = new ArrayList<>();
    b.add(header(h -> h.text(plainText("Your STAR practice"))));
    if (s.answers() == 0) {
      addMarkdown(
          b,
          "No answers yet. Start a practice below or with `/star practice`: I'll keep your"
              + " scores here.");
    } else {
      b.add(section(x -> x.fields(figures(s))));
      addMarkdown(b, averages(s));
      standing.ifPresent(
          st ->
              addMarkdown(
                  b,
                  ":trophy: *This week in the workspace:* #"
                      + st.rank()
                      + " of "
                      + st.of()
                      + " · "
                      + st.points()
                      + " points · "
                      + days(st.days())));
      b.add(note(zoneNote(zone)));
    }
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

  private static String line(Leaderboard.Standing st, Map<PersonId, String> names) {
    String name = names.getOrDefault(st.person(), st.person().userId());
    return "*"
        + st.rank()
        + ".* "
        + escape(truncate(name, 60))
        + " — "
        + st.points()
        + " pts · "
        + days(st.daysAnswered())
        + " · best "
        + st.bestScore();
  }

  private static String zoneNote(ZoneId zone) {
    return "Days are counted in "
        + escape(zoneName(zone))
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
