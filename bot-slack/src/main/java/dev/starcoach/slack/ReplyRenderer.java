package dev.starcoach.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;
import static dev.starcoach.slack.SlackText.escape;
import static dev.starcoach.slack.SlackText.truncate;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import dev.starcoach.core.content.Lens;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuizItem;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.remind.Reminder;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.SessionMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the engine's platform-neutral replies as Block Kit. Pure: no I/O. Every string that is
 * not a fixed part of this class is escaped, so nothing shown can mention anyone.
 */
final class ReplyRenderer {
  private static final int SECTION_LIMIT = 2900;
  private static final int MAX_ANSWER_CHARS = 4000;

  /** The blocks and fallback text of one engine reply. */
  SlackPost render(CoachReply reply) {
    List<LayoutBlock> b = new ArrayList<>();
    String text;
    if (reply instanceof CoachReply.PracticeStarted r) {
      text = r.mode().label() + " practice: " + escape(r.question().text());
      b.add(header(h -> h.text(plainText(r.mode().label() + " practice"))));
      addMarkdown(b, "*" + escape(r.question().text()) + "*");
      b.add(
          note(
              escape(r.question().principle().displayName())
                  + " · level "
                  + escape(r.level().label())
                  + " · whole answer about "
                  + r.budgetSeconds()
                  + " s spoken · question `"
                  + escape(r.question().id())
                  + "`"));
    } else if (reply instanceof CoachReply.StepPrompt r) {
      text = "Step " + r.number() + " of " + r.of() + ": " + r.step().label();
      StringBuilder s = new StringBuilder();
      s.append("*Step ")
          .append(r.number())
          .append(" of ")
          .append(r.of())
          .append(": ")
          .append(r.step().label())
          .append("*  ·  target ")
          .append(r.targetSeconds())
          .append(" s spoken");
      if (r.coaching() != null) {
        s.append("\n:bulb: *Tip:* ").append(escape(r.coaching()));
      }
      if (r.commonMistake() != null) {
        s.append("\n:no_entry_sign: *Avoid:* ").append(escape(r.commonMistake()));
      }
      addMarkdown(b, s.toString());
      if (r.levelNote() != null) {
        b.add(note(escape(r.levelNote())));
      }
      b.add(promptButtons(r.step().label(), true));
      b.add(note("Reply here with your answer, or press Answer to type it in a box."));
    } else if (reply instanceof CoachReply.AnswerFeedback r) {
      String label = r.step() != null ? r.step().label() : "Follow-up";
      text = label + ": " + r.assessment().score() + "/100";
      StringBuilder s = new StringBuilder();
      s.append("*").append(escape(label)).append(" — ").append(scoreLine(r.assessment()));
      if (r.step() == null) {
        s.append("\n_").append(escape(truncate(r.prompt(), 300))).append("_");
      }
      addMarkdown(b, s.toString());
      b.add(timings(r.assessment(), r.replyMillis()));
      addFindings(b, r.assessment().findings());
    } else if (reply instanceof CoachReply.StrongExample r) {
      text = "Strong example: " + r.step().label();
      addMarkdown(b, "*A strong " + r.step().label() + "*\n" + quote(r.example()));
      if (!r.keyPhrases().isEmpty()) {
        b.add(note("Key phrases: " + escape(String.join(" · ", r.keyPhrases()))));
      }
    } else if (reply instanceof CoachReply.Hint r) {
      String label = r.step() == null ? "the full answer" : r.step().label();
      text = "Hint for " + label;
      StringBuilder s = new StringBuilder("*Hint for ").append(label).append("*");
      if (r.coaching() != null) {
        s.append("\n:bulb: ").append(escape(r.coaching()));
      }
      if (r.commonMistake() != null) {
        s.append("\n:no_entry_sign: *Avoid:* ").append(escape(r.commonMistake()));
      }
      if (!r.keyPhrases().isEmpty()) {
        s.append("\n*Key phrases:* ").append(escape(String.join(" · ", r.keyPhrases())));
      }
      addMarkdown(b, s.toString());
    } else if (reply instanceof CoachReply.FullAnswerPrompt r) {
      text = "Mock interview: " + escape(r.question().text());
      b.add(header(h -> h.text(plainText("Mock interview"))));
      addMarkdown(
          b,
          "*"
              + escape(r.question().text())
              + "*\nTell the whole story in one answer, in STAR order: about "
              + r.budgetSeconds()
              + " s spoken at level "
              + escape(r.level().label())
              + ".");
      b.add(promptButtons("Full answer", false));
      b.add(note("Reply here with your whole answer, or press Answer to type it in a box."));
    } else if (reply instanceof CoachReply.MockBreakdown r) {
      text = "Full answer: " + r.full().score() + "/100";
      addMarkdown(b, "*Your full answer — " + scoreLine(r.full()));
      b.add(
          note(
              "Spoken ≈ "
                  + SlackText.seconds(r.full().spokenSeconds())
                  + " of a "
                  + r.budgetSeconds()
                  + " s budget · reply time "
                  + SlackText.duration(r.replyMillis())));
      StringBuilder parts = new StringBuilder();
      for (CoachReply.PartScore part : r.parts()) {
        parts
            .append("*")
            .append(part.step().label())
            .append("* ")
            .append(part.assessment().score())
            .append("/100 — ")
            .append(escape(truncate(part.text(), 240)))
            .append('\n');
      }
      if (!r.missing().isEmpty()) {
        parts.append(":warning: *Missing:* ");
        parts.append(String.join(", ", r.missing().stream().map(Step::label).toList()));
      }
      if (parts.length() > 0) {
        addMarkdown(b, parts.toString().strip());
      }
      addFindings(b, r.full().findings());
    } else if (reply instanceof CoachReply.ProbePrompt r) {
      text = "Follow-up " + r.number() + " of " + r.of();
      String focus = r.focus() == null ? "" : "  ·  tests your " + r.focus().label();
      addMarkdown(
          b,
          "*Follow-up " + r.number() + " of " + r.of() + "*" + focus + "\n" + quote(r.question()));
      b.add(promptButtons("Follow-up " + r.number(), true));
    } else if (reply instanceof CoachReply.VerdictCard r) {
      text = "Bar Raiser verdict: " + r.verdict().verdict().label();
      b.add(header(h -> h.text(plainText("Bar Raiser verdict: " + r.verdict().verdict().label()))));
      StringBuilder s = new StringBuilder();
      s.append("*Overall ")
          .append(r.verdict().score())
          .append("/100* at level ")
          .append(escape(r.level().label()));
      for (String reason : r.verdict().reasons()) {
        s.append("\n• ").append(escape(reason));
      }
      addMarkdown(b, s.toString());
    } else if (reply instanceof CoachReply.SessionSummary r) {
      text = modeLabel(r.mode()) + " summary: average " + r.averageScore() + "/100";
      String title =
          modeLabel(r.mode()) + (r.completed() ? " summary" : " summary (stopped early)");
      b.add(header(h -> h.text(plainText(title))));
      addMarkdown(b, summaryTable(r));
      b.add(
          note(
              "Average "
                  + r.averageScore()
                  + "/100 · spoken ≈ "
                  + SlackText.seconds(r.spokenSeconds())
                  + " of a "
                  + r.budgetSeconds()
                  + " s budget · level "
                  + escape(r.level().label())));
    } else if (reply instanceof CoachReply.QuizQuestion r) {
      text = "Quiz " + r.number() + " of " + r.of();
      QuizItem item = r.item();
      StringBuilder s = new StringBuilder();
      s.append("*Quiz ")
          .append(r.number())
          .append(" of ")
          .append(r.of())
          .append("*\n")
          .append(escape(item.question()));
      for (int i = 0; i < item.options().size(); i++) {
        s.append("\n*").append(i + 1).append(".* ").append(escape(item.options().get(i)));
      }
      addMarkdown(b, s.toString());
      List<BlockElement> buttons = new ArrayList<>();
      for (int i = 0; i < item.options().size() && i < 25; i++) {
        int n = i + 1;
        buttons.add(
            button(
                x ->
                    x.actionId(ActionIds.QUIZ_OPTION + n)
                        .text(plainText(String.valueOf(n)))
                        .value(String.valueOf(n))));
      }
      b.add(actions(a -> a.elements(buttons)));
    } else if (reply instanceof CoachReply.QuizFeedback r) {
      text = r.correct() ? "Right" : "Not quite";
      String head =
          r.correct()
              ? ":white_check_mark: *Right* — " + r.answer() + ". " + escape(r.answerText())
              : ":x: *Not quite.* The answer is " + r.answer() + ". " + escape(r.answerText());
      addMarkdown(b, head + "\n" + escape(r.explanation()));
    } else if (reply instanceof CoachReply.QuizSummary r) {
      text = "Quiz done: " + r.correct() + " of " + r.total();
      addMarkdown(
          b,
          "*Quiz done:* "
              + r.correct()
              + " of "
              + r.total()
              + " right on _"
              + escape(r.question().text())
              + "_");
    } else if (reply instanceof CoachReply.LensCard r) {
      Lens lens = r.lens();
      text = "Retell it for " + lens.principle().displayName();
      addMarkdown(
          b,
          "*Retell it for "
              + escape(lens.principle().displayName())
              + "*\n*Lead with:* "
              + escape(lens.leadWith())
              + "\n*Emphasise:* "
              + escape(lens.emphasise())
              + "\n*Play down:* "
              + escape(lens.downplay()));
      b.add(note("Story: " + escape(r.question().text())));
    } else if (reply instanceof CoachReply.LensChoices r) {
      text = "Lenses";
      StringBuilder s = new StringBuilder("*Retell your story for another principle*\n");
      s.append("_").append(escape(r.question().text())).append("_\n");
      if (r.lenses().isEmpty()) {
        s.append("Name any of the 16 principles: `/star lens ownership`.");
      } else {
        for (Lens lens : r.lenses()) {
          s.append("• ").append(escape(lens.principle().displayName())).append('\n');
        }
        s.append("Pick one: `/star lens <principle>`.");
      }
      addMarkdown(b, s.toString());
    } else if (reply instanceof CoachReply.QuestionList r) {
      String title =
          r.principle() == null
              ? "Questions (" + r.questions().size() + ")"
              : escape(r.principle().displayName()) + " questions (" + r.questions().size() + ")";
      text = title;
      StringBuilder s = new StringBuilder("*").append(title).append("*");
      for (Question q : r.questions()) {
        s.append("\n• `")
            .append(escape(q.id()))
            .append("` ")
            .append(escape(truncate(q.text(), 160)))
            .append(q.isWalkthrough() ? " _(walkthrough)_" : "");
      }
      if (r.questions().isEmpty()) {
        s.append("\nNone loaded.");
      }
      addMarkdown(b, s.toString());
      b.add(note("Start one with `/star practice drill <question id>`."));
    } else if (reply instanceof CoachReply.LevelInfo r) {
      text = "Level " + r.level().label();
      addMarkdown(
          b,
          r.changed()
              ? "Your level is now *" + escape(r.level().label()) + "*."
              : "Your level is *"
                  + escape(r.level().label())
                  + "*. Change it with `/star level sde1|sde2|senior`.");
    } else if (reply instanceof CoachReply.ResumeNotice r) {
      text = "Picking up your " + r.mode().id() + " practice";
      addMarkdown(
          b,
          ":arrows_counterclockwise: Picking up your "
              + r.mode().id()
              + " practice on _"
              + escape(r.question().text())
              + "_ at *"
              + escape(r.stepLabel())
              + "*.");
    } else if (reply instanceof CoachReply.DataExport r) {
      text = "Your data export";
      addMarkdown(b, "*Your data export* (JSON)");
      for (String chunk : chunks(r.json(), SECTION_LIMIT - 10)) {
        b.add(section(s -> s.text(markdownText("```" + escape(chunk) + "```"))));
      }
    } else if (reply instanceof CoachReply.ForgetConfirmation) {
      text = "Delete your data?";
      addMarkdown(
          b,
          "*Delete everything stored about you?* Sessions, answers, quiz results and settings."
              + " This cannot be undone.");
      ConfirmationDialogObject confirm =
          confirmationDialog(
              c ->
                  c.title(plainText("Delete your data?"))
                      .text(plainText("All your practice history will be deleted."))
                      .confirm(plainText("Delete"))
                      .deny(plainText("Keep it")));
      b.add(
          actions(
              a ->
                  a.elements(
                      List.of(
                          button(
                              x ->
                                  x.actionId(ActionIds.FORGET_CONFIRM)
                                      .text(plainText("Delete my data"))
                                      .style("danger")
                                      .value("confirm")
                                      .confirm(confirm))))));
    } else if (reply instanceof CoachReply.Forgotten r) {
      text = "Deleted " + r.records() + " records";
      addMarkdown(b, "Deleted " + r.records() + " records. Nothing about you is stored now.");
    } else if (reply instanceof CoachReply.Notice r) {
      text = escape(r.text());
      addMarkdown(b, escape(r.text()));
    } else if (reply instanceof CoachReply.ErrorNotice r) {
      text = escape(r.text());
      addMarkdown(b, ":warning: " + escape(r.text()));
    } else {
      text = "STAR Coach";
      addMarkdown(b, escape(String.valueOf(reply)));
    }
    return new SlackPost(truncate(text, 300), b);
  }

