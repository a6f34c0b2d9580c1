package dev.starcoach.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.StoryRequest;
import dev.starcoach.core.story.StoryNumber;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The story modals and reading them back: a new story (a title and five step boxes, each step
 * optional) and one step of a story to write or rewrite, filled with its current text. Slack's
 * {@code plain_text_input} takes at most {@value AnswerModal#BOX_LIMIT} characters; a longer step
 * can still be sent as a message ({@code /star story edit N step} then the text).
 */
final class StoryModals {
  /** The longest title. */
  static final int TITLE_MAX = 100;

  /** What a submission holds: the engine event, or the error to show on a block. */
  sealed interface Reading {
    /** The event to apply. */
    record Event(CoachEvent event) implements Reading {}

    /** The modal stays open with this error under the block. */
    record Refused(String blockId, String error) implements Reading {}
  }

  private StoryModals() {}

  /** The value of a Write button: {@code <story>:<step>}. */
  static String writeValue(int story, Step step) {
    return story + ":" + step.id();
  }

  /** The new-story modal; replies go to {@code replyTo}. */
  static View newStory(Destination replyTo) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(
        input(
            i ->
                i.blockId(ActionIds.STORY_TITLE_BLOCK)
                    .label(plainText("Title"))
                    .hint(plainText("A name you will recognise, like \"Checkout outage\"."))
                    .element(
                        plainTextInput(
                            p -> p.actionId(ActionIds.STORY_TITLE_INPUT).maxLength(TITLE_MAX)))));
    for (Step step : Step.values()) {
      blocks.add(
          input(
              i ->
                  i.blockId(step.id())
                      .optional(true)
                      .label(plainText(label(step)))
                      .element(
                          plainTextInput(
                              p ->
                                  p.actionId(ActionIds.STORY_STEP_INPUT)
                                      .multiline(true)
                                      .maxLength(AnswerModal.BOX_LIMIT)))));
    }
    return view(
        v ->
            v.type("modal")
                .callbackId(ActionIds.STORY_MODAL)
                .privateMetadata(replyTo.encode())
                .title(viewTitle(t -> t.type("plain_text").text("New story")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
  }

  /**
   * The modal for one step of a story, filled with {@code current} when it fits the box (a longer
   * text is left out, with a hint, rather than cut).
   */
  static View step(int story, Step step, Optional<String> current, Destination replyTo) {
    Optional<String> fill =
        current.filter(t -> !t.isBlank() && t.length() <= AnswerModal.BOX_LIMIT);
    boolean tooLong = current.filter(t -> t.length() > AnswerModal.BOX_LIMIT).isPresent();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(
        input(
            i -> {
              i.blockId(step.id())
                  .label(plainText(label(step)))
                  .element(
                      plainTextInput(
                          p -> {
                            p.actionId(ActionIds.STORY_STEP_INPUT)
                                .multiline(true)
                                .maxLength(AnswerModal.BOX_LIMIT);
                            fill.ifPresent(p::initialValue);
                            return p;
                          }));
              if (tooLong) {
                i.hint(
                    plainText(
                        "Your current text is longer than this box holds, so it is not filled in."
                            + " Write it shorter here, or send it as a message."));
              }
              return i;
            }));
    String metadata = story + ":" + step.id() + "|" + replyTo.encode();
    return view(
        v ->
            v.type("modal")
                .callbackId(ActionIds.STORY_STEP_MODAL)
                .privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text("Story #" + story)))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
  }

  /** Reads a submitted new-story modal. */
  static Reading readNew(ViewState state) {
    Map<String, Map<String, ViewState.Value>> values = values(state);
    String title = value(values, ActionIds.STORY_TITLE_BLOCK, ActionIds.STORY_TITLE_INPUT).strip();
    if (title.isEmpty()) {
      return new Reading.Refused(ActionIds.STORY_TITLE_BLOCK, "Give the story a title.");
    }
    Map<Step, String> steps = new EnumMap<>(Step.class);
    for (Step step : Step.values()) {
      String text = value(values, step.id(), ActionIds.STORY_STEP_INPUT).strip();
      if (!text.isEmpty()) {
        steps.put(step, text);
      }
    }
    if (steps.isEmpty()) {
      return new Reading.Refused(
          Step.SITUATION.id(), "Write at least one step; you can add the others later.");
    }
    return new Reading.Event(
        new CoachEvent.StoryCommand(
            new StoryRequest.Add(title, Optional.empty(), steps, List.of())));
  }

  /** The story and step a step modal is for, from its metadata; empty when it is not ours. */
  static Optional<Map.Entry<StoryNumber, Step>> target(String metadata) {
    if (metadata == null) {
      return Optional.empty();
    }
    String head = metadata.split("\\|", 2)[0];
    return parseWrite(head);
  }

  /** Where a step modal's replies go, from its metadata. */
  static Destination replyTo(String metadata) {
    String[] parts = metadata == null ? new String[0] : metadata.split("\\|", 2);
    return parts.length == 2 ? Destination.decode(parts[1]) : null;
  }

  /** Parses a Write button's value, {@code <story>:<step>}. */
  static Optional<Map.Entry<StoryNumber, Step>> parseWrite(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String[] parts = value.split(":", 2);
    if (parts.length != 2) {
      return Optional.empty();
    }
    try {
      int n = Integer.parseInt(parts[0]);
      Optional<Step> step = Step.parse(parts[1]);
      if (n < 1 || step.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(Map.entry(new StoryNumber(n), step.get()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Reads a submitted step modal for {@code story}'s {@code step}. */
  static Reading readStep(ViewState state, StoryNumber story, Step step) {
    String text = value(values(state), step.id(), ActionIds.STORY_STEP_INPUT).strip();
    if (text.isEmpty()) {
      return new Reading.Refused(
          step.id(), "Write the " + step.label().toLowerCase(Locale.ROOT) + " first.");
    }
    return new Reading.Event(
        new CoachEvent.StoryCommand(new StoryRequest.Edit(story, step, Optional.of(text))));
  }

  /** A step's label: what it should hold. */
  static String label(Step step) {
    return switch (step) {
      case SITUATION -> "Situation: where, when, and what was at stake";
      case TASK -> "Task: what was yours to do, and the goal";
      case ACTION -> "Action: what you did yourself, step by step";
      case RESULT -> "Result: what changed, in numbers if you can";
      case REFLECTION -> "Reflection: what you do differently now";
    };
  }

  private static Map<String, Map<String, ViewState.Value>> values(ViewState state) {
    return state == null || state.getValues() == null ? Map.of() : state.getValues();
  }

  private static String value(
      Map<String, Map<String, ViewState.Value>> values, String block, String action) {
    Map<String, ViewState.Value> inBlock = values.get(block);
    ViewState.Value value = inBlock == null ? null : inBlock.get(action);
    return value == null || value.getValue() == null ? "" : value.getValue();
  }
}
