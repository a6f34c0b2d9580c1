package dev.starcoach.discord;

import dev.starcoach.core.content.Question;
import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyPost;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.core.scoring.ScoreBand;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders daily questions: the post (the only message that may mention anyone, and then exactly the
 * schedule's mention), its thread name, the public score-band note, and the results of {@code
 * /daily}. Everything else allows no mentions.
 */
public final class DailyRenderer {
  private static final int COLOR_DAILY = 0x8B5CF6;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

  /** The daily post: the question, its principle and level, and the two buttons. */
  public MessageCreateData post(DailyPost post) {
    Question q = post.question();
    DailySchedule schedule = post.schedule();
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle("Daily question · " + q.principle().displayName())
            .setDescription(Markup.bold(q.text(), 3000))
            .addField("Principle", q.principle().displayName(), true)
            .addField("Level", schedule.level().label(), true)
            .addField(
                "Spoken budget", Markup.duration(q.totalBudgetSeconds(schedule.level())), true)
            .addField(
                "How to take part",
                "Press **Answer** and tell your story in STAR order, in one go. Your full"
                    + " feedback comes to you privately; the thread below only shows a short"
                    + " note with your score band. **Practise privately** runs this question as a"
                    + " mock interview with follow-up probes.",
                false)
            .setFooter(
                "Question "
                    + q.id()
                    + " · "
                    + post.occurrence().format(DAY)
                    + (post.catchUp() ? " · posted late: I was offline at the scheduled time" : ""))
            .setColor(COLOR_DAILY);
    MessageCreateBuilder builder =
        new MessageCreateBuilder()
            .setEmbeds(e.build())
            .setComponents(
                ActionRow.of(
                    Button.primary(
                        DailyComponentId.button(
                                DailyComponentId.Action.ANSWER, schedule.level(), q.id())
                            .format(),
                        "Answer"),
                    Button.secondary(
                        DailyComponentId.button(
                                DailyComponentId.Action.PRACTICE, schedule.level(), q.id())
                            .format(),
                        "Practise privately")))
            .mentionRepliedUser(false);
    allowOnly(builder, schedule.mention());
    return builder.build();
  }

  /**
   * Puts the schedule's mention (if any) in the post's text and allows exactly that one to ping:
   * the role, or {@code @here} / {@code @everyone}. With no mention nothing may ping.
   */
  static void allowOnly(MessageCreateBuilder builder, String mention) {
    builder.setAllowedMentions(List.of());
    if (mention == null || mention.isBlank()) {
      return;
    }
    Optional<Long> role = DailyMapping.mentionedRole(mention);
    if (role.isPresent()) {
      builder.mentionRoles(role.get());
    } else if (mention.equals("@here")) {
      builder.setAllowedMentions(EnumSet.of(Message.MentionType.HERE));
    } else if (mention.equals("@everyone")) {
      builder.setAllowedMentions(EnumSet.of(Message.MentionType.EVERYONE));
    } else {
      return;
    }
    builder.setContent(mention + " today's question is up.");
  }

