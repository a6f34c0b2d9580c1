package dev.starcoach.discord;

import dev.starcoach.core.content.Lens;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.session.SessionMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Renders engine replies as Discord messages: embeds for prompts and feedback, buttons for actions.
 * Every message it builds allows no mentions, so nothing a member typed can ping anyone.
 */
public final class DiscordRenderer {
  /** The export's file name. */
  public static final String EXPORT_FILE = "starcoach-export.json";

  private static final int BAR_CELLS = 10;
  private static final int COLOR_PROMPT = 0x3B82F6;
  private static final int COLOR_GOOD = 0x16A34A;
  private static final int COLOR_MIXED = 0xF59E0B;
  private static final int COLOR_WEAK = 0xDC2626;
  private static final int COLOR_INFO = 0x64748B;
  private static final int MAX_FINDINGS = 6;

  /**
   * Whose practice a message belongs to: the buttons carry it.
   *
   * @param userId the person's Discord user id
   * @param place the session's place ({@link Places})
   */
  public record Owner(long userId, String place) {}

  /** True for replies only the person should see, even in a shared channel. */
  public static boolean isPersonal(CoachReply reply) {
    return reply instanceof CoachReply.ErrorNotice
        || reply instanceof CoachReply.DataExport
        || reply instanceof CoachReply.ForgetConfirmation
        || reply instanceof CoachReply.Forgotten;
  }

  /** Renders one engine reply. */
  public MessageCreateData render(CoachReply reply, Owner owner) {
    if (reply instanceof CoachReply.PracticeStarted r) {
      return embed(practiceStarted(r));
    } else if (reply instanceof CoachReply.StepPrompt r) {
      return withButtons(stepPrompt(r), promptButtons(PromptTag.of(r), owner, true));
    } else if (reply instanceof CoachReply.AnswerFeedback r) {
      return embed(answerFeedback(r));
    } else if (reply instanceof CoachReply.StrongExample r) {
      return embed(strongExample(r));
    } else if (reply instanceof CoachReply.Hint r) {
      return embed(hint(r));
    } else if (reply instanceof CoachReply.FullAnswerPrompt r) {
      return withButtons(fullAnswerPrompt(r), promptButtons(PromptTag.of(r), owner, false));
    } else if (reply instanceof CoachReply.MockBreakdown r) {
      return embed(mockBreakdown(r));
    } else if (reply instanceof CoachReply.ProbePrompt r) {
      return withButtons(probePrompt(r), promptButtons(PromptTag.of(r), owner, true));
    } else if (reply instanceof CoachReply.VerdictCard r) {
      return embed(verdictCard(r));
    } else if (reply instanceof CoachReply.SessionSummary r) {
      return embed(sessionSummary(r));
    } else if (reply instanceof CoachReply.QuizQuestion r) {
      return withButtons(quizQuestion(r), quizButtons(r, owner));
    } else if (reply instanceof CoachReply.QuizFeedback r) {
      return embed(quizFeedback(r));
    } else if (reply instanceof CoachReply.QuizSummary r) {
      return embed(quizSummary(r));
    } else if (reply instanceof CoachReply.LensCard r) {
      return embed(lensCard(r));
    } else if (reply instanceof CoachReply.LensChoices r) {
      return embed(lensChoices(r));
    } else if (reply instanceof CoachReply.QuestionList r) {
      return embed(questionList(r));
    } else if (reply instanceof CoachReply.LevelInfo r) {
      return notice(
          r.changed()
              ? "Level set to **" + r.level().label() + "**. New practices are judged at it."
              : "Your level is **"
                  + r.level().label()
                  + "**. Change it with `/level level:` sde1, sde2 or senior.");
    } else if (reply instanceof CoachReply.ResumeNotice r) {
      return notice(
          "Picking up your "
              + r.mode().id()
              + " practice on \""
              + clip(r.question().text(), 300)
              + "\" at "
              + r.stepLabel()
              + ".");
    } else if (reply instanceof CoachReply.DataExport r) {
      return export(r);
    } else if (reply instanceof CoachReply.ForgetConfirmation) {
      return forgetConfirmation(owner);
    } else if (reply instanceof CoachReply.Forgotten r) {
      return notice(
          "Deleted everything STAR Coach kept about you ("
              + r.records()
              + " record"
              + (r.records() == 1 ? "" : "s")
              + ").");
    } else if (reply instanceof CoachReply.Notice r) {
      return notice(r.text());
    } else if (reply instanceof CoachReply.ErrorNotice r) {
      return error(r.text());
    }
    throw new IllegalArgumentException("no rendering for " + reply.getClass().getSimpleName());
  }

