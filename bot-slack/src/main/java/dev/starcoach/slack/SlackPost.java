package dev.starcoach.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One Slack message to send: Block Kit blocks and the plain-text fallback used in notifications.
 * Both are already escaped.
 */
record SlackPost(String text, List<LayoutBlock> blocks) {
  /** Slack's limit of blocks in one message. */
  static final int MAX_BLOCKS = 50;

  SlackPost {
    blocks = List.copyOf(blocks);
  }
}
