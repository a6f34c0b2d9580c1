package dev.starcoach.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static dev.starcoach.slack.KitParts.addMarkdown;
import static dev.starcoach.slack.KitParts.note;
import static dev.starcoach.slack.KitParts.quote;
import static dev.starcoach.slack.SlackText.escape;
import static dev.starcoach.slack.SlackText.truncate;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.StoryView;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.chart.CoverageChart;
import dev.starcoach.core.story.fit.CoverageMap;
import dev.starcoach.core.story.fit.FitCell;
import dev.starcoach.core.story.fit.FitStrength;
import dev.starcoach.core.view.StoryWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Block Kit of the story bank's views. Stories are personal: the adapter shows them to the person
 * alone, except {@link StoryView.StoryShared}, which it posts in the channel. Everything the person
 * wrote is escaped. The coverage map is a PNG heat map uploaded to the DM with a short summary; in
 * the App Home it is the stories and the gaps as text, with a New story button. Gap-aimed practice
 * and loop rehearsals are drawn by {@link LoopBlocks}.
 */
final class StoryBlocks implements StoryView.Visitor<SlackPost> {
  /** The uploaded heat map's file name. */
  static final String CHART_FILE = "coverage.png";

  /** The most stories a listing shows, keeping the message well inside Slack's limits. */
  static final int MAX_LISTED = 25;

  /** A step's text in a message: five of them stay well inside a message. */
  private static final int STEP_MAX = 1500;

  private final boolean home;

  /**
   * @param home true for the App Home tab: the map as text and a New story button, no file
   */
  StoryBlocks(boolean home) {
    this.home = home;
  }

  @Override
  public SlackPost listing(StoryView.StoryListing view) {
    List<LayoutBlock> b = new ArrayList<>();
    StringBuilder s =
        new StringBuilder("*Your stories (").append(view.stories().size()).append(")*");
    if (view.stories().isEmpty()) {
      s.append(
          "\nNo stories yet. Add one with the button or `/star story add`, or press *Save as"
              + " story* after a practice. Eight to twelve stories that cover every principle"
              + " twice make a good bank for a loop.");
    }
    List<StoryView.Entry> shown =
        view.stories().subList(0, Math.min(MAX_LISTED, view.stories().size()));
    for (StoryView.Entry e : shown) {
      s.append("\n• ").append(listLine(e));
    }
    if (view.stories().size() > MAX_LISTED) {
      s.append("\n…and ").append(view.stories().size() - MAX_LISTED).append(" more.");
    }
    addMarkdown(b, s.toString());
    b.add(newStoryButton());
    b.add(
        note(
            "Only you see this. `/star story show &lt;n&gt;` shows one whole; `/star story map` shows the gaps."));
    return new SlackPost("Your stories (" + view.stories().size() + ")", b);
  }

  private static String listLine(StoryView.Entry e) {
    Story s = e.story();
    StringBuilder line =
        new StringBuilder("*#")
            .append(s.number())
            .append("* ")
            .append(escape(truncate(oneLine(s.title()), 80)));
    if (!s.complete()) {
      line.append(" _(").append(s.steps().size()).append("/5 steps)_");
    }
    line.append(" · ").append(escape(StoryWords.serves(e.fit())));
    return line.toString();
  }

  private static String strength(FitStrength s) {
    return StoryWords.strength(s);
  }

  @Override
  public SlackPost detail(StoryView.StoryDetail view) {
    Story s = view.entry().story();
    List<LayoutBlock> b = storyBlocks(s, true);
    StringBuilder serves = new StringBuilder("*Serves*");
    for (FitCell c : view.entry().fit().serves()) {
      serves
          .append("\n• *")
          .append(c.principle().displayName())
          .append("* ")
          .append(strength(c.counted()))
          .append(
              c.decision().filter(MappingDecision.CONFIRMED::equals).isPresent()
                  ? " (confirmed)"
                  : "");
      if (!c.reasons().isEmpty()) {
        serves.append(": ").append(escape(truncate(c.reasons().get(0), 120)));
      }
    }
    if (view.entry().fit().serves().isEmpty()) {
      serves.append(
          "\nNo principle yet: a clear scope, your own actions and a measured result help.");
    }
    addMarkdown(b, serves.toString());
    b.add(
        note(
            "Version "
                + s.versions().size()
                + " · only you see this · `/star story share "
                + s.number()
                + "` posts a read-only copy in a channel."));
    return new SlackPost(
        "Story #" + s.number() + ": " + escape(truncate(oneLine(s.title()), 100)), b);
  }