  /** A short plain message. */
  public MessageCreateData notice(String text) {
    return embed(new EmbedBuilder().setDescription(clip(text, 4000)).setColor(COLOR_INFO).build());
  }

  /**
   * A problem the person can act on. Text beyond an embed's limit (an answer handed back after a
   * conflict) is attached whole as a text file, so nothing they typed is lost.
   */
  public MessageCreateData error(String text) {
    MessageCreateBuilder builder =
        base()
            .setEmbeds(
                new EmbedBuilder()
                    .setDescription("⚠️ " + clip(text, 4000))
                    .setColor(COLOR_WEAK)
                    .build());
    if (text.length() > 4000) {
      builder.addFiles(FileUpload.fromData(text.getBytes(StandardCharsets.UTF_8), "message.txt"));
    }
    return builder.build();
  }

  /** The help card. */
  public MessageCreateData help() {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle("STAR Coach")
            .setColor(COLOR_PROMPT)
            .setDescription(
                "Practise behavioural interview answers in the Amazon Leadership Principles"
                    + " style. Answers are told in STAR order: Situation, Task, Action, Result,"
                    + " and a Reflection. Each answer is scored with rules that explain"
                    + " themselves.")
            .addField(
                "/practice",
                "`mode` guided (coaching before each step), drill (against the clock) or mock"
                    + " (one answer, follow-up probes, a verdict). Pick a `question` or a"
                    + " `principle`, and a `level`. In a server it runs in a private thread.",
                false)
            .addField(
                "Answering",
                "Press **Answer** under a prompt and type in the box (up to 4,000 characters)."
                    + " In DMs you can also just type; a lone `hint`, `skip` or `stop` does that.",
                false)
            .addField(
                "/quiz, /questions, /lens, /level",
                "A multiple-choice quiz on a walkthrough; the question bank; how to retell your"
                    + " last story for another principle; the level you are judged at.",
                false)
            .addField(
                "/reminders",
                "`turn` on: one direct message when you leave a practice unfinished for a day,"
                    + " with buttons to pick it up or stop it. `off` stops them.",
                false)
            .addField(
                "/export, /forget",
                "Download everything kept about you as JSON, or delete it all.",
                false)
            .addField(
                "/stats, /leaderboard, /timezone",
                "Your averages per step, weakest step, streak and weekly trend chart (only you"
                    + " see them); this week's board for the server or the channel (`weeks_ago`"
                    + " for earlier weeks); the time zone your streak counts days in.",
                false)
            .addField(
                "/daily",
                "A channel's daily question: everyone can `/daily show` it; members who can"
                    + " manage the server (or hold a role an admin listed) can `set`, pause"
                    + " (`off`) or post it `now`, and set the channel's time zone (`zone`);"
                    + " members who can manage the server pick the admin roles (`admins`)."
                    + " Answer a posted question with its **Answer**"
                    + " button: your feedback is private, the thread sees only your score band.",
                false);
    return embed(e.build());
  }

  // ---- prompts ----

