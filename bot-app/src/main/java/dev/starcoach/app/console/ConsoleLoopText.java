package dev.starcoach.app.console;

import dev.starcoach.core.engine.StoryView;
import java.util.function.UnaryOperator;

/** The console text of gap-aimed practice and loop rehearsal views. */
final class ConsoleLoopText {
  private final UnaryOperator<String> bold;
  private final UnaryOperator<String> dim;

  ConsoleLoopText(UnaryOperator<String> bold, UnaryOperator<String> dim) {
    this.bold = bold;
    this.dim = dim;
  }

  String nextPick(StoryView.NextPick view) {
    StringBuilder out =
        new StringBuilder(bold.apply("Next: " + view.principle().displayName()))
            .append(dim.apply(", aimed at your " + view.focus().label()));
    for (String reason : view.reasons()) {
      out.append("\n  - ").append(reason);
    }
    return out.toString();
  }

  String round(StoryView.LoopRound view) {
    return bold.apply("Interviewer " + view.number() + " of " + view.of())
        + dim.apply(" — " + view.principle().displayName());
  }

  String debrief(StoryView.LoopDebrief view) {
    StringBuilder out = new StringBuilder(bold.apply("Loop debrief"));
    out.append(dim.apply(" — how a hiring committee would read your loop"));
    for (int i = 0; i < view.rounds().size(); i++) {
      StoryView.LoopEvidence r = view.rounds().get(i);
      out.append("\n\n")
          .append(bold.apply((i + 1) + ". " + r.principle().displayName()))
          .append(
              dim.apply(
                  " — " + r.verdict().verdict().label() + ", " + r.verdict().score() + "/100"))
          .append(marks(view, i))
          .append("\n  ")
          .append(dim.apply(r.question().text()));
      r.story()
          .ifPresent(
              s -> out.append("\n  ").append("Story " + s.number() + ": \"" + s.title() + "\""));
      for (String e : r.evidence()) {
        out.append("\n  - ").append(e);
      }
    }
    out.append("\n\n")
        .append(bold.apply("A Bar Raiser would probe next: " + view.probeNext().displayName()))
        .append("\n  ")
        .append(view.probeWhy());
    return out.toString();
  }

  private String marks(StoryView.LoopDebrief view, int index) {
    boolean strongest = view.strongest().map(s -> s == index).orElse(false);
    boolean weakest = view.weakest().map(w -> w == index).orElse(false);
    if (strongest && weakest) {
      return "";
    }
    if (strongest) {
      return bold.apply("  ★ strongest");
    }
    return weakest ? bold.apply("  ▼ weakest") : "";
  }
}
