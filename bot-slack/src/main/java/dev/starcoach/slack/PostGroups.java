package dev.starcoach.slack;

import static com.slack.api.model.block.Blocks.divider;
import static dev.starcoach.slack.SlackText.truncate;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers the rendered replies of one engine call into as few messages as Slack allows ({@value
 * SlackPost#MAX_BLOCKS} blocks each), a divider between replies. A post carrying a file stays a
 * message of its own. When feedback and the next prompt share a message, its fallback text names
 * both, so the notification shows the new prompt.
 */
final class PostGroups {
  /** The longest fallback (notification) text written. */
  static final int FALLBACK_LIMIT = 300;

  private PostGroups() {}

  static List<SlackPost> group(List<SlackPost> rendered) {
    List<SlackPost> posts = new ArrayList<>();
    Group group = new Group();
    for (SlackPost one : rendered) {
      if (one.file().isPresent()) {
        group.flushTo(posts);
        posts.add(one);
        continue;
      }
      if (!group.fits(one)) {
        group.flushTo(posts);
      }
      group.add(one);
    }
    group.flushTo(posts);
    return posts;
  }

  /** The replies being gathered into one message. */
  private static final class Group {
    private List<LayoutBlock> blocks = new ArrayList<>();
    private String firstText;
    private String promptText;
    private boolean prompt;

    boolean fits(SlackPost one) {
      return blocks.isEmpty() || blocks.size() + one.blocks().size() + 1 <= SlackPost.MAX_BLOCKS;
    }

    void add(SlackPost one) {
      if (blocks.isEmpty()) {
        firstText = one.text();
      } else {
        blocks.add(divider());
        if (one.prompt()) {
          promptText = one.text();
        }
      }
      prompt |= one.prompt();
      blocks.addAll(one.blocks().subList(0, Math.min(one.blocks().size(), SlackPost.MAX_BLOCKS)));
    }

    void flushTo(List<SlackPost> posts) {
      if (blocks.isEmpty()) {
        return;
      }
      String text =
          promptText == null
              ? truncate(firstText, FALLBACK_LIMIT)
              : truncate(firstText, FALLBACK_LIMIT / 2 - 3)
                  + " · "
                  + truncate(promptText, FALLBACK_LIMIT / 2);
      posts.add(new SlackPost(text, blocks, java.util.Optional.empty(), prompt));
      blocks = new ArrayList<>();
      firstText = null;
      promptText = null;
      prompt = false;
    }
  }
}