  private MessageEmbed practiceStarted(CoachReply.PracticeStarted r) {
    Question q = r.question();
    return new EmbedBuilder()
        .setTitle(r.mode().label() + " practice · " + q.principle().displayName())
        .setDescription("**" + clip(q.text(), 3000) + "**")
        .addField("Level", r.level().label(), true)
        .addField("Spoken budget", duration(r.budgetSeconds()), true)
        .addField("Question id", "`" + q.id() + "`", true)
        .setFooter(modeFooter(r.mode()))
        .setColor(COLOR_PROMPT)
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

  private MessageEmbed stepPrompt(CoachReply.StepPrompt r) {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle("Step " + r.number() + " of " + r.of() + " · " + r.step().label())
            .setDescription(
                stepAsk(r.step())
                    + "\nTarget: about **"
                    + duration(r.targetSeconds())
                    + "** spoken (≈"
                    + words(r.targetSeconds())
                    + " words).")
            .setColor(COLOR_PROMPT);
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

  private MessageEmbed fullAnswerPrompt(CoachReply.FullAnswerPrompt r) {
    return new EmbedBuilder()
        .setTitle("Mock interview · " + r.question().principle().displayName())
        .setDescription(
            "**"
                + clip(r.question().text(), 3000)
                + "**\n\nAnswer in one go, in STAR order, in about "
                + duration(r.budgetSeconds())
                + " spoken ("
                + r.level().label()
                + ").")
        .setColor(COLOR_PROMPT)
        .build();
  }

  private MessageEmbed probePrompt(CoachReply.ProbePrompt r) {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle("Follow-up " + r.number() + " of " + r.of())
            .setDescription("**" + clip(r.question(), 3000) + "**")
            .setColor(COLOR_PROMPT);
    if (r.focus() != null) {
      e.setFooter("This probes your " + r.focus().label() + ".");
    }
    return e.build();
  }

  private MessageEmbed quizQuestion(CoachReply.QuizQuestion r) {
    StringBuilder text = new StringBuilder("**").append(clip(r.item().question(), 1500));
    text.append("**\n");
    List<String> options = r.item().options();
    for (int i = 0; i < options.size(); i++) {
      text.append('\n').append(i + 1).append(". ").append(clip(options.get(i), 300));
    }
    return new EmbedBuilder()
        .setTitle(
            "Quiz " + r.number() + " of " + r.of() + " · " + r.question().principle().displayName())
        .setDescription(text.toString())
        .setColor(COLOR_PROMPT)
        .build();
  }

  private static List<ActionRow> promptButtons(String tag, Owner owner, boolean skippable) {
    List<Button> buttons = new ArrayList<>();
    buttons.add(Button.primary(id(ComponentId.Action.ANSWER, tag, owner), "Answer"));
    buttons.add(Button.secondary(id(ComponentId.Action.HINT, tag, owner), "Hint"));
    if (skippable) {
      buttons.add(Button.secondary(id(ComponentId.Action.SKIP, tag, owner), "Skip"));
    }
    buttons.add(Button.danger(id(ComponentId.Action.STOP, tag, owner), "Stop"));
    return List.of(ActionRow.of(buttons));
  }

  private static List<ActionRow> quizButtons(CoachReply.QuizQuestion r, Owner owner) {
    String tag = PromptTag.of(r);
    List<ActionRow> rows = new ArrayList<>();
    List<Button> row = new ArrayList<>();
    int count = Math.min(9, r.item().options().size());
    for (int i = 1; i <= count; i++) {
      row.add(
          Button.primary(
              new ComponentId(ComponentId.Action.OPTION, i, tag, owner.userId(), owner.place())
                  .format(),
              String.valueOf(i)));
      if (row.size() == 5) {
        rows.add(ActionRow.of(row));
        row = new ArrayList<>();
      }
    }
    if (row.size() > 3) {
      rows.add(ActionRow.of(row));
      row = new ArrayList<>();
    }
    row.add(Button.secondary(id(ComponentId.Action.SKIP, tag, owner), "Show answer"));
    row.add(Button.danger(id(ComponentId.Action.STOP, tag, owner), "Stop"));
    rows.add(ActionRow.of(row));
    return rows;
  }

  private static String id(ComponentId.Action action, String tag, Owner owner) {
    return ComponentId.of(action, tag, owner.userId(), owner.place()).format();
  }

  // ---- feedback ----

  private MessageEmbed answerFeedback(CoachReply.AnswerFeedback r) {
    Assessment a = r.assessment();
    String title = r.step() != null ? r.step().label() + " · feedback" : "Follow-up · feedback";
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle(title)
            .setDescription(bar(a.score()))
            .setColor(scoreColor(a.score()));
    if (r.step() == null) {
      e.appendDescription("\n*" + clip(r.prompt(), 500) + "*");
    }
    addFindings(e, a);
    e.addField("Spoken length", spoken(a.spokenSeconds(), a.targetSeconds()), true);
    e.addField("Reply time", duration(Math.round(r.replyMillis() / 1000.0)), true);
    return e.build();
  }

  private static void addFindings(EmbedBuilder e, Assessment a) {
    List<Finding> strengths = a.findings(FindingKind.STRENGTH);
    List<Finding> issues = a.findings(FindingKind.ISSUE);
    if (!strengths.isEmpty()) {
      e.addField("Strengths", findingList(strengths, "✅"), false);
    }
    if (!issues.isEmpty()) {
      e.addField("To work on", findingList(issues, "🔧"), false);
    }
    if (strengths.isEmpty() && issues.isEmpty()) {
      e.addField("Findings", "Nothing stood out either way.", false);
    }
  }

  private static String findingList(List<Finding> findings, String mark) {
    StringBuilder out = new StringBuilder();
    int shown = 0;
    for (Finding f : findings) {
      if (shown == MAX_FINDINGS) {
        out.append("…and ").append(findings.size() - shown).append(" more");
        break;
      }
      StringBuilder line =
          new StringBuilder(mark)
              .append(" `")
              .append(f.category().id())
              .append("` ")
              .append(clip(f.message(), 200));
      if (!f.evidence().isBlank()) {
        line.append(" (\"").append(escape(clip(f.evidence(), 80))).append("\")");
      }
      line.append('\n');
      if (out.length() + line.length() > 1000) {
        out.append("…and ").append(findings.size() - shown).append(" more");
        break;
      }
      out.append(line);
      shown++;
    }
    return out.toString().strip();
  }

  private MessageEmbed strongExample(CoachReply.StrongExample r) {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle("A strong " + r.step().label().toLowerCase(Locale.ROOT))
            .setDescription("> " + clip(r.example(), 3800).replace("\n", "\n> "))
            .setColor(COLOR_INFO);
    if (!r.keyPhrases().isEmpty()) {
      e.addField("Key phrases", phrases(r.keyPhrases()), false);
    }
    return e.build();
  }

  private MessageEmbed hint(CoachReply.Hint r) {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle(r.step() == null ? "Hint" : "Hint · " + r.step().label())
            .setDescription(clip(r.coaching(), 3000))
            .setColor(COLOR_INFO);
    if (r.commonMistake() != null) {
      e.addField("Avoid", clip(r.commonMistake(), 1024), false);
    }
    if (!r.keyPhrases().isEmpty()) {
      e.addField("Phrases that work", phrases(r.keyPhrases()), false);
    }
    return e.build();
  }

  private MessageEmbed mockBreakdown(CoachReply.MockBreakdown r) {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle("Your answer · breakdown")
            .setDescription(bar(r.full().score()))
            .setColor(scoreColor(r.full().score()));
    StringBuilder parts = new StringBuilder();
    for (CoachReply.PartScore part : r.parts()) {
      parts
          .append(pad(part.step().label(), 11))
          .append(cells(part.assessment().score()))
          .append(' ')
          .append(String.format(Locale.ROOT, "%3d", part.assessment().score()))
          .append('\n');
    }
    for (Step missing : r.missing()) {
      parts.append(pad(missing.label(), 11)).append("missing\n");
    }
    e.addField("STAR parts", "```\n" + parts + "```", false);
    addFindings(e, r.full());
    e.addField("Spoken length", spoken(r.full().spokenSeconds(), r.budgetSeconds()), true);
    e.addField("Reply time", duration(Math.round(r.replyMillis() / 1000.0)), true);
    if (!r.missing().isEmpty()) {
      e.setFooter(
          "Missing: "
              + String.join(", ", r.missing().stream().map(Step::label).toList())
              + ". The follow-ups aim there first.");
    }
    return e.build();
  }

  private MessageEmbed verdictCard(CoachReply.VerdictCard r) {
    Verdict verdict = r.verdict().verdict();
    StringBuilder reasons = new StringBuilder(bar(r.verdict().score())).append('\n');
    for (String reason : r.verdict().reasons()) {
      reasons.append("\n• ").append(clip(reason, 400));
    }
    return new EmbedBuilder()
        .setTitle("Bar Raiser verdict: " + verdict.label())
        .setDescription(clip(reasons.toString(), 4000))
        .addField("Question", clip(r.question().text(), 1024), false)
        .addField("Judged at", r.level().label(), true)
        .setColor(verdictColor(verdict))
        .build();
  }

  private MessageEmbed sessionSummary(CoachReply.SessionSummary r) {
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
          .append(padLeft(clock(Math.round(row.replyMillis() / 1000.0)), 7))
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
        .setColor(scoreColor(r.averageScore()))
        .build();
  }

  private MessageEmbed quizFeedback(CoachReply.QuizFeedback r) {
    String head =
        r.correct()
            ? "✅ Right: " + r.answer() + ". " + clip(r.answerText(), 500)
            : "❌ Not quite. The answer is " + r.answer() + ". " + clip(r.answerText(), 500);
    return new EmbedBuilder()
        .setTitle("Quiz " + r.number())
        .setDescription(head + "\n\n" + clip(r.explanation(), 3000))
        .setColor(r.correct() ? COLOR_GOOD : COLOR_MIXED)
        .build();
  }

  private MessageEmbed quizSummary(CoachReply.QuizSummary r) {
    return new EmbedBuilder()
        .setTitle("Quiz done · " + r.correct() + " of " + r.total() + " right")
        .setDescription(clip(r.question().text(), 3000))
        .setColor(r.total() > 0 && r.correct() * 2 >= r.total() ? COLOR_GOOD : COLOR_MIXED)
        .build();
  }

  private MessageEmbed lensCard(CoachReply.LensCard r) {
    Lens lens = r.lens();
    return new EmbedBuilder()
        .setTitle("Retell it for " + lens.principle().displayName())
        .setDescription("Your story: *" + clip(r.question().text(), 1000) + "*")
        .addField("Lead with", clip(lens.leadWith(), 1024), false)
        .addField("Emphasise", clip(lens.emphasise(), 1024), false)
        .addField("Play down", clip(lens.downplay(), 1024), false)
        .setColor(COLOR_INFO)
        .build();
  }

  private MessageEmbed lensChoices(CoachReply.LensChoices r) {
    StringBuilder text =
        new StringBuilder("Your story: *").append(clip(r.question().text(), 1000)).append("*\n");
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
        .setColor(COLOR_INFO)
        .build();
  }

  private MessageEmbed questionList(CoachReply.QuestionList r) {
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
        .setColor(COLOR_INFO)
        .build();
  }

  private MessageCreateData export(CoachReply.DataExport r) {
    return base()
        .setContent("Everything STAR Coach keeps about you, as JSON.")
        .setFiles(FileUpload.fromData(r.json().getBytes(StandardCharsets.UTF_8), EXPORT_FILE))
        .build();
  }

  private MessageCreateData forgetConfirmation(Owner owner) {
    return base()
        .setEmbeds(
            new EmbedBuilder()
                .setTitle("Delete your data?")
                .setDescription(
                    "This deletes your practice sessions, answers, quiz results and settings,"
                        + " everywhere STAR Coach runs. It cannot be undone. Use /export first"
                        + " if you want a copy.")
                .setColor(COLOR_WEAK)
                .build())
        .setComponents(
            ActionRow.of(
                Button.danger(id(ComponentId.Action.FORGET, PromptTag.NONE, owner), "Delete all"),
                Button.secondary(id(ComponentId.Action.KEEP, PromptTag.NONE, owner), "Keep it")))
        .build();
  }

  // ---- building blocks ----

  private static MessageCreateBuilder base() {
    return new MessageCreateBuilder().setAllowedMentions(List.of()).mentionRepliedUser(false);
  }

  private static MessageCreateData embed(MessageEmbed embed) {
    return base().setEmbeds(embed).build();
  }

  private static MessageCreateData withButtons(MessageEmbed embed, List<ActionRow> rows) {
    return base().setEmbeds(embed).setComponents(rows).build();
  }

  /** A score as a bar of ten cells and the number, such as {@code ▰▰▰▰▰▰▰▱▱▱ 72/100}. */
  public static String bar(int score) {
    return cells(score) + " " + score + "/100";
  }

  static String cells(int score) {
    int filled = Math.max(0, Math.min(BAR_CELLS, Math.round(score * BAR_CELLS / 100f)));
    return "▰".repeat(filled) + "▱".repeat(BAR_CELLS - filled);
  }

  private static int scoreColor(int score) {
    return score >= 70 ? COLOR_GOOD : score >= 50 ? COLOR_MIXED : COLOR_WEAK;
  }

  private static int verdictColor(Verdict verdict) {
    return switch (verdict) {
      case STRONG_HIRE, HIRE -> COLOR_GOOD;
      case LEANING_NO_HIRE -> COLOR_MIXED;
      case NO_HIRE -> COLOR_WEAK;
    };
  }

  private static String spoken(double spokenSeconds, int targetSeconds) {
    long spoken = Math.round(spokenSeconds);
    if (targetSeconds <= 0) {
      return "≈ " + duration(spoken) + " spoken";
    }
    String verdict;
    if (spoken > targetSeconds * 1.25) {
      verdict = "over";
    } else if (spoken < targetSeconds * 0.5) {
      verdict = "short";
    } else {
      verdict = "on target";
    }
    return "≈ " + duration(spoken) + " of " + duration(targetSeconds) + " (" + verdict + ")";
  }

  private static long words(int seconds) {
    return Math.round(seconds * 150 / 60.0);
  }

  /** Seconds as {@code 45 s} or {@code 2 min 05 s}. */
  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + " s";
    }
    long s = seconds % 60;
    return seconds / 60 + " min" + (s == 0 ? "" : String.format(Locale.ROOT, " %02d s", s));
  }

  private static String clock(long seconds) {
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  private static String phrases(List<String> phrases) {
    StringBuilder out = new StringBuilder();
    for (String p : phrases) {
      String item = "• " + clip(p, 200) + "\n";
      if (out.length() + item.length() > 1000) {
        break;
      }
      out.append(item);
    }
    return out.toString().strip();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  private static String padLeft(String text, int width) {
    return text.length() >= width ? " " + text : " ".repeat(width - text.length()) + text;
  }

  private static String escape(String text) {
    return MarkdownSanitizer.escape(text).replace("\n", " ");
  }

  /** Cuts text to {@code max} characters, ending with an ellipsis when cut. */
  static String clip(String text, int max) {
    if (text == null) {
      return "";
    }
    if (text.length() <= max) {
      return text;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }
}
