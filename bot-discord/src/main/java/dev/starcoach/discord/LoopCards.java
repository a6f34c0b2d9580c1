package dev.starcoach.discord;

import static dev.starcoach.discord.Markup.clip;

import dev.starcoach.core.engine.StoryView;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * Cards of practice aimed at the gaps and of loop rehearsals: why {@code next} picked its question,
 * each interviewer of a loop, and the loop's debrief as a hiring committee reads it.
 */
final class LoopCards {
  private static final int COLOR_LOOP = 0x0F766E;

  /** A loop has four or five interviewers; more are not shown, to stay within an embed. */
  private static final int MAX_ROUNDS = 8;

  /** The characters all rounds' evidence may take together (an embed holds 6,000). */
  private static final int ROUNDS_BUDGET = 4000;

  private LoopCards() {}

  static MessageEmbed nextPick(StoryView.NextPick view) {
    StringBuilder text =
        new StringBuilder("Aiming at **")
            .append(view.principle().displayName())
            .append("**, and at your **")
            .append(view.focus().label())
            .append("** in particular.");
    if (!view.reasons().isEmpty()) {
      text.append("\n\nWhy this one:");
      for (String reason : view.reasons()) {
        String line = "\n• " + Markup.escapeClipped(reason, 300);
        if (text.length() + line.length() > 3800) {
          break;
        }
        text.append(line);
      }
    }
    return new EmbedBuilder()
        .setTitle("Next: " + view.principle().displayName())
        .setDescription(text.toString())
        .setColor(COLOR_LOOP)
        .build();
  }

  static MessageEmbed loopRound(StoryView.LoopRound view) {
    return new EmbedBuilder()
        .setTitle("Interviewer " + view.number() + " of " + view.of())
        .setDescription(
            "This interviewer is listening for **"
                + view.principle().displayName()
                + "**. Answer with one of your stories, the way you would in the room.")
        .setColor(COLOR_LOOP)
        .build();
  }

  static MessageEmbed loopDebrief(StoryView.LoopDebrief view) {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle("Loop debrief")
            .setColor(COLOR_LOOP)
            .setDescription(
                "How a hiring committee would read your "
                    + view.rounds().size()
                    + " interviews, principle by principle.");
    List<StoryView.LoopEvidence> rounds = view.rounds();
    int shown = Math.min(rounds.size(), MAX_ROUNDS);
    int budget = Math.min(1000, ROUNDS_BUDGET / Math.max(1, shown));
    for (int i = 0; i < shown; i++) {
      StoryView.LoopEvidence r = rounds.get(i);
      String name =
          clip(
              (i + 1)
                  + ". "
                  + r.principle().displayName()
                  + " · "
                  + r.verdict().verdict().label()
                  + " ("
                  + r.verdict().score()
                  + ")"
                  + mark(i, view),
              256);
      e.addField(name, evidence(r, budget), false);
    }
    e.addField(
        "A Bar Raiser would probe next",
        clip(
            "**"
                + view.probeNext().displayName()
                + "**: "
                + Markup.escapeClipped(view.probeWhy(), 600),
            700),
        false);
    return e.build();
  }

  private static String mark(int index, StoryView.LoopDebrief view) {
    if (view.strongest().filter(s -> s == index).isPresent()) {
      return " · strongest";
    }
    if (view.weakest().filter(w -> w == index).isPresent()) {
      return " · weakest";
    }
    return "";
  }

  private static String evidence(StoryView.LoopEvidence r, int budget) {
    StringBuilder out = new StringBuilder();
    out.append(Markup.italic(r.question().text(), 160)).append('\n');
    Optional<StoryView.StoryRef> story = r.story();
    story.ifPresent(
        s ->
            out.append("Story #")
                .append(s.number())
                .append(" ")
                .append(Markup.bold(s.title(), 80))
                .append('\n'));
    for (String line : r.evidence()) {
      String item = "• " + Markup.escapeClipped(line, 200) + "\n";
      if (out.length() + item.length() > budget) {
        break;
      }
      out.append(item);
    }
    if (r.evidence().isEmpty()) {
      out.append("• nothing the committee could quote for this principle\n");
    }
    return clip(out.toString().strip(), budget);
  }
}
