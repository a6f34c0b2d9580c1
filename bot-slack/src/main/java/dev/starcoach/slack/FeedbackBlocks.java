package dev.starcoach.slack;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static dev.starcoach.slack.KitParts.addMarkdown;
import static dev.starcoach.slack.KitParts.note;
import static dev.starcoach.slack.SlackText.escape;
import static dev.starcoach.slack.SlackText.truncate;

import com.slack.api.model.block.LayoutBlock;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.view.ScoreMeter;
import dev.starcoach.core.view.SpokenLength;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Block Kit for the scored replies: feedback on one answer, the mock breakdown, the Bar Raiser
 * verdict and the summary of a practice. Spoken length and score meters are the core's calls
 * ({@link SpokenLength}, {@link ScoreMeter}), so Slack says "over", "short" or "on target" exactly
 * where Discord does.
 */
final class FeedbackBlocks {
  /** Findings shown per answer; the rest are counted. */
  static final int MAX_FINDINGS = 12;

  private FeedbackBlocks() {}

  static SlackPost answerFeedback(CoachReply.AnswerFeedback r) {
    List<LayoutBlock> b = new ArrayList<>();
    String label = r.step() != null ? r.step().label() : "Follow-up";
    StringBuilder s = new StringBuilder();
    s.append("*").append(escape(label)).append(" — ").append(scoreLine(r.assessment()));
    if (r.step() == null) {
      s.append("\n_").append(escape(truncate(r.prompt(), 300))).append("_");
    }
    addMarkdown(b, s.toString());
    b.add(
        note(
            "Spoken "
                + SpokenLength.of(r.assessment().spokenSeconds(), r.assessment().targetSeconds())
                    .describe()
                + " · reply time "
                + SlackText.duration(r.replyMillis())));
    addFindings(b, r.assessment().findings());
    return new SlackPost(label + ": " + r.assessment().score() + "/100", b);
  }

  static SlackPost mockBreakdown(CoachReply.MockBreakdown r) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, "*Your full answer — " + scoreLine(r.full()));
    b.add(
        note(
            "Spoken "
                + SpokenLength.of(r.full().spokenSeconds(), r.budgetSeconds()).describe()
                + " · reply time "
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
    return new SlackPost("Full answer: " + r.full().score() + "/100", b);
  }

  static SlackPost verdictCard(CoachReply.VerdictCard r) {
    List<LayoutBlock> b = new ArrayList<>();
    String title = "Bar Raiser verdict: " + r.verdict().verdict().label();
    b.add(header(h -> h.text(plainText(truncate(title, 150)))));
    StringBuilder s = new StringBuilder();
    s.append("*Overall ")
        .append(r.verdict().score())
        .append("/100* ")
        .append(meter(r.verdict().score()))
        .append(" at level ")
        .append(escape(r.level().label()));
    for (String reason : r.verdict().reasons()) {
      s.append("\n• ").append(escape(reason));
    }
    addMarkdown(b, s.toString());
    return new SlackPost(title, b);
  }

  static SlackPost sessionSummary(CoachReply.SessionSummary r) {
    List<LayoutBlock> b = new ArrayList<>();
    String label = r.mode().label();
    String title = label + (r.completed() ? " summary" : " summary (stopped early)");
    b.add(header(h -> h.text(plainText(title))));
    addMarkdown(b, summaryTable(r));
    b.add(
        note(
            "Average "
                + r.averageScore()
                + "/100 "
                + meter(r.averageScore())
                + " · spoken "
                + SpokenLength.of(r.spokenSeconds(), r.budgetSeconds()).describe()
                + " · level "
                + escape(r.level().label())));
    return new SlackPost(label + " summary: average " + r.averageScore() + "/100", b);
  }

  /** {@code 72/100* `███████░░░` (Good)}: closes the bold the caller opened. */
  private static String scoreLine(Assessment a) {
    return a.score() + "/100* " + meter(a.score()) + " (" + a.verdict().label() + ")";
  }

  /** The core's meter of a score, as ten cells in code. */
  static String meter(int score) {
    return "`" + ScoreMeter.of(score).cells('█', '░') + "`";
  }

  private static void addFindings(List<LayoutBlock> b, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    StringBuilder s = new StringBuilder();
    int shown = Math.min(findings.size(), MAX_FINDINGS);
    for (Finding f : findings.subList(0, shown)) {
      s.append(f.kind() == FindingKind.STRENGTH ? ":white_check_mark: " : ":warning: ")
          .append("`")
          .append(f.category().id())
          .append("` ")
          .append(escape(truncate(f.message(), 300)));
      if (!f.evidence().isBlank()) {
        s.append(" _“").append(escape(truncate(f.evidence(), 120))).append("”_");
      }
      s.append('\n');
    }
    if (findings.size() > shown) {
      s.append("…and ").append(findings.size() - shown).append(" more.");
    }
    addMarkdown(b, s.toString().strip());
  }

  private static String summaryTable(CoachReply.SessionSummary r) {
    StringBuilder t = new StringBuilder("```");
    t.append(
        String.format(
            Locale.ROOT,
            "%-12s %5s %7s %7s %-9s %9s%n",
            "Step",
            "Score",
            "Spoken",
            "Target",
            "Length",
            "Reply"));
    for (CoachReply.SummaryRow row : r.rows()) {
      SpokenLength length = SpokenLength.of(row.spokenSeconds(), row.targetSeconds());
      t.append(
          String.format(
              Locale.ROOT,
              "%-12s %5s %7s %7s %-9s %9s%n",
              escape(truncate(row.label(), 12)),
              row.skipped() ? "skip" : String.valueOf(row.score()),
              row.skipped() ? "-" : length.spokenSeconds() + " s",
              row.targetSeconds() > 0 ? row.targetSeconds() + " s" : "-",
              row.skipped() || length.call() == SpokenLength.Call.NO_TARGET
                  ? "-"
                  : length.call().label(),
              SlackText.duration(row.replyMillis())));
    }
    if (r.rows().isEmpty()) {
      t.append("no answers\n");
    }
    return t.append("```").toString();
  }
}
