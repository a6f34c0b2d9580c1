package dev.starcoach.core.store;

import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.PracticeSession;
import java.time.Instant;
import java.util.List;

/**
 * Who asked to be reminded of a practice they left unfinished, and which sessions were reminded of
 * already. A reminder is claimed in the store before it is sent, so with many instances on one
 * database each session is reminded of at most once, even across restarts.
 */
public interface ReminderStore {

  /** True when the person asked for reminders (people are not reminded unless they ask). */
  boolean optedIn(PersonId person);

  /** Turns a person's reminders on or off. Turning off what is already off does nothing. */
  void setOptIn(PersonId person, boolean on);

  /**
   * Open sessions last touched before {@code idleBefore}, of people who opted in, not reminded of
   * yet; the longest idle first.
   *
   * @param limit the most sessions to return
   */
  List<PracticeSession> unfinishedSince(Instant idleBefore, int limit);

  /**
   * Claims the reminder of a session. Of all callers, in any instance and across restarts, exactly
   * one gets {@code true} for a session; it sends the reminder. A claim is never released, so a
   * reminder is never sent twice (a failed send is logged, not retried).
   *
   * @return true for the one caller that won the claim
   * @throws StorageUnavailableException when the database cannot be reached (nothing claimed)
   */
  boolean claimReminder(String sessionId, Instant now);
}
