package dev.starcoach.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static dev.starcoach.slack.SlackText.escape;
import static dev.starcoach.slack.SlackText.truncate;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The Block Kit pieces every Slack renderer shares, each kept within Slack's limits: sections of at
 * most {@value #SECTION_LIMIT} characters, context notes, quotes and the practice buttons.
 */
final class KitParts {
  /** The longest section text written (Slack allows 3,000). */
  static final int SECTION_LIMIT = 2900;

  /** The longest button value written (Slack allows 2,000). */
  static final int BUTTON_VALUE_LIMIT = 100;

  private KitParts() {}

  /** A context line; the caller has escaped anything not its own. */
  static LayoutBlock note(String alreadyEscaped) {
    return context(c -> c.elements(List.of(markdownText(truncate(alreadyEscaped, SECTION_LIMIT)))));
  }

  /** Adds the text as as many sections as it needs; the caller has escaped it. */
  static void addMarkdown(List<LayoutBlock> b, String alreadyEscaped) {
    for (String chunk : chunks(alreadyEscaped, SECTION_LIMIT)) {
      b.add(section(s -> s.text(markdownText(chunk))));
    }
  }

  /** Splits text into pieces of at most {@code max} characters, preferring line breaks. */
  static List<String> chunks(String text, int max) {
    List<String> out = new ArrayList<>();
    String rest = text == null ? "" : text;
    while (rest.length() > max) {
      int cut = rest.lastIndexOf('\n', max);
      if (cut < max / 2) {
        cut = max;
      }
      out.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty() || out.isEmpty()) {
      out.add(rest);
    }
    return out;
  }

  /** Text as a mrkdwn quote, escaped, one {@code >} per line. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : escape(text).split("\n", -1)) {
      out.append("> ").append(line).append('\n');
    }
    return out.toString().stripTrailing();
  }

  /**
   * Answer, Hint, Skip (when {@code skip}) and Stop under a prompt; each button carries the
   * prompt's label, which the Answer modal shows.
   */
  static LayoutBlock promptButtons(String promptLabel, boolean skip) {
    String value = truncate(promptLabel, BUTTON_VALUE_LIMIT);
    List<BlockElement> buttons = new ArrayList<>();
    buttons.add(
        button(
            x ->
                x.actionId(ActionIds.ANSWER)
                    .text(plainText("Answer"))
                    .style("primary")
                    .value(value)));
    buttons.add(button(x -> x.actionId(ActionIds.HINT).text(plainText("Hint")).value(value)));
    if (skip) {
      buttons.add(button(x -> x.actionId(ActionIds.SKIP).text(plainText("Skip")).value(value)));
    }
    buttons.add(
        button(
            x -> x.actionId(ActionIds.STOP).text(plainText("Stop")).style("danger").value(value)));
    return actions(a -> a.elements(buttons));
  }
}
