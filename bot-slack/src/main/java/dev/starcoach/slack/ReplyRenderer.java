package dev.starcoach.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static dev.starcoach.slack.KitParts.addMarkdown;
import static dev.starcoach.slack.KitParts.note;
import static dev.starcoach.slack.KitParts.promptButtons;
import static dev.starcoach.slack.KitParts.quote;
import static dev.starcoach.slack.SlackText.escape;
import static dev.starcoach.slack.SlackText.truncate;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.element.BlockElement;
import dev.starcoach.core.content.Lens;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuizItem;
import dev.starcoach.core.engine.CoachReply;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders the engine's platform-neutral replies as Block Kit: one {@link CoachReply.Visitor} method
 * per reply type, so a new reply type does not compile until Slack says how to show it. Pure: no
 * I/O. Every string that is not a fixed part of the renderers is escaped, so nothing shown can
 * mention anyone. A data export becomes a JSON file to upload with a short summary message.
 */
final class ReplyRenderer implements CoachReply.Visitor<SlackPost> {
  /** The name of the uploaded data export. */
  static final String EXPORT_FILE = ExportBlocks.EXPORT_FILE;

  /** The most questions one list shows, keeping the message well inside Slack's size limits. */
  static final int MAX_LISTED = 60;

  /** The longest fallback (notification) text written. */
  static final int FALLBACK_LIMIT = PostGroups.FALLBACK_LIMIT;

  private final Viewer viewer;
  private final boolean home;
  private final ProgressRenderer progress = new ProgressRenderer();
  private final DailyRenderer daily = new DailyRenderer();

  /** A renderer for nobody in particular, showing members by id. */
  ReplyRenderer() {
    this(Viewer.NOBODY, false);
  }

  /**
   * @param viewer who the replies are for and how members' names are found
   * @param home true to render for the App Home: a stats card without its chart, a board as the
   *     viewer's own standing
   */
  private ReplyRenderer(Viewer viewer, boolean home) {
    this.viewer = viewer;
    this.home = home;
  }

  /** A renderer finding members' names with {@code names} (a member id to a display name). */
  static ReplyRenderer withNames(Function<String, Optional<String>> names) {
    return new ReplyRenderer(new Viewer(null, names), false);
  }

  /** This renderer, for member {@code userId}: their own line on a board is marked. */
  ReplyRenderer forMember(String userId) {
    return new ReplyRenderer(viewer.as(userId), home);
  }

  /** This renderer, for the App Home tab of the member it is for. */
  ReplyRenderer forHome() {
    return new ReplyRenderer(viewer, true);
  }

  /** The blocks and fallback text of one engine reply. */
  SlackPost render(CoachReply reply) {
    return reply.accept(this);
  }

  /**
   * Renders the replies of one engine call as few messages as Slack allows ({@link PostGroups}).
   */
  List<SlackPost> renderAll(List<CoachReply> replies) {
    List<SlackPost> posts = new ArrayList<>();
    for (CoachReply reply : replies) {
      posts.add(render(reply));
    }
    return PostGroups.group(posts);
  }

  // ---- the practice ----

  @Override
  public SlackPost practiceStarted(CoachReply.PracticeStarted r) {
    List<LayoutBlock> b = new ArrayList<>();
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
    return post(r.mode().label() + " practice: " + escape(r.question().text()), b);
  }

  @Override
  public SlackPost stepPrompt(CoachReply.StepPrompt r) {
    List<LayoutBlock> b = new ArrayList<>();
    String title = "Step " + r.number() + " of " + r.of() + ": " + r.step().label();
    StringBuilder s = new StringBuilder();
    s.append("*")
        .append(title)
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
    return post(title, b).asPrompt();
  }

  @Override
  public SlackPost answerFeedback(CoachReply.AnswerFeedback r) {
    return FeedbackBlocks.answerFeedback(r);
  }

