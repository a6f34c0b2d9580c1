package dev.starcoach.discord;

import dev.starcoach.core.content.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;

/**
 * The story forms, within Discord's modal limits: at most {@value #MAX_INPUTS} inputs, labels and
 * titles of at most {@value #LABEL_MAX} characters, {@value #TEXT_MAX} characters per box. A new
 * story is a title and the whole answer in one box, or five step boxes (the title then travels in
 * the form's id); an edit is one step's box, filled with its current text.
 */
final class StoryForms {
  /** Discord's most inputs in one modal. */
  static final int MAX_INPUTS = 5;

  /** Discord's longest modal title and input label. */
  static final int LABEL_MAX = 45;

  /** Discord's most characters in one text input (and the engine's default answer limit). */
  static final int TEXT_MAX = 4000;

  /** The longest title. */
  static final int TITLE_MAX = 100;

  private StoryForms() {}

  /** A title and the whole story; the engine splits it into its steps. */
  static Modal whole(DiscordRenderer.Owner owner, Optional<String> title) {
    StoryComponentId id = StoryComponentId.of(StoryComponentId.Action.WHOLE_FORM, 0, owner);
    TextInput.Builder titleBox =
        TextInput.create(StoryMapping.TITLE_INPUT, TextInputStyle.SHORT)
            .setRequiredRange(1, TITLE_MAX)
            .setPlaceholder("A name you will recognise, like \"Checkout outage\"");
    title.map(t -> Markup.clip(t, TITLE_MAX)).ifPresent(titleBox::setValue);
    TextInput story =
        TextInput.create(StoryMapping.WHOLE_INPUT, TextInputStyle.PARAGRAPH)
            .setRequiredRange(1, TEXT_MAX)
            .setPlaceholder("The whole answer, as you would tell it. I split it into its steps.")
            .build();
    return Modal.create(id.format(), "New story")
        .addComponents(
            Label.of("Title", titleBox.build()), Label.of("Your story, start to finish", story))
        .build();
  }

  /** Five step boxes, each optional; the title comes from the command. */
  static Modal steps(DiscordRenderer.Owner owner, String title) {
    StoryComponentId id =
        new StoryComponentId(
            StoryComponentId.Action.STEPS_FORM,
            0,
            Optional.empty(),
            owner.userId(),
            owner.place(),
            title);
    List<Label> boxes = new ArrayList<>();
    for (Step step : Step.values()) {
      boxes.add(
          Label.of(
              label(step),
              TextInput.create(step.id(), TextInputStyle.PARAGRAPH)
                  .setRequired(false)
                  .setMaxLength(TEXT_MAX)
                  .setPlaceholder(placeholder(step))
                  .build()));
    }
    return Modal.create(id.format(), Markup.clip("New story: " + title, LABEL_MAX))
        .addComponents(boxes)
        .build();
  }

  /** One step of a story, filled with its current text when there is one. */
  static Modal step(DiscordRenderer.Owner owner, int story, Step step, Optional<String> current) {
    StoryComponentId id =
        StoryComponentId.step(StoryComponentId.Action.STEP_FORM, story, step, owner);
    TextInput.Builder box =
        TextInput.create(step.id(), TextInputStyle.PARAGRAPH)
            .setRequiredRange(1, TEXT_MAX)
            .setPlaceholder(placeholder(step));
    current.filter(t -> !t.isBlank()).map(t -> Markup.clip(t, TEXT_MAX)).ifPresent(box::setValue);
    return Modal.create(id.format(), "Story #" + story + ": " + step.label())
        .addComponents(Label.of(label(step), box.build()))
        .build();
  }

  /** A step's label: what it should hold, within {@value #LABEL_MAX} characters. */
  static String label(Step step) {
    return switch (step) {
      case SITUATION -> "Situation: where, when, what was at stake";
      case TASK -> "Task: what was yours to do, and the goal";
      case ACTION -> "Action: what you did yourself, step by step";
      case RESULT -> "Result: what changed, in numbers if you can";
      case REFLECTION -> "Reflection: what you do differently now";
    };
  }

  private static String placeholder(Step step) {
    return switch (step) {
      case SITUATION -> "Two or three sentences of context, and why it mattered.";
      case TASK -> "The part that was yours: nobody asked, not my team, or the goal you owned.";
      case ACTION -> "\"I\" for every action: what you decided, built, said and checked.";
      case RESULT -> "From what to what, how you measured it, and what it meant for the business.";
      case REFLECTION -> "A lesson specific to this story, and how your work changed after it.";
    };
  }
}
