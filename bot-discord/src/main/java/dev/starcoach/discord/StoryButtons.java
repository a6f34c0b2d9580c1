package dev.starcoach.discord;

import dev.starcoach.core.content.Step;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;

/**
 * The story buttons: "Save as story" under a summary or verdict, "Update story N" under a match
 * offer, and "Write ..." to open the form for one step. Each carries its owner ({@link
 * StoryComponentId}), so only the owner can use it.
 */
final class StoryButtons {
  private StoryButtons() {}

  /** Save as story: keeps the answer just practised as a new story. */
  static ActionRow saveAsStory(DiscordRenderer.Owner owner) {
    return ActionRow.of(
        Button.success(
            StoryComponentId.of(StoryComponentId.Action.SAVE, 0, owner).format(), "Save as story"));
  }

  /** Update story N with the answer just practised, or keep it as a new story. */
  static ActionRow updateOffer(int story, DiscordRenderer.Owner owner) {
    return ActionRow.of(
        Button.primary(
            StoryComponentId.of(StoryComponentId.Action.UPDATE, story, owner).format(),
            "Update story " + story),
        Button.secondary(
            StoryComponentId.of(StoryComponentId.Action.SAVE, 0, owner).format(),
            "Save as a new story"));
  }

  /** Opens the form for one step of a story: "Write Task" or "Rewrite Task". */
  static ActionRow write(int story, Step step, boolean rewrite, DiscordRenderer.Owner owner) {
    return ActionRow.of(
        Button.primary(
            StoryComponentId.step(StoryComponentId.Action.WRITE, story, step, owner).format(),
            (rewrite ? "Rewrite " : "Write ") + step.label()));
  }
}
