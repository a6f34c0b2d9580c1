package dev.starcoach.discord;

import static dev.starcoach.discord.Markup.clip;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.StoryView;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.chart.CoverageChart;
import dev.starcoach.core.story.fit.CoverageMap;
import dev.starcoach.core.story.fit.FitCell;
import dev.starcoach.core.story.fit.FitStrength;
import dev.starcoach.core.story.fit.StoryFit;
import dev.starcoach.core.view.StoryWords;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Discord cards of the story bank's views. Stories are personal: every card is for the person alone
 * (ephemeral in a server) except {@link StoryView.StoryShared}, the read-only copy the person chose
 * to post. Everything the person wrote is escaped, so a story cannot format or mention anything.
 * Gap-aimed practice and loop rehearsal cards are drawn by {@link LoopCards}.
 */
final class StoryCards implements StoryView.Visitor<DiscordRenderer.Rendered> {
  /** The heat map's file name; the embed shows it as {@code attachment://coverage.png}. */
  static final String CHART_FILE = "coverage.png";

  static final int COLOR_STORY = 0x7C3AED;
  private static final int LIST_MAX = 3900;
  private static final int FIELD = 1024;

  /** A step's text in a card: five of them and the fit stay within an embed's 6,000. */
  private static final int STEP_MAX = 800;

  private final DiscordRenderer.Owner owner;

  StoryCards(DiscordRenderer.Owner owner) {
    this.owner = owner;
  }

  @Override
  public DiscordRenderer.Rendered listing(StoryView.StoryListing view) {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle("Your stories (" + view.stories().size() + ")")
            .setColor(COLOR_STORY);
    if (view.stories().isEmpty()) {
      e.setDescription(
          "No stories yet. Add one with `/story add`, or press **Save as story** after a"
              + " practice. Eight to twelve stories that cover every principle twice is a good"
              + " bank for a loop.");
      return personal(e.build());
    }
    StringBuilder text = new StringBuilder();
    int shown = 0;
    for (StoryView.Entry entry : view.stories()) {
      String line = listLine(entry) + "\n";
      if (text.length() + line.length() > LIST_MAX) {
        text.append("…and ").append(view.stories().size() - shown).append(" more.");
        break;
      }
      text.append(line);
      shown++;
    }
    e.setDescription(text.toString().strip());
    e.setFooter("Only you see this. /story show story: for one whole, /story map for the gaps.");
    return personal(e.build());
  }

  private static String listLine(StoryView.Entry entry) {
    Story s = entry.story();
    StringBuilder line =
        new StringBuilder("**#")
            .append(s.number())
            .append("** ")
            .append(Markup.escapeClipped(s.title().replace('\n', ' '), 80));
    if (!s.complete()) {
      line.append(" · ").append(s.steps().size()).append("/5 steps");
    }
    line.append("\n  ").append(Markup.escape(StoryWords.serves(entry.fit())));
    return line.toString();
  }

  static String strength(FitStrength s) {
    return StoryWords.strength(s);
  }

  @Override
  public DiscordRenderer.Rendered detail(StoryView.StoryDetail view) {
    Story s = view.entry().story();
    EmbedBuilder e = storyEmbed(s, true);
    e.addField("Serves", serves(view.entry().fit()), false);
    e.setFooter(
        "Version "
            + s.versions().size()
            + " · only you see this · /story share posts a read-only copy here");
    return personal(e.build());
  }

  /** The story's title and steps; with scores for the person, without for a shared copy. */
  private static EmbedBuilder storyEmbed(Story s, boolean scores) {
    EmbedBuilder e =
        new EmbedBuilder()
            .setTitle(clip("#" + s.number() + " " + s.title().replace('\n', ' '), 256))
            .setColor(COLOR_STORY);
    if (!s.tags().isEmpty()) {
      e.setDescription(Markup.escapeClipped("Tags: " + String.join(", ", s.tags()), 400));
    }
    for (Step step : Step.values()) {
      Optional<String> text = s.text(step);
      String name =
          step.label()
              + (scores ? s.latestScore(step).map(v -> " · " + Markup.bar(v)).orElse("") : "");
      e.addField(
          name,
          text.map(t -> Markup.escapeClipped(t, STEP_MAX)).orElse("*not written yet*"),
          false);
    }
    return e;
  }

