package dev.starcoach.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;
import static dev.starcoach.slack.SlackText.truncate;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The modal to type an answer in, and reading it back.
 *
 * <p>Slack's {@code plain_text_input} takes at most {@value #BOX_LIMIT} characters, while an answer
 * may be as long as the engine allows (4,000 by default, on every platform). So when the engine
 * allows more than {@value #BOX_LIMIT}, the modal has a second, optional "continued" box for the
 * rest (up to another {@value #BOX_LIMIT}). On submit the boxes are joined with a line break; a
 * joined answer over the engine's limit is refused in the modal, with the count, and nothing is
 * cut. An answer longer than both boxes can still be sent as a message.
 */
final class AnswerModal {
  /** Slack's most for one {@code plain_text_input}. */
  static final int BOX_LIMIT = 3000;

  private final int maxAnswerChars;

  /** What a submission holds: the joined answer, or the error to show on a box. */
  sealed interface Reading {
    /** The answer, joined from the boxes. */
    record Answer(String text) implements Reading {}

    /** The modal stays open with this error under the block. */
    record Refused(String blockId, String error) implements Reading {}
  }

  /**
   * @param maxAnswerChars the engine's longest answer
   */
  AnswerModal(int maxAnswerChars) {
    if (maxAnswerChars < 1) {
      throw new IllegalArgumentException("maxAnswerChars must be positive");
    }
    this.maxAnswerChars = maxAnswerChars;
  }

  /** The most the answer box takes. */
  int firstBox() {
    return Math.min(maxAnswerChars, BOX_LIMIT);
  }

  /** The most the continued box takes, or 0 when the answer fits the first box. */
  int continuedBox() {
    return Math.max(0, Math.min(maxAnswerChars - BOX_LIMIT, BOX_LIMIT));
  }

  /** The modal for a prompt; the reply goes to {@code replyTo}. */
  View of(String promptLabel, Destination replyTo) {
    String label = promptLabel == null || promptLabel.isBlank() ? "your answer" : promptLabel;
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(
        input(
            i ->
                i.blockId(ActionIds.ANSWER_BLOCK)
                    .label(plainText(truncate("Answer: " + label, 150)))
                    .element(
                        plainTextInput(
                            p ->
                                p.actionId(ActionIds.ANSWER_INPUT)
                                    .multiline(true)
                                    .maxLength(firstBox())))));
    if (continuedBox() > 0) {
      String hint =
          String.format(
              Locale.ROOT,
              "Answers may be up to %,d characters; this box takes the rest, on a new line.",
              maxAnswerChars);
      blocks.add(
          input(
              i ->
                  i.blockId(ActionIds.ANSWER_MORE_BLOCK)
                      .optional(true)
                      .label(
                          plainText(
                              String.format(
                                  Locale.ROOT, "Continued (only past %,d characters)", BOX_LIMIT)))
                      .hint(plainText(hint))
                      .element(
                          plainTextInput(
                              p ->
                                  p.actionId(ActionIds.ANSWER_MORE_INPUT)
                                      .multiline(true)
                                      .maxLength(continuedBox())))));
    }
    return view(
        v ->
            v.type("modal")
                .callbackId(ActionIds.ANSWER_MODAL)
                .privateMetadata(replyTo.encode())
                .title(viewTitle(t -> t.type("plain_text").text("STAR Coach")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Send")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
  }

  /** Reads a submitted modal's state. */
  Reading read(ViewState state) {
    Map<String, Map<String, ViewState.Value>> values =
        state == null || state.getValues() == null ? Map.of() : state.getValues();
    String first = value(values, ActionIds.ANSWER_BLOCK, ActionIds.ANSWER_INPUT);
    String more = value(values, ActionIds.ANSWER_MORE_BLOCK, ActionIds.ANSWER_MORE_INPUT);
    String text = join(first, more);
    if (text.isBlank()) {
      return new Reading.Refused(ActionIds.ANSWER_BLOCK, "Type an answer.");
    }
    if (text.length() > maxAnswerChars) {
      return new Reading.Refused(
          more.isBlank() ? ActionIds.ANSWER_BLOCK : ActionIds.ANSWER_MORE_BLOCK,
          String.format(
              Locale.ROOT,
              "Together the boxes hold %,d characters; an answer may be %,d.",
              text.length(),
              maxAnswerChars));
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
