package dev.starcoach.discord;

import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Where rendered messages go: a channel, a thread, a DM or an interaction's follow-ups. */
public interface Outbox {

  /**
   * Posts one message, in order, and returns once Discord took it.
   *
   * @param personal true when only the person may see it (errors, their data)
   * @throws RuntimeException when Discord refuses it (JDA's exceptions)
   */
  void post(MessageCreateData message, boolean personal);
}
