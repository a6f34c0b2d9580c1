package dev.starcoach.discord;

import static dev.starcoach.discord.Markup.bar;
import static dev.starcoach.discord.Markup.bold;
import static dev.starcoach.discord.Markup.clip;
import static dev.starcoach.discord.Markup.duration;
import static dev.starcoach.discord.Markup.pad;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.engine.CoachReply;
import java.util.Locale;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * The cards of a mock interview: the question alone, the breakdown of the full answer, the
 * follow-up probes and the Bar Raiser verdict.
 */
final class MockCards {
  private MockCards() {}

  static MessageEmbed fullAnswerPrompt(CoachReply.FullAnswerPrompt r) {
    return new EmbedBuilder()
        .setTitle("Mock interview · " + r.question().principle().displayName())
        .setDescription(
            bold(r.question().text(), 3000)
                + "\n\nAnswer in one go, in STAR order, in about "
                + duration(r.budgetSeconds())
                + " spoken ("
                + r.level().label()
                + ").")
        .setColor(Markup.COLOR_PROMPT)
        .build();
  }

  static MessageEmbed breakdown(CoachReply.MockBreakdown r) {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle("Your answer · breakdown")
            .setDescription(bar(r.full().score()))
            .setColor(Markup.scoreColor(r.full().score()));
    StringBuilder parts = new StringBuilder();
    for (CoachReply.PartScore part : r.parts()) {
      parts
          .append(pad(part.step().label(), 11))
          .append(Markup.cells(part.assessment().score()))
          .append(' ')
          .append(String.format(Locale.ROOT, "%3d", part.assessment().score()))
          .append('\n');
    }
    for (Step missing : r.missing()) {
      parts.append(pad(missing.label(), 11)).append("missing\n");
    }
    e.addField("STAR parts", "```\n" + parts + "```", false);
    Findings.addTo(e, r.full());
    e.addField("Spoken length", Markup.spoken(r.full().spokenSeconds(), r.budgetSeconds()), true);
    e.addField("Reply time", duration(Math.round(r.replyMillis() / 1000.0)), true);
    if (!r.missing().isEmpty()) {
      e.setFooter(
          "Missing: "
              + String.join(", ", r.missing().stream().map(Step::label).toList())
              + ". The follow-ups aim there first.");
    }
    return e.build();
  }

  static MessageEmbed probePrompt(CoachReply.ProbePrompt r) {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle("Follow-up " + r.number() + " of " + r.of())
            .setDescription(bold(r.question(), 3000))
            .setColor(Markup.COLOR_PROMPT);
    if (r.focus() != null) {
      e.setFooter("This probes your " + r.focus().label() + ".");
    }
    return e.build();
  }

  static MessageEmbed verdictCard(CoachReply.VerdictCard r) {
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

  private static int verdictColor(Verdict verdict) {
    return switch (verdict) {
      case STRONG_HIRE, HIRE -> Markup.COLOR_GOOD;
      case LEANING_NO_HIRE -> Markup.COLOR_MIXED;
      case NO_HIRE -> Markup.COLOR_WEAK;
    };
  }
}
