package dev.starcoach.discord;

import java.util.Objects;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/** Posts into a private thread or a DM channel; every message there is private to the person. */
public final class ChannelOutbox implements Outbox {
  private final MessageChannel channel;

  public ChannelOutbox(MessageChannel channel) {
    this.channel = Objects.requireNonNull(channel, "channel");
  }

  /** The channel posted to. */
  public MessageChannel channel() {
    return channel;
  }

  @Override
  public void post(MessageCreateData message, boolean personal) {
    channel.sendMessage(message).complete();
  }
}