  /** The name of the public thread opened on a post for answers (at most 100 characters). */
  public String threadName(DailyPost post) {
    return Markup.clip(
        "Answers · "
            + post.occurrence().format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH))
            + " · "
            + post.question().principle().displayName(),
        100);
  }

  /**
   * The short, kind public note in the thread after a member answered: their name (which cannot
   * ping) and the score band only, never the findings or the answer.
   */
  public MessageCreateData bandNote(String memberName, ScoreBand band) {
    String name = Markup.escapeLine(Markup.clip(memberName, 80));
    return new MessageCreateBuilder()
        .setContent(
            "🌟 **"
                + name
                + "** answered: **"
                + band.label()
                + "**, "
                + band.description()
                + ". Thanks for practising today! Press **Answer** on the question to add yours.")
        .setAllowedMentions(List.of())
        .mentionRepliedUser(false)
        .build();
  }

  // ---- /daily results ----

  /** What a {@code /daily} command did, shown only to the person who used it. */
  public MessageCreateData result(DailyAdmin.Result result) {
    return result.accept(
        new DailyAdmin.Result.Visitor<MessageCreateData>() {
          @Override
          public MessageCreateData schedule(DailyAdmin.Result.Schedule s) {
            return DailyRenderer.schedule(s);
          }

          @Override
          public MessageCreateData noSchedule(DailyAdmin.Result.NoSchedule none) {
            return embed(
                new EmbedBuilder()
                    .setTitle("No daily question here")
                    .setDescription(
                        "This channel has no daily question yet. Someone with Manage Server (or"
                            + " an admin role) can set one with `/daily set time:09:00"
                            + " zone:Europe/Berlin`.")
                    .setColor(Markup.COLOR_INFO));
          }

          @Override
          public MessageCreateData posted(DailyAdmin.Result.Posted p) {
            return DailyRenderer.posted(p.outcome());
          }

          @Override
          public MessageCreateData placeShown(DailyAdmin.Result.PlaceShown p) {
            return placeSettings(p);
          }

          @Override
          public MessageCreateData refused(DailyAdmin.Result.Refused r) {
            return embed(
                new EmbedBuilder()
                    .setDescription("⚠️ " + Markup.clip(slashed(r.message()), 4000))
                    .setColor(Markup.COLOR_WEAK));
          }
        });
  }

  private static MessageCreateData schedule(DailyAdmin.Result.Schedule r) {
    DailySchedule s = r.schedule();
    String title;
    if (!s.enabled()) {
      title = r.changed() ? "Daily question paused" : "Daily question (paused)";
    } else {
      title = r.changed() ? "Daily question scheduled" : "Daily question";
    }
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle(title)
            .addField("When", s.time() + " " + s.zone().getId() + ", " + days(s.weekdays()), false)
            .addField(
                "Principle",
                s.rotatesAllPrinciples() ? "Rotates through all 16" : s.principle().displayName(),
                true)
            .addField("Level", s.level().label(), true)
            .addField(
                "Mention", s.mention() == null ? "Nobody" : Markup.clip(s.mention(), 1000), true)
            .setColor(s.enabled() ? COLOR_DAILY : Markup.COLOR_INFO);
    if (r.next() != null) {
      e.setDescription(
          "Next post: **" + next(r.next()) + "** (<t:" + r.next().toEpochSecond() + ":R>)");
    } else {
      e.setDescription("Paused: nothing is posted until an admin uses `/daily set` again.");
    }
    return embed(e);
  }

  /**
   * A channel's admins and time zone. Role ids show as role mentions, which in an embed with no
   * allowed mentions ping nobody; anything else stored is shown as code.
   */
  private static MessageCreateData placeSettings(DailyAdmin.Result.PlaceShown r) {
    PlaceSettings settings = r.settings();
    String admins;
    if (settings.admins().isEmpty()) {
      admins = "Members with Manage Server only: no admin roles added.";
    } else {
      admins =
          "Members with Manage Server, and anyone with: "
              + settings.admins().stream()
                  .sorted()
                  .map(DailyRenderer::adminMention)
                  .collect(Collectors.joining(", "));
    }
    String zone;
    if (settings.zone() != null) {
      zone = settings.zone().getId();
    } else if (r.effectiveZone() != null) {
      zone = "Not set: the daily question's zone is used (" + r.effectiveZone().getId() + ")";
    } else {
      zone = "Not set: UTC";
    }
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle(r.changed() ? "Channel settings updated" : "Channel settings")
            .addField("Daily admins", Markup.clip(admins, 1000), false)
            .addField("Time zone", zone, false)
            .setFooter(
                "The time zone sets when this channel's leaderboard week starts and is the default"
                    + " for members' streaks. Admins change it with /daily zone; members with"
                    + " Manage Server change the admin roles with /daily admins.")
            .setColor(r.changed() ? COLOR_DAILY : Markup.COLOR_INFO);
    return embed(e);
  }

  private static String adminMention(String id) {
    String digits = id.strip().replaceAll("[<@&!>]", "");
    if (!digits.isEmpty() && digits.length() <= 20 && digits.chars().allMatch(Character::isDigit)) {
      return "<@&" + digits + ">";
    }
    return "`" + id.replace("`", "'") + "`";
  }

  /** A post time in its own zone, such as {@code Tue 3 Mar 2026, 09:00 Europe/Berlin}. */
  static String next(ZonedDateTime at) {
    return at.format(WHEN) + " " + at.getZone().getId();
  }

  private static MessageCreateData posted(DailyQuestionService.Outcome outcome) {
    return switch (outcome.action()) {
      case POSTED, CAUGHT_UP ->
          embed(
              new EmbedBuilder()
                  .setTitle("Posted")
                  .setDescription(
                      "Today's question (`"
                          + Markup.clip(outcome.questionId(), 100).replace("`", "'")
                          + "`) is posted in this channel with a thread for answers.")
                  .setColor(COLOR_DAILY));
      case FAILED ->
          embed(
              new EmbedBuilder()
                  .setDescription(
                      "⚠️ I could not post the question here. Check that I can View Channel,"
                          + " Send Messages, Embed Links and Create Public Threads in this"
                          + " channel (and Mention @everyone, @here and All Roles if the"
                          + " schedule mentions @here or a role that is not mentionable).")
                  .setColor(Markup.COLOR_WEAK));
      case SKIPPED_TOO_LATE, CLAIMED_ELSEWHERE ->
          embed(
              new EmbedBuilder()
                  .setDescription("Nothing was posted: today's question is already taken care of.")
                  .setColor(Markup.COLOR_INFO));
    };
  }

  /** Days of the week, short: "Mon–Fri", "every day", or "Mon, Wed, Fri". */
  static String days(Set<DayOfWeek> days) {
    if (days.equals(DailySchedule.WORKDAYS)) {
      return "Mon–Fri";
    }
    if (days.size() == 7) {
      return "every day";
    }
    return days.stream()
        .sorted()
        .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
        .collect(Collectors.joining(", "));
  }

  /** The core's messages name the text grammar ("daily show"); on Discord it is a command. */
  private static String slashed(String message) {
    return message.replace("with: daily ", "with /daily ");
  }

  private static MessageCreateData embed(EmbedBuilder e) {
    return new MessageCreateBuilder()
        .setEmbeds(e.build())
        .setAllowedMentions(List.of())
        .mentionRepliedUser(false)
        .build();
  }
}