  /**
   * Groups the replies of one engine call into as few messages as Slack allows (50 blocks each).
   */
  List<SlackPost> renderAll(List<CoachReply> replies) {
    List<SlackPost> posts = new ArrayList<>();
    List<LayoutBlock> blocks = new ArrayList<>();
    String text = null;
    for (CoachReply reply : replies) {
      SlackPost one = render(reply);
      if (!blocks.isEmpty() && blocks.size() + one.blocks().size() + 1 > SlackPost.MAX_BLOCKS) {
        posts.add(new SlackPost(text, blocks));
        blocks = new ArrayList<>();
        text = null;
      }
      if (!blocks.isEmpty()) {
        blocks.add(divider());
      }
      blocks.addAll(one.blocks().subList(0, Math.min(one.blocks().size(), SlackPost.MAX_BLOCKS)));
      text = text == null ? one.text() : text;
    }
    if (!blocks.isEmpty()) {
      posts.add(new SlackPost(text, blocks));
    }
    return posts;
  }

  /** The help, optionally saying which subcommand was not understood. */
  SlackPost help(String unknownWord) {
    List<LayoutBlock> b = new ArrayList<>();
    if (unknownWord != null) {
      addMarkdown(
          b, "I don't know `" + escape(truncate(unknownWord, 40)) + "`. Here is what I do:");
    }
    addMarkdown(
        b,
        "*STAR Coach* — practise behavioural interview answers, step by step.\n"
            + "• `/star practice [guided|drill|mock] [question id or principle] [--level"
            + " sde1|sde2|senior]` — start a practice (drill by default). It runs in our DM, or"
            + " in a thread when you start it in a channel.\n"
            + "• `/star quiz [question id or principle]` — multiple-choice quiz\n"
            + "• `/star questions [principle]` — list the questions\n"
            + "• `/star lens [principle]` — retell your last story for another principle\n"
            + "• `/star level [sde1|sde2|senior]` — show or set your level\n"
            + "• `/star hint`, `/star skip`, `/star stop` — steer the open practice (or use the"
            + " buttons)\n"
            + "• `/star stats` — your progress, streak and weekly trend chart (in our DM)\n"
            + "• `/star leaderboard [channel|workspace] [weeks ago]` — the weekly board\n"
            + "• `/star timezone Area/City` — the zone your streak days are counted in\n"
            + "• `/star remind on|off` — a DM when you leave a practice unfinished for a day\n"
            + "• `/star daily show` — this channel's daily question; admins: `/star daily set"
            + " 09:00 Europe/Berlin [mon-fri] [--principle P] [--level L] [--mention @group]`,"
            + " `/star daily off`, `/star daily now`, `/star daily zone Area/City`; workspace"
            + " admins: `/star daily admins add|remove @person|@group`\n"
            + "• `/star export` — your data as JSON · `/star forget` — delete it\n"
            + "Answer by replying in our DM or the practice thread, or press *Answer*.");
    b.add(note("Your progress is on my App Home tab."));
    return new SlackPost("STAR Coach help", b);
  }