  /** The title and the steps; with scores for the person, without for a shared copy. */
  private static List<LayoutBlock> storyBlocks(Story s, boolean scores) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(
        b, ":bookmark: *#" + s.number() + " " + escape(truncate(oneLine(s.title()), 150)) + "*");
    if (!s.tags().isEmpty()) {
      b.add(note("Tags: " + escape(truncate(String.join(", ", s.tags()), 400))));
    }
    for (Step step : Step.values()) {
      Optional<String> text = s.text(step);
      String head =
          "*"
              + step.label()
              + "*"
              + (scores ? s.latestScore(step).map(v -> "  ·  " + v + "/100").orElse("") : "");
      addMarkdown(
          b, head + "\n" + text.map(t -> quote(truncate(t, STEP_MAX))).orElse("_not written yet_"));
    }
    return b;
  }

  @Override
  public SlackPost stepAsked(StoryView.StoryStepAsked view) {
    Story s = view.story();
    String title = "*" + escape(truncate(oneLine(s.title()), 100)) + "*";
    String text =
        view.editing()
            ? "Rewriting the *"
                + view.step().label()
                + "* of story #"
                + s.number()
                + " "
                + title
                + ". Press the button to write it in a box (your current text is filled in), or"
                + " send it as your next message here."
            : "Story #"
                + s.number()
                + " "
                + title
                + ": write the *"
                + view.step().label()
                + "* next. Press the button, or send it as your next message here.";
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, text);
    b.add(writeButton(s.number().value(), view.step(), view.editing()));
    return new SlackPost((view.editing() ? "Rewrite the " : "Write the ") + view.step().label(), b)
        .asPrompt();
  }

  @Override
  public SlackPost saved(StoryView.StorySaved view) {
    Story s = view.entry().story();
    String what =
        switch (view.kind()) {
          case ADDED -> "Added story #" + s.number();
          case STEP_SAVED -> "Saved the " + steps(view.changed()) + " of story #" + s.number();
          case UPDATED_FROM_PRACTICE ->
              "Updated story #"
                  + s.number()
                  + " with your practice ("
                  + steps(view.changed())
                  + ")";
        };
    StringBuilder text =
        new StringBuilder(":white_check_mark: ")
            .append(what)
            .append(": *")
            .append(escape(truncate(oneLine(s.title()), 200)))
            .append('*');
    List<FitCell> serves = view.entry().fit().serves();
    if (!serves.isEmpty()) {
      text.append("\nServes ");
      for (int i = 0; i < serves.size() && i < 6; i++) {
        text.append(i == 0 ? "" : ", ").append(StoryWords.cell(serves.get(i)));
      }
      text.append('.');
    }
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, text.toString());
    Optional<Step> next = s.nextMissing();
    if (next.isPresent()) {
      if (view.kind() == StoryView.SaveKind.STEP_SAVED) {
        // a new story's next step is asked in a message of its own, with this button
        b.add(writeButton(s.number().value(), next.get(), false));
      }
      b.add(note(s.steps().size() + " of 5 steps written. Next: " + next.get().label() + "."));
    } else {
      b.add(note("See where it fits with `/star story map`."));
    }
    return new SlackPost(what, b);
  }

  private static String steps(List<Step> steps) {
    return StoryWords.steps(steps);
  }

  @Override
  public SlackPost removed(StoryView.StoryRemoved view) {
    List<LayoutBlock> b = new ArrayList<>();
    String text =
        "Removed story #"
            + view.number()
            + " *"
            + escape(truncate(oneLine(view.title()), 200))
            + "* and all its versions.";
    addMarkdown(b, text);
    return new SlackPost("Removed story #" + view.number(), b);
  }

  @Override
  public SlackPost coverage(StoryView.CoverageView view) {
    CoverageMap map = view.map();
    List<LayoutBlock> b = new ArrayList<>();
    StringBuilder s =
        new StringBuilder(home ? "*Your stories and the gaps*\n" : "*Your coverage map*\n");
    if (map.stories().isEmpty()) {
      s.append("No stories yet, so every principle is a gap. Add one to start your bank.");
    } else if (map.gaps().isEmpty()) {
      s.append("Every principle has at least ")
          .append(CoverageMap.ENOUGH)
          .append(" usable stories. Ready for a loop: `/star practice loop`.");
    } else {
      s.append("*")
          .append(map.gaps().size())
          .append(" of 16* principles have fewer than ")
          .append(CoverageMap.ENOUGH)
          .append(" usable stories:");
      for (Principle p : map.gaps()) {
        s.append("\n• ")
            .append(p.displayName())
            .append(": ")
            .append(map.usableCount(p))
            .append(" usable");
      }
      s.append("\n`/star practice next` aims at the weakest.");
    }
    addMarkdown(b, s.toString());
    if (!map.stories().isEmpty()) {
      StringBuilder columns = new StringBuilder("*Stories*");
      int shown = 0;
      for (CoverageMap.Column c : map.stories()) {
        if (shown == MAX_LISTED) {
          columns.append("\n…and ").append(map.stories().size() - shown).append(" more.");
          break;
        }
        int usable = c.fit().serves().size();
        columns
            .append("\n#")
            .append(c.number())
            .append(" ")
            .append(escape(truncate(oneLine(c.title()), 60)))
            .append(" · ")
            .append(usable)
            .append(usable == 1 ? " principle" : " principles");
        shown++;
      }
      addMarkdown(b, columns.toString());
    }
    String fallback =
        "Coverage map: " + map.stories().size() + " stories, " + map.gaps().size() + " gaps";
    if (home) {
      b.add(newStoryButton());
      return new SlackPost(fallback, b);
    }
    b.add(note("S strong · U usable · W weak · - absent, in the heat map."));
    SlackFile file =
        new SlackFile(
            CHART_FILE,
            "Your coverage map",
            CoverageChart.png(map),
            "Your coverage map: 16 principles by story.",
            "your coverage map");
    return new SlackPost(fallback, b, Optional.of(file), false);
  }

  @Override
  public SlackPost shared(StoryView.StoryShared view) {
    Story s = view.story();
    List<LayoutBlock> b = storyBlocks(s, false);
    b.add(note("A read-only copy, shared by its author. Scores and versions stay private."));
    return new SlackPost("Shared story: " + escape(truncate(oneLine(s.title()), 100)), b);
  }

  @Override
  public SlackPost decided(StoryView.MappingDecided view) {
    Story s = view.entry().story();
    String story = "story #" + s.number() + " *" + escape(truncate(oneLine(s.title()), 200)) + "*";
    String principle = "*" + view.principle().displayName() + "*";
    String text = StoryWords.decided(view.decision(), story, principle);
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(b, text);
    b.add(
        note(
            "In your map it is now "
                + strength(view.entry().fit().cell(view.principle()).counted())
                + "."));
    return new SlackPost("Story #" + s.number() + " and " + view.principle().displayName(), b);
  }

  @Override
  public SlackPost matchOffer(StoryView.StoryMatchOffer view) {
    List<LayoutBlock> b = new ArrayList<>();
    addMarkdown(
        b,
        "That answer sounds like story #"
            + view.number()
            + " *"
            + escape(truncate(oneLine(view.title()), 200))
            + "*. Update the story with it? The old text stays in its versions.");
    String number = Integer.toString(view.number().value());
    List<BlockElement> buttons =
        List.of(
            button(
                x ->
                    x.actionId(ActionIds.STORY_UPDATE)
                        .text(plainText("Update story " + number))
                        .style("primary")
                        .value(number)),
            button(
                x ->
                    x.actionId(ActionIds.STORY_SAVE)
                        .text(plainText("Save as a new story"))
                        .value("new")));
    b.add(actions(a -> a.elements(buttons)));
    return new SlackPost("Update story #" + number + "?", b);
  }

  @Override
  public SlackPost nextPick(StoryView.NextPick view) {
    return LoopBlocks.nextPick(view);
  }

  @Override
  public SlackPost loopRound(StoryView.LoopRound view) {
    return LoopBlocks.loopRound(view);
  }

  @Override
  public SlackPost loopDebrief(StoryView.LoopDebrief view) {
    return LoopBlocks.loopDebrief(view);
  }

  /** "Save as story" under a summary or a verdict. */
  static LayoutBlock saveButton() {
    return actions(
        a ->
            a.elements(
                List.of(
                    button(
                        x ->
                            x.actionId(ActionIds.STORY_SAVE)
                                .text(plainText("Save as story"))
                                .style("primary")
                                .value("new")))));
  }

  private static LayoutBlock newStoryButton() {
    return actions(
        a ->
            a.elements(
                List.of(
                    button(
                        x ->
                            x.actionId(ActionIds.STORY_NEW)
                                .text(plainText("New story"))
                                .value("new")))));
  }

  private static LayoutBlock writeButton(int story, Step step, boolean rewrite) {
    return actions(
        a ->
            a.elements(
                List.of(
                    button(
                        x ->
                            x.actionId(ActionIds.STORY_WRITE)
                                .text(plainText((rewrite ? "Rewrite " : "Write ") + step.label()))
                                .style("primary")
                                .value(StoryModals.writeValue(story, step))))));
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ');
  }
}
