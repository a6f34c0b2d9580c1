package dev.starcoach.app.console;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.StoryView;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryVersion;
import dev.starcoach.core.story.fit.FitCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The console text of story-bank views: the bank, one story, drafting, saves and the map. */
final class ConsoleStoryText implements StoryView.Visitor<String> {
  private final UnaryOperator<String> bold;
  private final UnaryOperator<String> dim;
  private final ConsoleCoverageTable table;
  private final ConsoleLoopText loop;

  ConsoleStoryText(UnaryOperator<String> bold, UnaryOperator<String> dim) {
    this.bold = bold;
    this.dim = dim;
    this.table = new ConsoleCoverageTable(bold, dim);
    this.loop = new ConsoleLoopText(bold, dim);
  }

  @Override
  public String listing(StoryView.StoryListing view) {
    if (view.stories().isEmpty()) {
      return "Your story bank is empty. Add your first: /story add TITLE (then the story step by"
          + " step), or /story add TITLE | the whole story. After a practice, /story save keeps"
          + " your answer.";
    }
    StringBuilder out =
        new StringBuilder(
            bold.apply("Your stories")
                + dim.apply(" (" + view.stories().size() + "; /story show N for one)"));
    for (StoryView.Entry e : view.stories()) {
      Story s = e.story();
      out.append("\n ")
          .append(String.format(java.util.Locale.ROOT, "%2d", s.number().value()))
          .append("  ")
          .append(s.title())
          .append(tags(s))
          .append("\n     ")
          .append(dim.apply(stepMarks(s) + "  serves: " + serves(e)));
    }
    return out.toString();
  }

  @Override
  public String detail(StoryView.StoryDetail view) {
    StoryView.Entry e = view.entry();
    Story s = e.story();
    StringBuilder out = new StringBuilder(heading(s));
    out.append("\n")
        .append(
            dim.apply(
                s.steps().size()
                    + " of 5 steps · "
                    + s.versions().size()
                    + (s.versions().size() == 1 ? " version" : " versions")
                    + s.lastPractised()
                        .map(t -> " · practised " + t.toString().substring(0, 10))
                        .orElse("")));
    for (Step step : Step.values()) {
      Optional<String> text = s.text(step);
      out.append("\n")
          .append(bold.apply(step.label()))
          .append(s.latestScore(step).map(sc -> dim.apply(" (" + sc + "/100)")).orElse(""))
          .append("\n  ")
          .append(
              text.orElse(
                  dim.apply("not written yet: /story edit " + s.number() + " " + step.id())));
    }
    List<FitCell> serves = e.fit().serves();
    out.append("\n").append(bold.apply("Principles it can serve"));
    if (serves.isEmpty()) {
      out.append("\n  ").append(dim.apply("none yet that would hold up to a probe"));
    }
    for (FitCell cell : serves) {
      out.append("\n  ")
          .append(ConsoleCoverageTable.symbol(cell))
          .append(" ")
          .append(cell.principle().displayName())
          .append(dim.apply(" — " + strength(cell)));
      for (String reason : cell.reasons()) {
        out.append("\n      - ").append(reason);
      }
    }
    List<String> rejected = new ArrayList<>();
    s.decisions()
        .forEach(
            (p, d) -> {
              if (d == MappingDecision.REJECTED) {
                rejected.add(p.displayName());
              }
            });
    if (!rejected.isEmpty()) {
      out.append("\n").append(dim.apply("You ruled out: " + String.join(", ", rejected)));
    }
    out.append("\n")
        .append(
            dim.apply(
                "/story edit "
                    + s.number()
                    + " STEP to rewrite a step · /story confirm|reject "
                    + s.number()
                    + " PRINCIPLE · /story share "
                    + s.number()));
    return out.toString();
  }

  @Override
  public String stepAsked(StoryView.StoryStepAsked view) {
    Story s = view.story();
    StringBuilder out = new StringBuilder();
    if (view.editing()) {
      out.append(bold.apply("New " + view.step().label() + " for story " + s.number()))
          .append(" (\"")
          .append(s.title())
          .append("\")");
      s.text(view.step())
          .ifPresent(
              t -> out.append("\n").append(dim.apply("Now: " + ConsoleText.excerpt(t, 160))));
      out.append("\nType the new text as your next line, or /story done to keep it as it is.");
      return out.toString();
    }
    if (!s.versions().isEmpty()) {
      out.append(dim.apply("Kept " + lastSaved(s) + ". "));
    } else {
      out.append(bold.apply("Story " + s.number() + " — " + s.title())).append("\n");
    }
    out.append(bold.apply(view.step().label()))
        .append(dim.apply(" (" + (s.steps().size() + 1) + " of 5)"))
        .append(": ")
        .append(prompt(view.step()))
        .append("\n")
        .append(
            dim.apply(
                "Type it as your next line. /story done stops here and keeps what is written."));
    return out.toString();
  }

