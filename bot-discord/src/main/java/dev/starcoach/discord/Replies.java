package dev.starcoach.discord;

import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the listeners answer an interaction: at once and ephemerally, or from the executor through
 * the acknowledged interaction's hook, telling the member when the work failed.
 */
final class Replies {
  private static final Logger LOG = LoggerFactory.getLogger(Replies.class);

  private final DiscordRenderer renderer;

  Replies(DiscordRenderer renderer) {
    this.renderer = renderer;
  }

  /** Replies at once, ephemerally (the interaction is not acknowledged yet). */
  void now(IReplyCallback interaction, MessageCreateData data) {
    interaction.reply(data).setEphemeral(true).queue(null, f -> logFailure("reply", f));
  }

  /** Posts an ephemeral follow-up and waits for Discord to take it. */
  void personal(InteractionHook hook, MessageCreateData data) {
    hook.sendMessage(data).setEphemeral(true).complete();
  }

  /**
   * Runs work on behalf of an acknowledged interaction; a failure (Discord refusing a message, a
   * bug) is logged and the member told, ephemerally, in words they can act on. Storage outages
   * never get here: the engine answers them with an error reply.
   */
  void guarded(String what, InteractionHook hook, Runnable work) {
    try {
      work.run();
    } catch (ErrorResponseException | InsufficientPermissionException e) {
      LOG.warn("{} failed: {}", what, Failures.forLog(e));
      tell(hook, Failures.forMember(e));
    } catch (RuntimeException e) {
      LOG.warn("{} failed: {}", what, Failures.forLog(e), e);
      tell(hook, Failures.forMember(e));
    }
  }

  private void tell(InteractionHook hook, String text) {
    try {
      personal(hook, renderer.error(text));
    } catch (RuntimeException e) {
      LOG.warn("could not tell the member either: {}", Failures.forLog(e));
    }
  }

  /** Logs a queued request Discord refused. */
  static void logFailure(String what, Throwable failure) {
    LOG.warn("{} failed: {}", what, Failures.forLog(failure));
  }
}
