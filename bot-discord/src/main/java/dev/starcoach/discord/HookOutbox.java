package dev.starcoach.discord;

import java.util.Objects;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Posts through an acknowledged interaction's follow-ups: personal messages are ephemeral, others
 * too unless the interaction happened somewhere private (a DM or the person's private thread).
 */
public final class HookOutbox implements Outbox {
  private final InteractionHook hook;
  private final boolean everythingPersonal;

  /**
   * @param everythingPersonal true to make every message ephemeral (a shared channel)
   */
  public HookOutbox(InteractionHook hook, boolean everythingPersonal) {
    this.hook = Objects.requireNonNull(hook, "hook");
    this.everythingPersonal = everythingPersonal;
  }

  @Override
  public void post(MessageCreateData message, boolean personal) {
    hook.sendMessage(message).setEphemeral(personal || everythingPersonal).complete();
  }
}
