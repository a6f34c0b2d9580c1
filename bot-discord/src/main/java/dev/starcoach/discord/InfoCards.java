package dev.starcoach.discord;

import static dev.starcoach.discord.Markup.clip;

import dev.starcoach.core.content.Lens;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.engine.CoachReply;
import java.nio.charset.StandardCharsets;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Cards outside a practice's flow: lenses, the question bank, the level, resuming, the person's
 * data (export, forget), plain notices and errors.
 */
final class InfoCards {
  /** The most characters of an embed description used for a notice or an error. */
  private static final int TEXT_MAX = 4000;

  private InfoCards() {}

  static MessageEmbed lensCard(CoachReply.LensCard r) {
    Lens lens = r.lens();
    return new EmbedBuilder()
        .setTitle("Retell it for " + lens.principle().displayName())
        .setDescription("Your story: " + Markup.italic(r.question().text(), 1000))
        .addField("Lead with", clip(lens.leadWith(), 1024), false)
        .addField("Emphasise", clip(lens.emphasise(), 1024), false)
        .addField("Play down", clip(lens.downplay(), 1024), false)
        .setColor(Markup.COLOR_INFO)
        .build();
  }

  static MessageEmbed lensChoices(CoachReply.LensChoices r) {
    StringBuilder text =
        new StringBuilder("Your story: ")
            .append(Markup.italic(r.question().text(), 1000))
            .append('\n');
    if (r.lenses().isEmpty()) {
      text.append("\nName any principle with `/lens principle:` for general advice.");
    } else {
      text.append("\nWritten lenses for this story:");
      for (Lens lens : r.lenses()) {
        text.append("\n• ").append(lens.principle().displayName());
      }
      text.append("\n\nPick one with `/lens principle:`.");
    }
    return new EmbedBuilder()
        .setTitle("Lenses")
        .setDescription(text.toString())
        .setColor(Markup.COLOR_INFO)
        .build();
  }

  static MessageEmbed questionList(CoachReply.QuestionList r) {
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (Question q : r.questions()) {
      String line =
          "`"
              + q.id()
              + "`"
              + (q.isWalkthrough() ? " ★" : "")
              + (r.principle() == null ? " · " + q.principle().displayName() : "")
              + "\n"
              + clip(q.text(), 160)
              + "\n";
      if (text.length() + line.length() > 3900) {
        text.append("…and ").append(r.questions().size() - shown).append(" more.");
        break;
      }
      text.append(line);
      shown++;
    }
    if (r.questions().isEmpty()) {
      text.append("No questions yet.");
    }
    String title =
        (r.principle() == null ? "All questions" : r.principle().displayName())
            + " ("
            + r.questions().size()
            + ")";
    return new EmbedBuilder()
        .setTitle(title)
        .setDescription(text.toString().strip())
        .setFooter(
            "★ full walkthrough (quiz, lenses, examples). Practise one with /practice question:")
        .setColor(Markup.COLOR_INFO)
        .build();
  }

  static String levelInfo(CoachReply.LevelInfo r) {
    return r.changed()
        ? "Level set to **" + r.level().label() + "**. New practices are judged at it."
        : "Your level is **"
            + r.level().label()
            + "**. Change it with `/level level:` sde1, sde2 or senior.";
  }

  static String resumeNotice(CoachReply.ResumeNotice r) {
    return "Picking up your "
        + r.mode().id()
        + " practice on \""
        + clip(r.question().text(), 300)
        + "\" at "
        + r.stepLabel()
        + ".";
  }

  static String forgotten(CoachReply.Forgotten r) {
    return "Deleted everything STAR Coach kept about you ("
        + r.records()
        + " record"
        + (r.records() == 1 ? "" : "s")
        + ").";
  }

  static MessageCreateData export(CoachReply.DataExport r) {
    return Markup.base()
        .setContent("Everything STAR Coach keeps about you, as JSON.")
        .setFiles(
            FileUpload.fromData(
                r.json().getBytes(StandardCharsets.UTF_8), DiscordRenderer.EXPORT_FILE))
        .build();
  }

  static MessageCreateData forgetConfirmation(DiscordRenderer.Owner owner) {
    return Markup.base()
        .setEmbeds(
            new EmbedBuilder()
                .setTitle("Delete your data?")
                .setDescription(
                    "This deletes your practice sessions, answers, quiz results, settings, stories"
                        + " and loop rehearsals,"
                        + " everywhere STAR Coach runs. It cannot be undone. Use /export first"
                        + " if you want a copy.")
                .setColor(Markup.COLOR_WEAK)
                .build())
        .setComponents(PromptButtons.forget(owner))
        .build();
  }

  /** A short plain message. */
  static MessageCreateData notice(String text) {
    return Markup.embed(
        new EmbedBuilder()
            .setDescription(clip(text, TEXT_MAX))
            .setColor(Markup.COLOR_INFO)
            .build());
  }

  /**
   * A problem the person can act on. Text beyond an embed's limit (an answer handed back after a
   * conflict) is attached whole as a text file, so nothing they typed is lost.
   */
  static MessageCreateData error(String text) {
    MessageCreateBuilder builder =
        Markup.base()
            .setEmbeds(
                new EmbedBuilder()
                    .setDescription("⚠️ " + clip(text, TEXT_MAX))
                    .setColor(Markup.COLOR_WEAK)
                    .build());
    if (text.length() > TEXT_MAX) {
      builder.addFiles(FileUpload.fromData(text.getBytes(StandardCharsets.UTF_8), "message.txt"));
    }
    return builder.build();
  }
}