  @Override
  public SlackPost strongExample(CoachReply.StrongExample r) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, "*A strong " + r.step().label() + "*\n" + quote(r.example()));
    if (!r.keyPhrases().isEmpty()) {
      b.add(note("Key phrases: " + escape(String.join(" · ", r.keyPhrases()))));
    }
    return post("Strong example: " + r.step().label(), b);
  }

  @Override
  public SlackPost hint(CoachReply.Hint r) {
    List<LayoutBlock> b = new ArrayList<>();
    String label = r.step() == null ? "the full answer" : r.step().label();
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
    return post("Hint for " + label, b);
  }

  @Override
  public SlackPost fullAnswerPrompt(CoachReply.FullAnswerPrompt r) {
    List<LayoutBlock> b = new ArrayList<>();
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
    return post("Mock interview: " + escape(r.question().text()), b).asPrompt();
  }

  @Override
  public SlackPost mockBreakdown(CoachReply.MockBreakdown r) {
    return FeedbackBlocks.mockBreakdown(r);
  }

  @Override
  public SlackPost probePrompt(CoachReply.ProbePrompt r) {
    List<LayoutBlock> b = new ArrayList<>();
    String title = "Follow-up " + r.number() + " of " + r.of();
    String focus = r.focus() == null ? "" : "  ·  tests your " + r.focus().label();
    addMarkdown(b, "*" + title + "*" + focus + "\n" + quote(r.question()));
    b.add(promptButtons("Follow-up " + r.number(), true));
    return post(title + ": " + escape(r.question()), b).asPrompt();
  }

  @Override
  public SlackPost verdictCard(CoachReply.VerdictCard r) {
    return withSaveButton(FeedbackBlocks.verdictCard(r));
  }

  @Override
  public SlackPost sessionSummary(CoachReply.SessionSummary r) {
    return withSaveButton(FeedbackBlocks.sessionSummary(r));
  }

  /** A practice's last card, with "Save as story" under it. */
  private static SlackPost withSaveButton(SlackPost card) {
    List<LayoutBlock> b = new ArrayList<>(card.blocks());
    b.add(StoryBlocks.saveButton());
    return new SlackPost(card.text(), b, card.file(), card.prompt());
  }

  // ---- quiz ----

  @Override
  public SlackPost quizQuestion(CoachReply.QuizQuestion r) {
    List<LayoutBlock> b = new ArrayList<>();
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
    return post("Quiz " + r.number() + " of " + r.of() + ": " + escape(item.question()), b)
        .asPrompt();
  }

  @Override
  public SlackPost quizFeedback(CoachReply.QuizFeedback r) {
    List<LayoutBlock> b = new ArrayList<>();
    String head =
        r.correct()
            ? ":white_check_mark: *Right* — " + r.answer() + ". " + escape(r.answerText())
            : ":x: *Not quite.* The answer is " + r.answer() + ". " + escape(r.answerText());
    addMarkdown(b, head + "\n" + escape(r.explanation()));
    return post(r.correct() ? "Right" : "Not quite", b);
  }

  @Override
  public SlackPost quizSummary(CoachReply.QuizSummary r) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(
        b,
        "*Quiz done:* "
            + r.correct()
            + " of "
            + r.total()
            + " right on _"
            + escape(r.question().text())
            + "_");
    return post("Quiz done: " + r.correct() + " of " + r.total(), b);
  }

  // ---- content ----

  @Override
  public SlackPost lensCard(CoachReply.LensCard r) {
    List<LayoutBlock> b = new ArrayList<>();
    Lens lens = r.lens();
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
    return post("Retell it for " + lens.principle().displayName(), b);
  }

  @Override
  public SlackPost lensChoices(CoachReply.LensChoices r) {
    List<LayoutBlock> b = new ArrayList<>();
    StringBuilder s = new StringBuilder("*Retell your story for another principle*\n");
    s.append("_").append(escape(r.question().text())).append("_\n");
    if (r.lenses().isEmpty()) {
      s.append("Name any of the 16 principles: `/star lens ownership`.");
    } else {
      for (Lens lens : r.lenses()) {
        s.append("• ").append(escape(lens.principle().displayName())).append('\n');
      }
      s.append("Pick one: `/star lens &lt;principle&gt;`.");
    }
    addMarkdown(b, s.toString());
    return post("Lenses", b);
  }

  @Override
  public SlackPost questionList(CoachReply.QuestionList r) {
    List<LayoutBlock> b = new ArrayList<>();
    String title =
        r.principle() == null
            ? "Questions (" + r.questions().size() + ")"
            : escape(r.principle().displayName()) + " questions (" + r.questions().size() + ")";
    StringBuilder s = new StringBuilder("*").append(title).append("*");
    for (Question q : r.questions().subList(0, Math.min(r.questions().size(), MAX_LISTED))) {
      s.append("\n• `")
          .append(escape(q.id()))
          .append("` ")
          .append(escape(truncate(q.text(), 160)))
          .append(q.isWalkthrough() ? " _(walkthrough)_" : "");
    }
    if (r.questions().isEmpty()) {
      s.append("\nNone loaded.");
    } else if (r.questions().size() > MAX_LISTED) {
      s.append("\n…and ")
          .append(r.questions().size() - MAX_LISTED)
          .append(" more: list one principle's with `/star questions &lt;principle&gt;`.");
    }
    addMarkdown(b, s.toString());
    b.add(note("Start one with `/star practice drill &lt;question id&gt;`."));
    return post(title, b);
  }

  // ---- the person ----

  @Override
  public SlackPost levelInfo(CoachReply.LevelInfo r) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(
        b,
        r.changed()
            ? "Your level is now *" + escape(r.level().label()) + "*."
            : "Your level is *"
                + escape(r.level().label())
                + "*. Change it with `/star level sde1|sde2|senior`.");
    return post("Level " + r.level().label(), b);
  }

  @Override
  public SlackPost resumeNotice(CoachReply.ResumeNotice r) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(
        b,
        ":arrows_counterclockwise: Picking up your "
            + r.mode().id()
            + " practice on _"
            + escape(r.question().text())
            + "_ at *"
            + escape(r.stepLabel())
            + "*.");
    return post("Picking up your " + r.mode().id() + " practice", b);
  }

  @Override
  public SlackPost dataExport(CoachReply.DataExport r) {
    return ExportBlocks.of(r);
  }

  @Override
  public SlackPost forgetConfirmation(CoachReply.ForgetConfirmation r) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(
        b,
        "*Delete everything stored about you?* Sessions, answers, quiz results, settings,"
            + " stories and loop rehearsals."
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
    return post("Delete your data?", b);
  }

  @Override
  public SlackPost forgotten(CoachReply.Forgotten r) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, "Deleted " + r.records() + " records. Nothing about you is stored now.");
    return post("Deleted " + r.records() + " records", b);
  }

  // ---- the group: daily questions, stats, boards ----

  @Override
  public SlackPost dailyShown(CoachReply.DailyShown r) {
    return daily.result(r.result());
  }

  @Override
  public SlackPost statsCard(CoachReply.StatsCard r) {
    return home ? new SlackPost("Your STAR progress", progress.homeStats(r)) : progress.stats(r);
  }

  @Override
  public SlackPost leaderboardCard(CoachReply.LeaderboardCard r) {
    return home
        ? new SlackPost("This week", progress.homeStanding(r, viewer))
        : progress.leaderboard(r, viewer);
  }

  @Override
  public SlackPost help(CoachReply.Help r) {
    return SlackMessages.help(null, r.practiceOpen());
  }

  @Override
  public SlackPost notice(CoachReply.Notice r) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, escape(r.text()));
    return post(escape(r.text()), b);
  }

  @Override
  public SlackPost errorNotice(CoachReply.ErrorNotice r) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, ":warning: " + escape(r.text()));
    switch (r.code()) {
      case NO_SESSION -> b.add(note("Start one with `/star practice`, or from my App Home tab."));
      case UNKNOWN_COMMAND, INVALID_COMMAND -> b.add(note("`/star help` lists the commands."));
      default -> {}
    }
    return post(escape(r.text()), b);
  }

  // ---- pieces ----

  @Override
  public SlackPost story(CoachReply.StoryShown r) {
    return r.view().accept(new StoryBlocks(home));
  }

  private static SlackPost post(String alreadyEscapedText, List<LayoutBlock> blocks) {
    return new SlackPost(truncate(alreadyEscapedText, FALLBACK_LIMIT), blocks);
  }
}
