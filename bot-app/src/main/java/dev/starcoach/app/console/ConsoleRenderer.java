package dev.starcoach.app.console;

import dev.starcoach.core.content.Lens;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.CoachReply.AnswerFeedback;
import dev.starcoach.core.engine.CoachReply.DataExport;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.engine.CoachReply.ForgetConfirmation;
import dev.starcoach.core.engine.CoachReply.Forgotten;
import dev.starcoach.core.engine.CoachReply.FullAnswerPrompt;
import dev.starcoach.core.engine.CoachReply.Hint;
import dev.starcoach.core.engine.CoachReply.LensCard;
import dev.starcoach.core.engine.CoachReply.LensChoices;
import dev.starcoach.core.engine.CoachReply.LevelInfo;
import dev.starcoach.core.engine.CoachReply.MockBreakdown;
import dev.starcoach.core.engine.CoachReply.Notice;
import dev.starcoach.core.engine.CoachReply.PracticeStarted;
import dev.starcoach.core.engine.CoachReply.ProbePrompt;
import dev.starcoach.core.engine.CoachReply.QuestionList;
import dev.starcoach.core.engine.CoachReply.QuizFeedback;
import dev.starcoach.core.engine.CoachReply.QuizQuestion;
import dev.starcoach.core.engine.CoachReply.QuizSummary;
import dev.starcoach.core.engine.CoachReply.ResumeNotice;
import dev.starcoach.core.engine.CoachReply.SessionSummary;
import dev.starcoach.core.engine.CoachReply.StepPrompt;
import dev.starcoach.core.engine.CoachReply.StrongExample;
import dev.starcoach.core.engine.CoachReply.VerdictCard;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.stats.PersonStats;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Renders engine replies as plain terminal text. A pure function of the reply (and whether colour
 * is on), so it is tested by comparing strings.
 */
public final class ConsoleRenderer implements CoachReply.Visitor<String> {
  private static final String RESET = "\u001B[0m";
  private static final String BOLD = "\u001B[1m";
  private static final String DIM = "\u001B[2m";
  private static final String GREEN = "\u001B[32m";
  private static final String YELLOW = "\u001B[33m";
  private static final String RED = "\u001B[31m";
  private static final String CYAN = "\u001B[36m";

  private final boolean colour;
  private final Function<PersonStats, String> chart;
  private final Supplier<String> eraseFiles;
  private final ConsoleProgress progress;
  private final ConsoleSummary summaries;

  /**
   * A renderer.
   *
   * @param colour true to colour the text with ANSI codes
   * @param chart writes a person's trend chart and says where it is (a file path)
   */
  public ConsoleRenderer(boolean colour, Function<PersonStats, String> chart) {
    this(colour, chart, () -> "");
  }

  /**
   * @param colour whether to use ANSI colours
   * @param chart writes a person's trend chart and says where it is (a file path)
   * @param eraseFiles deletes the files written about the person when they are forgotten, and says
   *     so (empty when there were none)
   */
  public ConsoleRenderer(
      boolean colour, Function<PersonStats, String> chart, Supplier<String> eraseFiles) {
    this.eraseFiles = eraseFiles;
    this.colour = colour;
    this.chart = chart;
    this.progress = new ConsoleProgress(this::paintBold, this::paintDim);
    this.summaries = new ConsoleSummary(this::paintBold, this::paintDim);
  }

  private String paintBold(String text) {
    return paint(BOLD, text);
  }

  private String paintDim(String text) {
    return paint(DIM, text);
  }

  /** The text for one reply, without a trailing newline. */
  public String render(CoachReply reply) {
    return reply.accept(this);
  }

  @Override
  public String practiceStarted(PracticeStarted r) {
    return started(r);
  }

  @Override
  public String answerFeedback(AnswerFeedback r) {
    return feedback(r);
  }

  @Override
  public String fullAnswerPrompt(FullAnswerPrompt r) {
    return paint(BOLD, "Your answer")
        + " — tell the whole story in one message (about "
        + r.budgetSeconds()
        + " s spoken at "
        + r.level().label()
        + "). /hint shows the STAR outline.";
  }

  @Override
  public String mockBreakdown(MockBreakdown r) {
    return breakdown(r);
  }

  @Override
  public String probePrompt(ProbePrompt r) {
    return paint(BOLD, "Follow-up " + r.number() + "/" + r.of())
        + paint(DIM, " (tests your " + r.focus().label() + ")")
        + "\n"
        + r.question();
  }

  @Override
  public String verdictCard(VerdictCard r) {
    return verdict(r);
  }

  @Override
  public String sessionSummary(SessionSummary r) {
    return summaries.of(r);
  }

  @Override
  public String quizFeedback(QuizFeedback r) {
    return (r.correct()
            ? paint(GREEN, "Right.")
            : paint(RED, "Not quite.") + " The answer is " + r.answer() + ") " + r.answerText())
        + "\n"
        + r.explanation();
  }

  @Override
  public String quizSummary(QuizSummary r) {
    return paint(BOLD, "Quiz done: " + r.correct() + "/" + r.total() + " right.");
  }

