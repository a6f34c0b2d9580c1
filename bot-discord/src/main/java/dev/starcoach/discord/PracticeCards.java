package dev.starcoach.discord;

import static dev.starcoach.discord.Markup.bar;
import static dev.starcoach.discord.Markup.bold;
import static dev.starcoach.discord.Markup.clip;
import static dev.starcoach.discord.Markup.duration;
import static dev.starcoach.discord.Markup.pad;
import static dev.starcoach.discord.Markup.padLeft;

import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.session.SessionMode;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * The cards of a step-by-step practice (guided and drill) and of a quiz: the start card, step
 * prompts, feedback, strong examples, hints and summaries.
 */
final class PracticeCards {
  /** Room used of an embed description (Discord takes 4,096 characters). */
  private static final int DESCRIPTION = 4000;

  private PracticeCards() {}

  static MessageEmbed practiceStarted(CoachReply.PracticeStarted r) {
    Question q = r.question();
    return new EmbedBuilder()
        .setTitle(r.mode().label() + " practice · " + q.principle().displayName())
        .setDescription(bold(q.text(), 3000))
        .addField("Level", r.level().label(), true)
        .addField("Spoken budget", duration(r.budgetSeconds()), true)
        .addField("Question id", "`" + q.id() + "`", true)
        .setFooter(modeFooter(r.mode()))
        .setColor(Markup.COLOR_PROMPT)
        .build();
  }

  private static String modeFooter(SessionMode mode) {
    return switch (mode) {
      case GUIDED -> "Coaching comes before each step and a strong example after it.";
      case DRILL -> "Each reply is timed against its target. Hints only when you ask.";
      case MOCK -> "Tell the whole story in one answer, then face the follow-up probes.";
      case QUIZ -> "Pick the option you think is right.";
    };
  }

  /**
   * A step's prompt. The target is shown as spoken time only: the core's speaking rate is the
   * scorer's, so no word count is guessed here.
   */
  static MessageEmbed stepPrompt(CoachReply.StepPrompt r) {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle("Step " + r.number() + " of " + r.of() + " · " + r.step().label())
            .setDescription(
                stepAsk(r.step())
                    + "\nTarget: about **"
                    + duration(r.targetSeconds())
                    + "** spoken.")
            .setColor(Markup.COLOR_PROMPT);
    if (r.coaching() != null) {
      e.addField("Coaching tip", clip(r.coaching(), 1024), false);
    }
    if (r.commonMistake() != null) {
      e.addField("Common mistake", clip(r.commonMistake(), 1024), false);
    }
    if (r.levelNote() != null) {
      e.addField("At your level", clip(r.levelNote(), 1024), false);
    }
    return e.build();
  }

  private static String stepAsk(Step step) {
    return switch (step) {
      case SITUATION -> "Set the scene: the context, the problem and why it mattered.";
      case TASK -> "What was yours to do, and where did your scope end?";
      case ACTION -> "What did *you* do, step by step?";
      case RESULT -> "What changed, measured against where it started?";
      case REFLECTION -> "What did you learn that you now do differently?";
    };
  }

  static MessageEmbed answerFeedback(CoachReply.AnswerFeedback r) {
    Assessment a = r.assessment();
    String title = r.step() != null ? r.step().label() + " · feedback" : "Follow-up · feedback";
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle(title)
            .setDescription(bar(a.score()))
            .setColor(Markup.scoreColor(a.score()));
    if (r.step() == null) {
      e.appendDescription("\n" + Markup.italic(r.prompt(), 500));
    }
    Findings.addTo(e, a);
    e.addField("Spoken length", Markup.spoken(a.spokenSeconds(), a.targetSeconds()), true);
    e.addField("Reply time", duration(Math.round(r.replyMillis() / 1000.0)), true);
    return e.build();
  }

  static MessageEmbed strongExample(CoachReply.StrongExample r) {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle("A strong " + r.step().label().toLowerCase(Locale.ROOT))
            .setDescription(clip("> " + r.example().replace("\n", "\n> "), 3800))
            .setColor(Markup.COLOR_INFO);
    if (!r.keyPhrases().isEmpty()) {
      e.addField("Key phrases", Markup.phrases(r.keyPhrases()), false);
    }
    return e.build();
  }

