package dev.starcoach.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static dev.starcoach.slack.KitParts.addMarkdown;
import static dev.starcoach.slack.KitParts.note;
import static dev.starcoach.slack.SlackText.escape;
import static dev.starcoach.slack.SlackText.truncate;

import com.slack.api.model.block.LayoutBlock;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyPost;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.daily.DailyRequest;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.core.scoring.ScoreBand;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Renders daily questions as Block Kit: the channel post, the answers to {@code /star daily}, the
 * public note in the thread and the head of the private feedback. Pure: no I/O. Only the mention
 * the schedule carries (checked by {@link Mentions#safe}) is posted unescaped.
 */
final class DailyRenderer {
  private static final DateTimeFormatter NEXT =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

  /** The daily post for a channel. */
  SlackPost post(DailyPost post, DailyThreads.DailyRef ref) {
    Question q = post.question();
    DailySchedule schedule = post.schedule();
    Optional<String> mention = Mentions.safe(schedule.mention());
    List<LayoutBlock> b = new ArrayList<>();
    String head =
        mention.map(m -> m + " ").orElse("")
            + ":sunrise: *Daily question*"
            + (post.catchUp() ? "  _(posted late: I was offline at the usual time)_" : "");
    addMarkdown(b, head);
    b.add(
        section(
            s ->
                s.blockId(ref.encode())
                    .text(markdownText(truncate("*" + escape(q.text()) + "*", 2900)))));
    b.add(
        note(
            escape(q.principle().displayName())
                + " · level "
                + escape(schedule.level().label())
                + " · about "
                + q.totalBudgetSeconds(schedule.level())
                + " s spoken · question `"
                + escape(q.id())
                + "`"));
    b.add(
        actions(
            a ->
                a.elements(
                    List.of(
                        button(
                            x ->
                                x.actionId(ActionIds.DAILY_PRACTICE)
                                    .text(plainText("Practise privately"))
                                    .style("primary")
                                    .value(ref.encode()))))));
    b.add(
        note(
            "Answer in this thread with your whole story, in STAR order. I'll send you the full"
                + " feedback privately; the thread only sees a short note on how it went."));
    String text =
        mention.map(m -> m + " ").orElse("") + "Daily question: " + escape(truncate(q.text(), 250));
    return new SlackPost(text, b);
  }

  /** The short, public note in the thread: the band only, never the findings. */
  SlackPost bandNote(Optional<String> name, ScoreBand band) {
    String who = name.map(n -> ", " + escape(truncate(n, 60))).orElse("");
    String line =
        "Thanks for answering"
            + who
            + "! This one reads as *"
            + escape(band.label())
            + "*: "
            + escape(band.description())
            + ". The full feedback went to you privately.";
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, line);
    return new SlackPost(truncate(line.replace("*", ""), 300), b);
  }

  /** The first block of the private feedback on a thread answer. */
  SlackPost feedbackHead(String channel, Optional<Question> question) {
    StringBuilder s = new StringBuilder(":memo: *Your answer to the daily question in <#");
    s.append(escape(channel)).append(">*");
    question.ifPresent(q -> s.append("\n_").append(escape(truncate(q.text(), 300))).append("_"));
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, s.toString());
    b.add(
        note(
            "Only you see this feedback. Practise the question again with `/star practice mock "
                + escape(question.map(Question::id).orElse(""))
                + "`."));
    return new SlackPost("Feedback on your daily answer", b);
  }

  /**
   * What {@code /star daily} did, for the person who ran it: one method per kind of result,
   * dispatched by the core's visitor, so a new kind does not compile until it is shown here.
   */
  SlackPost result(DailyAdmin.Result result) {
    return result.accept(
        new DailyAdmin.Result.Visitor<SlackPost>() {
          @Override
          public SlackPost schedule(DailyAdmin.Result.Schedule r) {
            return DailyRenderer.schedule(r);
          }

          @Override
          public SlackPost noSchedule(DailyAdmin.Result.NoSchedule none) {
            List<LayoutBlock> b = new ArrayList<>();
            addMarkdown(
                b,
                "No daily question in this channel yet. An admin can set one, e.g."
                    + " `/star daily set 09:00 Europe/Berlin mon-fri`.");
            return new SlackPost("No daily question here yet", b);
          }

          @Override
          public SlackPost posted(DailyAdmin.Result.Posted r) {
            return DailyRenderer.posted(r.outcome());
          }

          @Override
          public SlackPost placeShown(DailyAdmin.Result.PlaceShown r) {
            return DailyRenderer.placeShown(r);
          }

          @Override
          public SlackPost refused(DailyAdmin.Result.Refused r) {
            String message = slashed(r.message());
            List<LayoutBlock> b = new ArrayList<>();
            addMarkdown(b, ":no_entry: " + escape(message));
            b.add(
                note(
                    "Usage: `/star "
                        + escape(DailyRequest.USAGE).replace(" | ", "` | `/star ")
                        + "`"));
            return new SlackPost(truncate(escape(message), 300), b);
          }
        });
  }

  private static SlackPost schedule(DailyAdmin.Result.Schedule r) {
    DailySchedule s = r.schedule();
    String title;
    if (!r.changed()) {
      title = s.enabled() ? "*Daily question in this channel*" : "*Daily question (paused)*";
    } else {
      title =
          s.enabled()
              ? ":white_check_mark: *Daily question set*"
              : ":double_vertical_bar: *Daily question paused*";
    }
    StringBuilder t = new StringBuilder(title);
    t.append("\n*When:* ")
        .append(s.time())
        .append(" ")
        .append(escape(s.zone().getId()))
        .append(", ")
        .append(days(s))
        .append("\n*Principles:* ")
        .append(
            s.rotatesAllPrinciples()
                ? "all 16 in turn"
                : escape(s.principle().displayName()) + " only")
        .append("\n*Level:* ")
        .append(escape(s.level().label()))
        .append("\n*Mention:* ")
        .append(escape(Mentions.describe(s.mention())))
        .append("\n*Next post:* ")
        .append(
            r.next() == null
                ? "none while paused (`/star daily set …` switches it back on)"
                : next(r.next()));
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, t.toString());
    if (r.changed() && s.enabled()) {
      b.add(
          note(
              "I must be a member of this channel to post and to read the answers:"
                  + " `/invite @STAR Coach`."));
    }
    return new SlackPost(title.replace("*", "").replaceFirst("^:[a-z_]+: ", ""), b);
  }

  private static SlackPost posted(DailyQuestionService.Outcome o) {
    List<LayoutBlock> b = new ArrayList<>();
    String id = escape(truncate(o.questionId() == null ? "?" : o.questionId(), 100));
    String text =
        switch (o.action()) {
          case POSTED, CAUGHT_UP -> {
            addMarkdown(
                b,
                "Posted today's question (`"
                    + id
                    + "`) in this channel. Answers go in its thread.");
            yield "Posted the daily question";
          }
          case FAILED -> {
            addMarkdown(
                b,
                ":warning: I could not post here. Invite me first (`/invite @STAR Coach`), then"
                    + " try again.");
            if (o.detail() != null && !o.detail().isBlank()) {
              b.add(note("Slack said: " + escape(truncate(o.detail(), 300))));
            }
            yield "I could not post the daily question";
          }
          case SKIPPED_TOO_LATE, CLAIMED_ELSEWHERE -> {
            addMarkdown(b, "Nothing was posted: today's question is already taken care of.");
            yield "Nothing was posted";
          }
        };
    return new SlackPost(text, b);
  }

  private static SlackPost placeShown(DailyAdmin.Result.PlaceShown r) {
    PlaceSettings settings = r.settings();
    String title =
        r.changed() ? ":white_check_mark: *Channel settings updated*" : "*This channel's settings*";
    StringBuilder t = new StringBuilder(title);
    t.append("\n*Daily admins:* workspace admins and owners");
    if (settings.admins().isEmpty()) {
      t.append(" only");
    } else {
      List<String> admins =
          settings.admins().stream()
              .sorted()
              .map(id -> escape(Mentions.describeAdmin(id)))
              .toList();
      t.append(", and ").append(String.join(", ", admins.subList(0, Math.min(admins.size(), 50))));
      if (admins.size() > 50) {
        t.append(" and ").append(admins.size() - 50).append(" more");
      }
    }
    t.append("\n*Time zone:* ");
    if (settings.zone() != null) {
      t.append(escape(settings.zone().getId()));
    } else if (r.effectiveZone() != null) {
      t.append("not set: the daily question's zone is used (")
          .append(escape(r.effectiveZone().getId()))
          .append(")");
    } else {
      t.append("not set: UTC");
    }
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, t.toString());
    b.add(
        note(
            "The time zone sets when this channel's leaderboard week starts and is the default"
                + " for members' streaks. Admins change it with `/star daily zone Area/City`;"
                + " workspace admins change the list with `/star daily admins add|remove"
                + " @person|@group`."));
    return new SlackPost(title.replace("*", "").replaceFirst("^:[a-z_]+: ", ""), b);
  }

  /** The core's messages name the text grammar ("with: daily show"); on Slack it is a command. */
  private static String slashed(String message) {
    return message.replace("with: daily ", "with: /star daily ");
  }

  /** Said when {@code daily} is run outside a channel. */
  SlackPost onlyInChannels() {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, "Run `/star daily` in the channel that should get the daily question.");
    return new SlackPost("Run /star daily in a channel", b);
  }

  /** A refused {@code --mention}. */
  SlackPost refused(String message) {
    return result(new DailyAdmin.Result.Refused(message));
  }

  static String next(ZonedDateTime at) {
    return at.format(NEXT) + " (" + escape(at.getZone().getId()) + ")";
  }

  /** Posting days compactly: {@code Mon–Fri}, {@code every day} or {@code Mon, Wed, Fri}. */
  static String days(DailySchedule s) {
    return days(s.weekdays());
  }

  /**
   * Days compactly: {@code Mon–Fri}, {@code every day}, {@code Mon, Wed, Fri} or {@code no day}.
   */
  static String days(Set<DayOfWeek> days) {
    if (days.size() == 7) {
      return "every day";
    }
    if (days.isEmpty()) {
      return "no day";
    }
    List<DayOfWeek> list = days.stream().sorted().toList();
    boolean consecutive = list.size() > 2;
    for (int i = 1; i < list.size() && consecutive; i++) {
      consecutive = list.get(i).getValue() == list.get(i - 1).getValue() + 1;
    }
    if (consecutive) {
      return name(list.get(0)) + "–" + name(list.get(list.size() - 1));
    }
    return String.join(", ", list.stream().map(DailyRenderer::name).toList());
  }

  private static String name(DayOfWeek d) {
    return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