  @Override
  public String lensCard(LensCard r) {
    return lens(r.question(), r.lens());
  }

  @Override
  public String questionList(QuestionList r) {
    return questions(r);
  }

  @Override
  public String levelInfo(LevelInfo r) {
    return r.changed()
        ? "Level set to " + r.level().label() + ". It applies to your next practice."
        : "Your level is " + r.level().label() + ". Change it with /level sde1|sde2|senior.";
  }

  @Override
  public String resumeNotice(ResumeNotice r) {
    return paint(
        CYAN,
        "Resuming your "
            + r.mode().id()
            + " on \""
            + r.question().text()
            + "\" at "
            + r.stepLabel()
            + ".");
  }

  @Override
  public String dataExport(DataExport r) {
    return r.json();
  }

  @Override
  public String forgetConfirmation(ForgetConfirmation r) {
    return "This deletes all your sessions, answers, quiz results, settings, stories and loop"
        + " rehearsals. Type /forget confirm to go ahead.";
  }

  @Override
  public String forgotten(Forgotten r) {
    String files = eraseFiles.get();
    return "Deleted "
        + r.records()
        + " records. Nothing about you is stored any more."
        + (files.isEmpty() ? "" : " " + files);
  }

  @Override
  public String statsCard(CoachReply.StatsCard r) {
    return progress.stats(r.stats(), chart.apply(r.stats()));
  }

  @Override
  public String leaderboardCard(CoachReply.LeaderboardCard r) {
    return progress.leaderboard(r.week(), r.weeksAgo());
  }

  @Override
  public String dailyShown(CoachReply.DailyShown r) {
    return "Daily questions are posted to Discord and Slack channels; the console has none.";
  }

  @Override
  public String help(CoachReply.Help r) {
    return help();
  }

  @Override
  public String notice(Notice r) {
    return r.text();
  }

  @Override
  public String errorNotice(ErrorNotice r) {
    String text =
        switch (r.code()) {
          case NO_SESSION ->
              "No practice is open, so that was not taken as an answer. Start one with /practice"
                  + " (or /practice guided, /practice mock), or /quiz.";
          case UNKNOWN_COMMAND -> r.text().replace("Ask for help", "Type /help");
          default -> r.text();
        };
    return paint(YELLOW, "! " + text);
  }

  private String started(PracticeStarted r) {
    Question q = r.question();
    return paint(
            BOLD,
            r.mode().label()
                + " practice · "
                + r.level().label()
                + " · "
                + q.principle().displayName())
        + paint(DIM, "  [" + q.id() + "]")
        + "\nQ: "
        + q.text()
        + "\n"
        + paint(
            DIM,
            switch (r.mode()) {
                  case GUIDED ->
                      "Step by step, with coaching before and a strong example after each.";
                  case DRILL -> "Step by step against the clock. /hint if you are stuck.";
                  case MOCK ->
                      "Like the real thing: one answer, then follow-up probes and a verdict.";
                  case QUIZ -> "";
                }
                + " Whole answer budget: "
                + r.budgetSeconds()
                + " s.");
  }

  @Override
  public String stepPrompt(StepPrompt r) {
    StringBuilder out = new StringBuilder();
    out.append(
        paint(
            BOLD,
            "Step "
                + r.number()
                + "/"
                + r.of()
                + " · "
                + r.step().label()
                + " · target "
                + r.targetSeconds()
                + " s"));
    if (r.coaching() != null) {
      out.append("\n  Tip: ").append(r.coaching());
    }
    if (r.commonMistake() != null) {
      out.append("\n  Avoid: ").append(r.commonMistake());
    }
    if (r.levelNote() != null) {
      out.append("\n  ").append(r.levelNote());
    }
    out.append("\n").append(paint(DIM, "Type your " + r.step().label() + " (/hint /skip /stop)."));
    return out.toString();
  }

  private String feedback(AnswerFeedback r) {
    Assessment a = r.assessment();
    String title = r.step() != null ? r.step().label() : "Follow-up answer";
    StringBuilder out = new StringBuilder();
    out.append(paint(BOLD, title + ": " + a.score() + "/100"))
        .append(" ")
        .append(ConsoleText.bar(a.score()))
        .append(" ")
        .append(paint(DIM, a.verdict().label()));
    out.append("\n  Spoken ≈ ")
        .append(ConsoleText.seconds(a.spokenSeconds()))
        .append(a.targetSeconds() > 0 ? " (target " + a.targetSeconds() + " s)" : "")
        .append(" · replied in ")
        .append(ConsoleText.clock(r.replyMillis()));
    appendFindings(out, a.findings());
    return out.toString();
  }

  private void appendFindings(StringBuilder out, List<Finding> findings) {
    for (Finding f : findings) {
      boolean strength = f.kind() == FindingKind.STRENGTH;
      out.append("\n  ")
          .append(strength ? paint(GREEN, "+ ") : paint(YELLOW, "- "))
          .append(f.category().id())
          .append(": ")
          .append(f.message());
      if (!f.evidence().isBlank()) {
        out.append(paint(DIM, " «" + f.evidence() + "»"));
      }
    }
  }

