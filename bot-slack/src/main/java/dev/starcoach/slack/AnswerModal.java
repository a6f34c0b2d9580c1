package dev.starcoach.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;
import static dev.starcoach.slack.SlackText.truncate;

import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.starcoach.core.engine.EngineSettings;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The modal to type an answer in, and reading it back.
 *
 * <p>Slack's {@code plain_text_input} takes at most {@value #BOX_LIMIT} characters, while an answer
 * may be {@value #MAX_ANSWER_CHARS} on every platform. So the modal has two boxes: the answer (up
 * to {@value #BOX_LIMIT}) and an optional "continued" box (up to {@value #CONTINUED_LIMIT}). On
 * submit they are joined with a line break; a joined answer over {@value #MAX_ANSWER_CHARS} is
 * refused in the modal, with the count, and nothing is lost or cut.
 */
final class AnswerModal {
  /** Slack's most for one {@code plain_text_input}. */
  static final int BOX_LIMIT = 3000;

  /** The longest answer, as on the other platforms (the engine's default). */
  static final int MAX_ANSWER_CHARS = 4000;

  /** The most the continued box takes. */
  static final int CONTINUED_LIMIT = MAX_ANSWER_CHARS - BOX_LIMIT;

  static {
    if (EngineSettings.defaults().maxAnswerChars() != MAX_ANSWER_CHARS) {
      throw new ExceptionInInitializerError("the modal's answer limit must be the engine's");
    }
  }

  /** What a submission holds: the joined answer, or the error to show on a box. */
  sealed interface Reading {
    /** The answer, joined from both boxes. */
    record Answer(String text) implements Reading {}

    /** The modal stays open with this error under the block. */
    record Refused(String blockId, String error) implements Reading {}
  }

  private AnswerModal() {}

  /** The modal for a prompt; the reply goes to {@code replyTo}. */
  static View of(String promptLabel, Destination replyTo) {
    String label = promptLabel == null || promptLabel.isBlank() ? "your answer" : promptLabel;
    return view(
        v ->
            v.type("modal")
                .callbackId(ActionIds.ANSWER_MODAL)
                .privateMetadata(replyTo.encode())
                .title(viewTitle(t -> t.type("plain_text").text("STAR Coach")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Send")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(
                    List.of(
                        input(
                            i ->
                                i.blockId(ActionIds.ANSWER_BLOCK)
                                    .label(plainText(truncate("Answer: " + label, 150)))
                                    .element(
                                        plainTextInput(
                                            p ->
                                                p.actionId(ActionIds.ANSWER_INPUT)
                                                    .multiline(true)
                                                    .maxLength(BOX_LIMIT)))),
                        input(
                            i ->
                                i.blockId(ActionIds.ANSWER_MORE_BLOCK)
                                    .optional(true)
                                    .label(plainText("Continued (only past 3,000 characters)"))
                                    .hint(
                                        plainText(
                                            "Answers may be up to 4,000 characters; this box"
                                                + " takes the rest, on a new line."))
                                    .element(
                                        plainTextInput(
                                            p ->
                                                p.actionId(ActionIds.ANSWER_MORE_INPUT)
                                                    .multiline(true)
                                                    .maxLength(CONTINUED_LIMIT)))))));
  }

  /** Reads a submitted modal's state. */
  static Reading read(ViewState state) {
    Map<String, Map<String, ViewState.Value>> values =
        state == null || state.getValues() == null ? Map.of() : state.getValues();
    String first = value(values, ActionIds.ANSWER_BLOCK, ActionIds.ANSWER_INPUT);
    String more = value(values, ActionIds.ANSWER_MORE_BLOCK, ActionIds.ANSWER_MORE_INPUT);
    String text = join(first, more);
    if (text.isBlank()) {
      return new Reading.Refused(ActionIds.ANSWER_BLOCK, "Type an answer.");
    }
    if (text.length() > MAX_ANSWER_CHARS) {
      return new Reading.Refused(
          ActionIds.ANSWER_MORE_BLOCK,
          String.format(
              Locale.ROOT,
              "Together the boxes hold %,d characters; an answer may be %,d.",
              text.length(),
              MAX_ANSWER_CHARS));
    }
    return new Reading.Answer(text);
  }

  /** The answer box, then the continued box on a new line when it has text. */
  static String join(String first, String more) {
    String a = first == null ? "" : first;
    String b = more == null ? "" : more.strip();
    if (b.isEmpty()) {
      return a;
    }
    return a.isBlank() ? b : a.stripTrailing() + "\n" + b;
  }

  private static String value(
      Map<String, Map<String, ViewState.Value>> values, String block, String action) {
    Map<String, ViewState.Value> inBlock = values.get(block);
    ViewState.Value value = inBlock == null ? null : inBlock.get(action);
    return value == null || value.getValue() == null ? "" : value.getValue();
  }
}
