package dev.starcoach.core.remind;

/**
 * Sends a reminder to its person, privately (a DM). Adapters implement it; a router picks the
 * adapter by {@code reminder.session().key().person().platform()}.
 */
public interface ReminderPublisher {

  /** Sends it; throws when the platform refused (the claim stays, so it is never sent twice). */
  void publish(Reminder reminder);
}