  @Override
  public String saved(StoryView.StorySaved view) {
    Story s = view.entry().story();
    String named = "story " + s.number() + " (\"" + s.title() + "\")";
    String what =
        switch (view.kind()) {
          case ADDED -> bold.apply("Saved " + named);
          case STEP_SAVED -> bold.apply("Saved a new " + labels(view.changed())) + " for " + named;
          case UPDATED_FROM_PRACTICE ->
              bold.apply("Updated " + named) + " with your practice: " + labels(view.changed());
        };
    StringBuilder out = new StringBuilder(what);
    out.append("\n  ").append(scores(s));
    out.append("\n  ").append(dim.apply("serves: " + serves(view.entry())));
    return out.toString();
  }

  @Override
  public String removed(StoryView.StoryRemoved view) {
    return "Removed story " + view.number() + " (\"" + view.title() + "\") and all its versions.";
  }

  @Override
  public String coverage(StoryView.CoverageView view) {
    return table.render(view.map());
  }

  @Override
  public String shared(StoryView.StoryShared view) {
    Story s = view.story();
    StringBuilder out = new StringBuilder(bold.apply("Shared story: " + s.title()));
    for (Step step : Step.values()) {
      s.text(step)
          .ifPresent(
              t -> out.append("\n").append(bold.apply(step.label())).append("\n  ").append(t));
    }
    out.append("\n").append(dim.apply("A read-only copy; it stays in your bank."));
    return out.toString();
  }

  @Override
  public String decided(StoryView.MappingDecided view) {
    Story s = view.entry().story();
    String name = view.principle().displayName();
    String what =
        view.decision()
            .map(
                d ->
                    d == MappingDecision.CONFIRMED
                        ? "Story " + s.number() + " now counts for " + name + "."
                        : "Story " + s.number() + " no longer counts for " + name + ".")
            .orElse("Story " + s.number() + " is back to the estimate for " + name + ".");
    FitCell cell = view.entry().fit().cell(view.principle());
    return what
        + dim.apply(
            " (estimated from the text alone: "
                + cell.estimated().name().toLowerCase(java.util.Locale.ROOT)
                + "; /story map shows the whole bank)");
  }

  @Override
  public String matchOffer(StoryView.StoryMatchOffer view) {
    return "That sounds like your story "
        + view.number()
        + " (\""
        + view.title()
        + "\"). To update it with this answer: /story save "
        + view.number();
  }

  @Override
  public String nextPick(StoryView.NextPick view) {
    return loop.nextPick(view);
  }

  @Override
  public String loopRound(StoryView.LoopRound view) {
    return loop.round(view);
  }

  @Override
  public String loopDebrief(StoryView.LoopDebrief view) {
    return loop.debrief(view);
  }

  private String heading(Story s) {
    return bold.apply("Story " + s.number() + " — " + s.title()) + tags(s);
  }

  private String tags(Story s) {
    return s.tags().isEmpty() ? "" : dim.apply("  [" + String.join(", ", s.tags()) + "]");
  }

  /** The steps saved together last (one line may fill several), with their scores. */
  private static String lastSaved(Story s) {
    List<StoryVersion> versions = s.versions();
    java.time.Instant at = versions.get(versions.size() - 1).at();
    List<String> kept = new ArrayList<>();
    for (StoryVersion v : versions) {
      if (v.at().equals(at)) {
        kept.add(v.step().label() + " (" + v.score() + "/100)");
      }
    }
    return String.join(", ", kept);
  }

  private static String stepMarks(Story s) {
    StringBuilder out = new StringBuilder();
    for (Step step : Step.values()) {
      out.append(s.steps().containsKey(step) ? step.letter() : '-');
    }
    return out.toString();
  }

  private static String scores(Story s) {
    List<String> parts = new ArrayList<>();
    for (Step step : Step.values()) {
      parts.add(step.letter() + " " + s.latestScore(step).map(String::valueOf).orElse("–"));
    }
    return String.join("  ", parts);
  }

  private static String serves(StoryView.Entry e) {
    List<String> names = new ArrayList<>();
    for (FitCell cell : e.fit().serves()) {
      names.add(
          ConsoleCoverageTable.shortName(cell.principle())
              + " "
              + ConsoleCoverageTable.symbol(cell));
    }
    return names.isEmpty() ? "no principle yet" : String.join(", ", names);
  }

  private static String strength(FitCell cell) {
    String counted = cell.counted().name().toLowerCase(java.util.Locale.ROOT);
    return cell.decision().isPresent() && cell.decision().get() == MappingDecision.CONFIRMED
        ? counted + ", you confirmed it"
        : counted;
  }

  private static String labels(List<Step> steps) {
    return String.join(", ", steps.stream().map(Step::label).toList());
  }

  private static String prompt(Step step) {
    return switch (step) {
      case SITUATION -> "where and when was it, and what was at stake?";
      case TASK -> "what was yours to do, and what made it hard?";
      case ACTION -> "what did you do yourself, step by step, and why?";
      case RESULT -> "what changed, in numbers if you have them?";
      case REFLECTION -> "what did you learn, and what do you do differently since?";
    };
  }
}