  /** The principles a story serves with the first reason each, then what it does not serve. */
  private static String serves(StoryFit fit) {
    StringBuilder out = new StringBuilder();
    for (FitCell c : fit.serves()) {
      String reason =
          c.reasons().isEmpty() ? "" : ": " + Markup.escapeClipped(c.reasons().get(0), 90);
      String mark = c.decision().filter(MappingDecision.CONFIRMED::equals).isPresent() ? " ✔" : "";
      String line = "• **" + c.principle().displayName() + "** " + strength(c.counted()) + mark;
      line += reason + "\n";
      if (out.length() + line.length() > FIELD - 60) {
        out.append("…");
        break;
      }
      out.append(line);
    }
    if (out.length() == 0) {
      out.append("No principle yet: a clear scope, your own actions and a measured result help.");
    }
    return out.toString().strip();
  }

  @Override
  public DiscordRenderer.Rendered stepAsked(StoryView.StoryStepAsked view) {
    Story s = view.story();
    String title = Markup.bold(s.title().replace('\n', ' '), 100);
    String text =
        view.editing()
            ? "Rewriting the **"
                + view.step().label()
                + "** of story #"
                + s.number()
                + " "
                + title
                + ". Press the button to write it in a box (your current text is filled in), or"
                + " send it as your next DM."
            : "Story #"
                + s.number()
                + " "
                + title
                + ": write the **"
                + view.step().label()
                + "** next. Press the button, or send it as your next DM.";
    EmbedBuilder e = new EmbedBuilder().setDescription(text).setColor(COLOR_STORY);
    return personal(
        e.build(), StoryButtons.write(s.number().value(), view.step(), view.editing(), owner));
  }

  @Override
  public DiscordRenderer.Rendered saved(StoryView.StorySaved view) {
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
        new StringBuilder(what).append(": ").append(Markup.bold(s.title(), 200)).append('\n');
    List<FitCell> serves = view.entry().fit().serves();
    if (!serves.isEmpty()) {
      text.append("\nServes ");
      for (int i = 0; i < serves.size() && i < 6; i++) {
        text.append(i == 0 ? "" : ", ").append(StoryWords.cell(serves.get(i)));
      }
      text.append('.');
    }
    EmbedBuilder e = new EmbedBuilder().setDescription(text.toString()).setColor(COLOR_STORY);
    Optional<Step> next = s.nextMissing();
    if (next.isPresent()) {
      e.setFooter(s.steps().size() + " of 5 steps written. Next: " + next.get().label() + ".");
      if (view.kind() == StoryView.SaveKind.STEP_SAVED) {
        // a new story's next step is asked in a card of its own, with this button
        return personal(
            e.build(), StoryButtons.write(s.number().value(), next.get(), false, owner));
      }
      return personal(e.build());
    }
    e.setFooter("See where it fits with /story map.");
    return personal(e.build());
  }

  private static String steps(List<Step> steps) {
    return StoryWords.steps(steps);
  }

  @Override
  public DiscordRenderer.Rendered removed(StoryView.StoryRemoved view) {
    return personal(
        new EmbedBuilder()
            .setDescription(
                "Removed story #"
                    + view.number()
                    + " "
                    + Markup.bold(view.title(), 200)
                    + " and all its versions.")
            .setColor(Markup.COLOR_INFO)
            .build());
  }