  @Override
  public String strongExample(StrongExample r) {
    StringBuilder out =
        new StringBuilder(paint(CYAN, "Strong example (" + r.step().label() + "): "))
            .append(r.example());
    if (!r.keyPhrases().isEmpty()) {
      out.append("\n  Key phrases: ")
          .append(
              r.keyPhrases().stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", ")));
    }
    return out.toString();
  }

  @Override
  public String hint(Hint r) {
    StringBuilder out = new StringBuilder(paint(CYAN, "Hint"));
    if (r.step() != null) {
      out.append(paint(CYAN, " (" + r.step().label() + ")"));
    }
    out.append(": ").append(r.coaching());
    if (r.commonMistake() != null) {
      out.append("\n  Avoid: ").append(r.commonMistake());
    }
    if (!r.keyPhrases().isEmpty()) {
      out.append("\n  Phrases that work: ")
          .append(
              r.keyPhrases().stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", ")));
    }
    return out.toString();
  }

  private String breakdown(MockBreakdown r) {
    StringBuilder out = new StringBuilder(paint(BOLD, "Your answer, split into STAR parts:"));
    for (CoachReply.PartScore part : r.parts()) {
      out.append("\n  ")
          .append(ConsoleText.pad(part.step().label(), 11))
          .append(String.format(Locale.ROOT, "%3d/100", part.assessment().score()))
          .append("  ")
          .append(ConsoleText.pad(ConsoleText.seconds(part.assessment().spokenSeconds()), 6))
          .append(paint(DIM, " \"" + ConsoleText.excerpt(part.text(), 60) + "\""));
    }
    if (!r.missing().isEmpty()) {
      out.append("\n  ")
          .append(paint(YELLOW, "Missing: "))
          .append(r.missing().stream().map(Step::label).collect(Collectors.joining(", ")));
    }
    Assessment full = r.full();
    out.append("\nOverall ")
        .append(full.score())
        .append("/100 · spoken ≈ ")
        .append(ConsoleText.seconds(full.spokenSeconds()))
        .append(" of a ")
        .append(r.budgetSeconds())
        .append(" s budget · replied in ")
        .append(ConsoleText.clock(r.replyMillis()));
    appendFindings(out, full.findings());
    return out.toString();
  }

  private String verdict(VerdictCard r) {
    String label = r.verdict().verdict().label();
    String colourCode = r.verdict().verdict().isHire() ? GREEN : RED;
    StringBuilder out =
        new StringBuilder(
            paint(BOLD, "Bar Raiser verdict: ")
                + paint(colourCode, label)
                + " ("
                + r.verdict().score()
                + "/100, judged at "
                + r.level().label()
                + ")");
    for (String reason : r.verdict().reasons()) {
      out.append("\n  • ").append(reason);
    }
    return out.toString();
  }

  @Override
  public String quizQuestion(QuizQuestion r) {
    StringBuilder out =
        new StringBuilder(paint(BOLD, "Quiz " + r.number() + "/" + r.of() + ": "))
            .append(r.item().question());
    for (int i = 0; i < r.item().options().size(); i++) {
      out.append("\n  ").append(i + 1).append(") ").append(r.item().options().get(i));
    }
    out.append("\n").append(paint(DIM, "Answer with the option number."));
    return out.toString();
  }

  private String lens(Question q, Lens lens) {
    return paint(BOLD, "Retell \"" + q.text() + "\" for " + lens.principle().displayName())
        + "\n  Lead with: "
        + lens.leadWith()
        + "\n  Emphasise: "
        + lens.emphasise()
        + "\n  Downplay:  "
        + lens.downplay();
  }

  @Override
  public String lensChoices(LensChoices r) {
    StringBuilder out = new StringBuilder("Lenses for \"" + r.question().text() + "\":");
    for (Lens lens : r.lenses()) {
      out.append("\n  /lens ").append(lens.principle().displayName());
    }
    out.append("\n").append(paint(DIM, "Any of the 16 principles works: /lens Customer Obsession"));
    return out.toString();
  }

  private String questions(QuestionList r) {
    if (r.questions().isEmpty()) {
      return "No questions loaded"
          + (r.principle() == null ? "." : " for " + r.principle().displayName() + ".");
    }
    StringBuilder out =
        new StringBuilder(
            paint(
                BOLD,
                r.questions().size()
                    + " question"
                    + (r.questions().size() == 1 ? "" : "s")
                    + (r.principle() == null ? "" : " · " + r.principle().displayName())));
    for (Question q : r.questions()) {
      out.append("\n  ")
          .append(ConsoleText.pad(q.id(), 28))
          .append(q.isWalkthrough() ? "★ " : "  ")
          .append(q.text());
      if (r.principle() == null) {
        out.append(paint(DIM, " [" + q.principle().displayName() + "]"));
      }
    }
    out.append("\n").append(paint(DIM, "★ = full walkthrough. Start one: /practice guided <id>"));
    return out.toString();
  }

  /** The console's help text. */
  public String help() {
    return ConsoleHelp.text(this::paintBold);
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }

  @Override
  public String story(CoachReply.StoryShown r) {
    return r.view().accept(new ConsoleStoryText(this::paintBold, this::paintDim));
  }
}
