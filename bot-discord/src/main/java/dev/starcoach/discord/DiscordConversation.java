package dev.starcoach.discord;

import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.Conversation;
import java.util.Objects;
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
  private boolean failed;

  /**
   * A conversation with a fallback.
   *
   * @param fallback where to turn when {@code primary} fails; the same outbox as {@code primary} to
   *     give up quietly (logged)
   */
  public DiscordConversation(
      DiscordRenderer renderer, DiscordRenderer.Owner owner, Outbox primary, Outbox fallback) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.current = Objects.requireNonNull(primary, "primary");
    this.fallback = Objects.requireNonNull(fallback, "fallback");
  }

  /** A conversation with no fallback: a refused message is logged and the rest still tried. */
  public static DiscordConversation to(
      DiscordRenderer renderer, DiscordRenderer.Owner owner, Outbox outbox) {
    return new DiscordConversation(renderer, owner, outbox, outbox);
  }

  @Override
  public void send(CoachReply reply) {
    DiscordRenderer.Rendered rendered = renderer.rendered(reply, owner);
    try {
      current.post(rendered.message(), rendered.personal());
    } catch (RuntimeException e) {
      failed = true;
      LOG.warn(
          "posting a {} to {} failed: {}",
          reply.getClass().getSimpleName(),
          owner.place(),
          Failures.forLog(e));
      if (current == fallback) {
        return;
      }
      current = fallback;
      try {
        fallback.post(
            renderer.error(Failures.forMember(e) + " Your practice continues here."), true);
        fallback.post(rendered.message(), rendered.personal());
      } catch (RuntimeException again) {
        LOG.warn("fallback posting failed too: {}", Failures.forLog(again));
      }
    }
  }

  /** True when Discord refused a message. */
  public boolean failed() {
    return failed;
  }
}
