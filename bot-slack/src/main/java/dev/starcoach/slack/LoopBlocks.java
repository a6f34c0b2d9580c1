package dev.starcoach.slack;

import static dev.starcoach.slack.KitParts.addMarkdown;
import static dev.starcoach.slack.KitParts.note;
import static dev.starcoach.slack.SlackText.escape;
import static dev.starcoach.slack.SlackText.truncate;

import com.slack.api.model.block.LayoutBlock;
import dev.starcoach.core.engine.StoryView;
import java.util.ArrayList;
import java.util.List;

/**
 * Block Kit of practice aimed at the gaps and of loop rehearsals: why {@code next} picked its
 * question, each interviewer of a loop, and the debrief as a hiring committee reads it.
 */
final class LoopBlocks {
  /** A loop has four or five interviewers; more are not shown, to stay within one message. */
  static final int MAX_ROUNDS = 8;

  /** The most reasons or evidence lines shown for one pick or round. */
  private static final int MAX_LINES = 6;

  private LoopBlocks() {}

  static SlackPost nextPick(StoryView.NextPick view) {
    StringBuilder s =
        new StringBuilder(":dart: *Next: ")
            .append(view.principle().displayName())
            .append("*, aiming at your *")
            .append(view.focus().label())
            .append("*.");
    if (!view.reasons().isEmpty()) {
      s.append("\nWhy this one:");
      for (int i = 0; i < view.reasons().size() && i < MAX_LINES; i++) {
        s.append("\n• ").append(escape(truncate(view.reasons().get(i), 300)));
      }
    }
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, s.toString());
    return new SlackPost("Next: " + view.principle().displayName(), b);
  }

  static SlackPost loopRound(StoryView.LoopRound view) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(
        b,
        ":bust_in_silhouette: *Interviewer "
            + view.number()
            + " of "
            + view.of()
            + "* is listening for *"
            + view.principle().displayName()
            + "*. Answer with one of your stories, the way you would in the room.");
    return new SlackPost("Interviewer " + view.number() + " of " + view.of(), b);
  }

  static SlackPost loopDebrief(StoryView.LoopDebrief view) {
    List<LayoutBlock> b = new ArrayList<>();
    b.add(
        com.slack.api.model.block.Blocks.header(
            h ->
                h.text(
                    com.slack.api.model.block.composition.BlockCompositions.plainText(
                        "Loop debrief"))));
    addMarkdown(
        b,
        "How a hiring committee would read your "
            + view.rounds().size()
            + " interviews, principle by principle.");
    List<StoryView.LoopEvidence> rounds = view.rounds();
    for (int i = 0; i < rounds.size() && i < MAX_ROUNDS; i++) {
      addMarkdown(b, round(i, rounds.get(i), view));
    }
    addMarkdown(
        b,
        ":mag: *A Bar Raiser would probe next: "
            + view.probeNext().displayName()
            + "*\n"
            + escape(truncate(view.probeWhy(), 600)));
    b.add(
        note(
            "Practise it with `/star practice next`, or rehearse again with `/star practice loop`."));
    return new SlackPost("Loop debrief", b);
  }

  private static String round(int index, StoryView.LoopEvidence r, StoryView.LoopDebrief view) {
    StringBuilder s =
        new StringBuilder("*")
            .append(index + 1)
            .append(". ")
            .append(r.principle().displayName())
            .append("* · ")
            .append(r.verdict().verdict().label())
            .append(" (")
            .append(r.verdict().score())
            .append(")");
    if (view.strongest().filter(x -> x == index).isPresent()) {
      s.append(" · :star: strongest");
    } else if (view.weakest().filter(x -> x == index).isPresent()) {
      s.append(" · weakest");
    }
    s.append("\n_").append(escape(truncate(r.question().text(), 160))).append("_");
    r.story()
        .ifPresent(
            st ->
                s.append("\nStory #")
                    .append(st.number())
                    .append(" *")
                    .append(escape(truncate(st.title().replace('\n', ' '), 80)))
                    .append('*'));
    for (int i = 0; i < r.evidence().size() && i < MAX_LINES; i++) {
      s.append("\n• ").append(escape(truncate(r.evidence().get(i), 200)));
    }
    if (r.evidence().isEmpty()) {
      s.append("\n• nothing the committee could quote for this principle");
    }
    return s.toString();
  }
}
