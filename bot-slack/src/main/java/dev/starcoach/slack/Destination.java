package dev.starcoach.slack;

import java.util.Objects;

/**
 * Where a person's practice replies are posted: a channel (a DM with the bot, or a channel) and,
 * for a practice started in a channel, the thread.
 *
 * @param threadTs the thread's parent timestamp, or null to post at the top level
 */
public record Destination(String channel, String threadTs) {
  public Destination {
    Objects.requireNonNull(channel, "channel");
    threadTs = threadTs == null || threadTs.isBlank() ? null : threadTs;
  }

  /** True for a direct message with the bot (Slack DM ids start with D). */
  public boolean direct() {
    return channel.startsWith("D");
  }

  /** True when replies go into a thread. */
  public boolean inThread() {
    return threadTs != null;
  }

  /** A compact form for a modal's private metadata. */
  String encode() {
    return channel + "|" + (threadTs == null ? "" : threadTs);
  }

  /** Reads {@link #encode()}'s form; null when it is not one. */
  static Destination decode(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    int bar = text.indexOf('|');
    String channel = bar < 0 ? text : text.substring(0, bar);
    String thread = bar < 0 ? null : text.substring(bar + 1);
    return channel.isBlank() ? null : new Destination(channel, thread);
  }
}