  @Override
  public DiscordRenderer.Rendered coverage(StoryView.CoverageView view) {
    CoverageMap map = view.map();
    EmbedBuilder e = new EmbedBuilder().setTitle("Your coverage map").setColor(COLOR_STORY);
    StringBuilder text = new StringBuilder();
    if (map.stories().isEmpty()) {
      text.append("No stories yet, so every principle is a gap. Add one with `/story add`.\n");
    } else if (map.gaps().isEmpty()) {
      text.append("Every principle has at least ")
          .append(CoverageMap.ENOUGH)
          .append(" usable stories. Ready for a loop: try `/practice mode:loop`.\n");
    } else {
      text.append("**")
          .append(map.gaps().size())
          .append(" of 16** principles have fewer than ")
          .append(CoverageMap.ENOUGH)
          .append(" usable stories. `/practice mode:next` aims at the weakest.\n");
    }
    text.append("\nS strong · U usable · W weak · - absent");
    e.setDescription(text.toString());
    if (!map.gaps().isEmpty()) {
      StringBuilder gaps = new StringBuilder();
      for (Principle p : map.gaps()) {
        gaps.append("• ")
            .append(p.displayName())
            .append(": ")
            .append(map.usableCount(p))
            .append(" usable\n");
      }
      e.addField("Gaps", clip(gaps.toString().strip(), FIELD), false);
    }
    if (!map.stories().isEmpty()) {
      StringBuilder columns = new StringBuilder();
      for (CoverageMap.Column c : map.stories()) {
        String line =
            "#" + c.number() + " " + Markup.escapeClipped(c.title().replace('\n', ' '), 60) + "\n";
        if (columns.length() + line.length() > FIELD - 10) {
          columns.append("…");
          break;
        }
        columns.append(line);
      }
      e.addField("Columns", columns.toString().strip(), false);
    }
    e.setImage("attachment://" + CHART_FILE);
    MessageCreateData message =
        Markup.base()
            .setEmbeds(e.build())
            .setFiles(FileUpload.fromData(CoverageChart.png(map), CHART_FILE))
            .build();
    return new DiscordRenderer.Rendered(message, true);
  }

  @Override
  public DiscordRenderer.Rendered shared(StoryView.StoryShared view) {
    EmbedBuilder e = storyEmbed(view.story(), false);
    String tags = e.getDescriptionBuilder().toString();
    e.setDescription(
        "Shared by <@"
            + Long.toUnsignedString(owner.userId())
            + ">, read-only."
            + (tags.isEmpty() ? "" : "\n" + tags));
    e.setFooter("Shared with /story share. Scores and versions stay private.");
    return new DiscordRenderer.Rendered(Markup.embed(e.build()), false);
  }

  @Override
  public DiscordRenderer.Rendered decided(StoryView.MappingDecided view) {
    Story s = view.entry().story();
    String story = "story #" + s.number() + " " + Markup.bold(s.title(), 200);
    String principle = "**" + view.principle().displayName() + "**";
    String text = StoryWords.decided(view.decision(), story, principle);
    String counted =
        "\nIn your map it is now "
            + strength(view.entry().fit().cell(view.principle()).counted())
            + ".";
    return personal(
        new EmbedBuilder().setDescription(text + counted).setColor(COLOR_STORY).build());
  }

  @Override
  public DiscordRenderer.Rendered matchOffer(StoryView.StoryMatchOffer view) {
    MessageEmbed e =
        new EmbedBuilder()
            .setDescription(
                "That answer sounds like story #"
                    + view.number()
                    + " "
                    + Markup.bold(view.title(), 200)
                    + ". Update the story with it? The old text stays in its versions.")
            .setColor(COLOR_STORY)
            .build();
    return personal(e, StoryButtons.updateOffer(view.number().value(), owner));
  }

  @Override
  public DiscordRenderer.Rendered nextPick(StoryView.NextPick view) {
    return personal(LoopCards.nextPick(view));
  }

  @Override
  public DiscordRenderer.Rendered loopRound(StoryView.LoopRound view) {
    return personal(LoopCards.loopRound(view));
  }

  @Override
  public DiscordRenderer.Rendered loopDebrief(StoryView.LoopDebrief view) {
    return personal(LoopCards.loopDebrief(view));
  }

  private static DiscordRenderer.Rendered personal(MessageEmbed embed) {
    return new DiscordRenderer.Rendered(Markup.embed(embed), true);
  }

  private static DiscordRenderer.Rendered personal(MessageEmbed embed, ActionRow row) {
    return new DiscordRenderer.Rendered(
        Markup.base().setEmbeds(embed).setComponents(row).build(), true);
  }
}
