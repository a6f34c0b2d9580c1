package dev.starcoach.discord;

import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.Conversation;
import java.util.Objects;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's {@link Conversation} on Discord: renders each reply and posts it. When the main
 * outbox fails (DMs closed, a permission missing, the thread gone) the person is told through the
 * fallback, and the rest of the replies go there too.
 */
public final class DiscordConversation implements Conversation {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordConversation.class);

  private final DiscordRenderer renderer;
  private final DiscordRenderer.Owner owner;
  private final Outbox fallback;
  private Outbox current;
  private boolean sawError;
  private boolean failed;

  /**
   * @param fallback where to turn when {@code primary} fails, or null to give up quietly (logged)
   */
  public DiscordConversation(
      DiscordRenderer renderer, DiscordRenderer.Owner owner, Outbox primary, Outbox fallback) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.current = Objects.requireNonNull(primary, "primary");
    this.fallback = fallback;
  }

  @Override
  public void send(CoachReply reply) {
    if (reply instanceof CoachReply.ErrorNotice) {
      sawError = true;
    }
    MessageCreateData message = renderer.render(reply, owner);
    boolean personal = DiscordRenderer.isPersonal(reply);
    try {
      current.post(message, personal);
    } catch (RuntimeException e) {
      failed = true;
      LOG.warn(
          "posting a {} to {} failed: {}",
          reply.getClass().getSimpleName(),
          owner.place(),
          Failures.forLog(e));
      if (fallback == null || current == fallback) {
        return;
      }
      current = fallback;
      try {
        fallback.post(
            renderer.error(Failures.forMember(e) + " Your practice continues here."), true);
        fallback.post(message, personal);
      } catch (RuntimeException again) {
        LOG.warn("fallback posting failed too: {}", Failures.forLog(again));
      }
    }
  }

  /** True when the engine reported an error to the person. */
  public boolean sawError() {
    return sawError;
  }

  /** True when Discord refused a message. */
  public boolean failed() {
    return failed;
  }
}