  static MessageEmbed hint(CoachReply.Hint r) {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle(r.step() == null ? "Hint" : "Hint · " + r.step().label())
            .setDescription(clip(r.coaching(), 3000))
            .setColor(Markup.COLOR_INFO);
    if (r.commonMistake() != null) {
      e.addField("Avoid", clip(r.commonMistake(), 1024), false);
    }
    if (!r.keyPhrases().isEmpty()) {
      e.addField("Phrases that work", Markup.phrases(r.keyPhrases()), false);
    }
    return e.build();
  }

  static MessageEmbed sessionSummary(CoachReply.SessionSummary r) {
    StringBuilder table = new StringBuilder();
    table.append(pad("Step", 11)).append("Score  Spoken  Target  Reply\n");
    for (CoachReply.SummaryRow row : r.rows()) {
      table.append(pad(clip(row.label(), 10), 11));
      if (row.skipped()) {
        table.append(padLeft("skip", 5)).append(padLeft("-", 8));
      } else {
        table
            .append(padLeft(String.valueOf(row.score()), 5))
            .append(padLeft(Math.round(row.spokenSeconds()) + "s", 8));
      }
      table
          .append(padLeft(row.targetSeconds() + "s", 8))
          .append(padLeft(Markup.clock(Math.round(row.replyMillis() / 1000.0)), 7))
          .append('\n');
    }
    table
        .append(pad("Average", 11))
        .append(padLeft(String.valueOf(r.averageScore()), 5))
        .append(padLeft(Math.round(r.spokenSeconds()) + "s", 8))
        .append(padLeft(r.budgetSeconds() + "s", 8))
        .append('\n');
    return new EmbedBuilder()
        .setTitle(
            (r.completed() ? "Practice complete" : "Practice stopped")
                + " · "
                + r.mode().label()
                + " · "
                + r.level().label())
        .setDescription(bar(r.averageScore()) + "\n```\n" + clip(table.toString(), 3800) + "```")
        .addField("Question", clip(r.question().text(), 1024), false)
        .setFooter("Try /lens to retell this story for another principle, or /quiz on it.")
        .setColor(Markup.scoreColor(r.averageScore()))
        .build();
  }

  static MessageEmbed quizQuestion(CoachReply.QuizQuestion r) {
    StringBuilder text = new StringBuilder(bold(r.item().question(), 1500)).append('\n');
    List<String> options = r.item().options();
    int each =
        options.isEmpty() ? 0 : Math.min(300, (DESCRIPTION - text.length()) / options.size() - 5);
    for (int i = 0; i < options.size(); i++) {
      text.append('\n').append(i + 1).append(". ").append(clip(options.get(i), each));
    }
    return new EmbedBuilder()
        .setTitle(
            "Quiz " + r.number() + " of " + r.of() + " · " + r.question().principle().displayName())
        .setDescription(text.toString())
        .setColor(Markup.COLOR_PROMPT)
        .build();
  }

  static MessageEmbed quizFeedback(CoachReply.QuizFeedback r) {
    String head =
        r.correct()
            ? "✅ Right: " + r.answer() + ". " + clip(r.answerText(), 500)
            : "❌ Not quite. The answer is " + r.answer() + ". " + clip(r.answerText(), 500);
    return new EmbedBuilder()
        .setTitle("Quiz " + r.number())
        .setDescription(head + "\n\n" + clip(r.explanation(), 3000))
        .setColor(r.correct() ? Markup.COLOR_GOOD : Markup.COLOR_MIXED)
        .build();
  }

  static MessageEmbed quizSummary(CoachReply.QuizSummary r) {
    return new EmbedBuilder()
        .setTitle("Quiz done · " + r.correct() + " of " + r.total() + " right")
        .setDescription(clip(r.question().text(), 3000))
        .setColor(
            r.total() > 0 && r.correct() * 2 >= r.total() ? Markup.COLOR_GOOD : Markup.COLOR_MIXED)
        .build();
  }
}
