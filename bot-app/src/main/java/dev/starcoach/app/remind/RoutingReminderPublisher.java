package dev.starcoach.app.remind;

import dev.starcoach.core.remind.Reminder;
import dev.starcoach.core.remind.ReminderPublisher;
import dev.starcoach.core.session.SessionKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Sends each reminder to the publisher of its person's platform (discord, slack). */
public final class RoutingReminderPublisher implements ReminderPublisher {
  private final Map<String, ReminderPublisher> byPlatform = new ConcurrentHashMap<>();

  /** Registers the publisher of a running adapter, which can DM every person of its platform. */
  public void register(String platform, ReminderPublisher publisher) {
    byPlatform.put(platform, publisher);
  }

  /**
   * True when a running adapter of this process can send the reminders of this session's person.
   */
  public boolean serves(SessionKey key) {
    return byPlatform.containsKey(key.person().platform());
  }

  @Override
  public void publish(Reminder reminder) {
    String platform = reminder.session().key().person().platform();
    ReminderPublisher publisher = byPlatform.get(platform);
    if (publisher == null) {
      throw new IllegalStateException(
          "no " + platform + " adapter is running in this process to send reminders");
    }
    publisher.publish(reminder);
  }
}
