package dev.starcoach.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Slack message to send: Block Kit blocks and the plain-text fallback used in notifications.
 * Both are already escaped.
 *
 * @param file a file to upload after the message (a data export), or empty
 * @param prompt true when the message asks the person for something (a step, probe or quiz item),
 *     so a message that groups it after feedback names it in its fallback text
 */
record SlackPost(String text, List<LayoutBlock> blocks, Optional<SlackFile> file, boolean prompt) {
  /** Slack's limit of blocks in one message. */
  static final int MAX_BLOCKS = 50;

  SlackPost {
    Objects.requireNonNull(text, "text");
    blocks = List.copyOf(blocks);
    Objects.requireNonNull(file, "file");
  }

  /** A message without a file that asks for nothing. */
  SlackPost(String text, List<LayoutBlock> blocks) {
    this(text, blocks, Optional.empty(), false);
  }

  /** This message, marked as asking the person for something. */
  SlackPost asPrompt() {
    return new SlackPost(text, blocks, file, true);
  }

  /** This message without its file, with a note added below (say, where the file went). */
  SlackPost withoutFile(String alreadyEscapedNote) {
    List<LayoutBlock> more = new java.util.ArrayList<>(blocks);
    more.add(KitParts.note(alreadyEscapedNote));
    return new SlackPost(text, more, Optional.empty(), prompt);
  }
}
