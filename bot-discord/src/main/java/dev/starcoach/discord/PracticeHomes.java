package dev.starcoach.discord;

import dev.starcoach.core.session.SessionKey;
import java.util.Objects;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a practice started in a server runs: the private thread it was started in, a new private
 * thread, the person's DMs, or (when neither can be opened) ephemeral follow-ups.
 */
final class PracticeHomes {
  private static final Logger LOG = LoggerFactory.getLogger(PracticeHomes.class);

  private final PracticeRoutes routes;

  PracticeHomes(PracticeRoutes routes) {
    this.routes = Objects.requireNonNull(routes, "routes");
  }

  /**
   * Where a practice runs, and what to tell the person about it.
   *
   * @param outbox where the practice's messages go
   * @param note the ephemeral note saying where that is
   */
  record Home(Outbox outbox, String note) {}

  /** Opens (or finds) the home of the practice just started at {@code key} and records it. */
  Home open(IReplyCallback interaction, MessageChannelUnion channel, SessionKey key, String place) {
    long user = interaction.getUser().getIdLong();
    String reason;
    if (channel != null && channel.getType() == ChannelType.GUILD_PRIVATE_THREAD) {
      ThreadChannel thread = channel.asThreadChannel();
      routes.practiceIn(key, thread.getIdLong());
      return new Home(new ChannelOutbox(thread), "Your practice continues in this private thread.");
    }
    if (channel != null && channel.getType() == ChannelType.TEXT) {
      try {
        TextChannel text = channel.asTextChannel();
        ThreadChannel thread =
            text.createThreadChannel(threadName(interaction.getUser()), true)
                .setInvitable(false)
                .complete();
        thread.addThreadMemberById(user).complete();
        routes.practiceIn(key, thread.getIdLong());
        return new Home(
            new ChannelOutbox(thread),
            "Your practice is in your private thread <#" + thread.getId() + ">.");
      } catch (RuntimeException e) {
        LOG.info("cannot open a private thread in {}: {}", place, Failures.forLog(e));
        reason = "I could not open a private thread here (" + Failures.forMember(e) + ")";
      }
    } else {
      reason = "Private threads cannot be opened in this kind of channel";
    }
    try {
      PrivateChannel dm = interaction.getUser().openPrivateChannel().complete();
      routes.practiceIn(key, dm.getIdLong());
      routes.movedToDm(user, place);
      return new Home(
          new ChannelOutbox(dm), reason + ", so your practice continues in your direct messages.");
    } catch (RuntimeException e) {
      LOG.info("cannot open a DM for a practice in {}: {}", place, Failures.forLog(e));
      return new Home(
          new HookOutbox(interaction.getHook(), true),
          reason
              + ", and I cannot message you directly, so your practice runs in messages only you"
              + " can see here. They vanish if you reload; /practice shows your current step"
              + " again.");
    }
  }

  private static String threadName(User user) {
    return Markup.clip("STAR practice · " + user.getName(), 100);
  }
}