  /**
   * A reminder of an unfinished practice, for the person's DM: its text, then Answer (except in a
   * quiz) and Stop, which act on the open practice like the buttons under its prompt.
   */
  SlackPost reminder(Reminder reminder) {
    String text = escape(reminder.text());
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, ":hourglass_flowing_sand: " + text);
    String value = truncate(reminder.stepLabel(), 100);
    List<BlockElement> buttons = new ArrayList<>();
    if (reminder.session().phase() != Phase.QUIZ) {
      buttons.add(
          button(
              x ->
                  x.actionId(ActionIds.ANSWER)
                      .text(plainText("Answer"))
                      .style("primary")
                      .value(value)));
    }
    buttons.add(
        button(
            x -> x.actionId(ActionIds.STOP).text(plainText("Stop")).style("danger").value(value)));
    b.add(actions(a -> a.elements(buttons)));
    b.add(note("You asked for reminders; `/star remind off` stops them."));
    return new SlackPost(text, b);
  }

  /** The reply for a subcommand this installation was started without. */
  SlackPost notAvailable(String word) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(
        b,
        "`/star "
            + escape(word)
            + "` is not available on this installation: it was started without the daily and"
            + " stats services. My App Home tab still shows your progress.");
    return new SlackPost("/star " + escape(word) + " is not available here", b);
  }

  /** The reply for a subcommand with wrong arguments. */
  SlackPost invalid(String message) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, ":warning: " + escape(message) + "\nSee `/star help`.");
    return new SlackPost(escape(message), b);
  }

  /** A short mrkdwn message; the caller has escaped anything not its own. */
  SlackPost plain(String alreadyEscaped) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, alreadyEscaped);
    return new SlackPost(truncate(alreadyEscaped, 300), b);
  }

  /** The modal to type an answer in. */
  View answerModal(String promptLabel, Destination replyTo) {
    String label = promptLabel == null || promptLabel.isBlank() ? "your answer" : promptLabel;
    return view(
        v ->
            v.type("modal")
                .callbackId(ActionIds.ANSWER_MODAL)
                .privateMetadata(replyTo.encode())
                .title(viewTitle(t -> t.type("plain_text").text("STAR Coach")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Send")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(
                    List.of(
                        input(
                            i ->
                                i.blockId(ActionIds.ANSWER_BLOCK)
                                    .label(plainText(truncate("Answer: " + label, 150)))
                                    .element(
                                        plainTextInput(
                                            p ->
                                                p.actionId(ActionIds.ANSWER_INPUT)
                                                    .multiline(true)
                                                    .maxLength(MAX_ANSWER_CHARS)))))));
  }

  // ---- pieces ----

  private static LayoutBlock promptButtons(String promptLabel, boolean skip) {
    String value = truncate(promptLabel, 100);
    List<BlockElement> buttons = new ArrayList<>();
    buttons.add(
        button(
            x ->
                x.actionId(ActionIds.ANSWER)
                    .text(plainText("Answer"))
                    .style("primary")
                    .value(value)));
    buttons.add(button(x -> x.actionId(ActionIds.HINT).text(plainText("Hint")).value(value)));
    if (skip) {
      buttons.add(button(x -> x.actionId(ActionIds.SKIP).text(plainText("Skip")).value(value)));
    }
    buttons.add(
        button(
            x -> x.actionId(ActionIds.STOP).text(plainText("Stop")).style("danger").value(value)));
    return actions(a -> a.elements(buttons));
  }

  private static String scoreLine(Assessment a) {
    return a.score() + "/100* (" + a.verdict().label() + ")";
  }

  private static LayoutBlock timings(Assessment a, long replyMillis) {
    String target = a.targetSeconds() > 0 ? " of a " + a.targetSeconds() + " s target" : "";
    return note(
        "Spoken ≈ "
            + SlackText.seconds(a.spokenSeconds())
            + target
            + " · reply time "
            + SlackText.duration(replyMillis));
  }

  private static void addFindings(List<LayoutBlock> b, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    StringBuilder s = new StringBuilder();
    for (Finding f : findings) {
      s.append(f.kind() == FindingKind.STRENGTH ? ":white_check_mark: " : ":warning: ")
          .append("`")
          .append(f.category().id())
          .append("` ")
          .append(escape(f.message()));
      if (!f.evidence().isBlank()) {
        s.append(" _“").append(escape(truncate(f.evidence(), 120))).append("”_");
      }
      s.append('\n');
    }
    addMarkdown(b, s.toString().strip());
  }

  private static String summaryTable(CoachReply.SessionSummary r) {
    StringBuilder t = new StringBuilder("```");
    t.append(
        String.format(
            Locale.ROOT, "%-12s %5s %7s %7s %9s%n", "Step", "Score", "Spoken", "Target", "Reply"));
    for (CoachReply.SummaryRow row : r.rows()) {
      t.append(
          String.format(
              Locale.ROOT,
              "%-12s %5s %7s %7s %9s%n",
              escape(truncate(row.label(), 12)),
              row.skipped() ? "skip" : String.valueOf(row.score()),
              row.skipped() ? "-" : SlackText.seconds(row.spokenSeconds()),
              row.targetSeconds() > 0 ? row.targetSeconds() + " s" : "-",
              SlackText.duration(row.replyMillis())));
    }
    if (r.rows().isEmpty()) {
      t.append("no answers\n");
    }
    return t.append("```").toString();
  }

  private static String modeLabel(SessionMode mode) {
    return mode.label();
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : escape(text).split("\n", -1)) {
      out.append("> ").append(line).append('\n');
    }
    return out.toString().stripTrailing();
  }

  static String bar(int score) {
    int filled = Math.max(0, Math.min(10, Math.round(score / 10f)));
    return "`" + "█".repeat(filled) + "░".repeat(10 - filled) + "`";
  }

  static LayoutBlock note(String alreadyEscaped) {
    return context(c -> c.elements(List.of(markdownText(truncate(alreadyEscaped, 2900)))));
  }

  static void addMarkdown(List<LayoutBlock> b, String alreadyEscaped) {
    for (String chunk : chunks(alreadyEscaped, SECTION_LIMIT)) {
      b.add(section(s -> s.text(markdownText(chunk))));
    }
  }

  /** Splits text into pieces of at most {@code max} characters, preferring line breaks. */
  static List<String> chunks(String text, int max) {
    List<String> out = new ArrayList<>();
    String rest = text == null ? "" : text;
    while (rest.length() > max) {
      int cut = rest.lastIndexOf('\n', max);
      if (cut < max / 2) {
        cut = max;
      }
      out.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty() || out.isEmpty()) {
      out.add(rest);
    }
    return out;
  }
}
