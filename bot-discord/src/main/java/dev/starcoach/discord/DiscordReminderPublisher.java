package dev.starcoach.discord;

import dev.starcoach.core.remind.Reminder;
import dev.starcoach.core.remind.ReminderPublisher;
import dev.starcoach.core.session.PersonId;
import java.util.Objects;
import java.util.function.LongFunction;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends reminders of unfinished practices on Discord: opens the member's DM and posts the reminder
 * with the practice's buttons, allowing no mentions. Waits for Discord to take it, so a refusal
 * (DMs closed, the member left every shared server) reaches the reminder service as an exception
 * with Discord's reason.
 */
public final class DiscordReminderPublisher implements ReminderPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordReminderPublisher.class);

  private final LongFunction<RestAction<PrivateChannel>> openDm;
  private final ReminderRenderer renderer = new ReminderRenderer();

  /**
   * @param openDm opens the DM channel with a user id (JDA's {@code openPrivateChannelById})
   */
  public DiscordReminderPublisher(LongFunction<RestAction<PrivateChannel>> openDm) {
    this.openDm = Objects.requireNonNull(openDm, "openDm");
  }

  /**
   * Sends it.
   *
   * @throws IllegalArgumentException for a person of another platform
   * @throws IllegalStateException with Discord's reason when the DM cannot be opened or sent
   */
  @Override
  public void publish(Reminder reminder) {
    PersonId person = reminder.session().key().person();
    if (!Places.PLATFORM.equals(person.platform())) {
      throw new IllegalArgumentException("not a Discord person: " + person.platform());
    }
    long user = Long.parseUnsignedLong(person.userId());
    try {
      PrivateChannel dm = openDm.apply(user).complete();
      dm.sendMessage(renderer.render(reminder)).complete();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "DM to user " + person.userId() + " refused: " + Failures.forLog(e), e);
    }
    LOG.info(
        "reminded user {} of session {} at {}",
        person.userId(),
        reminder.session().id(),
        reminder.stepLabel());
  }
}
