package dev.starcoach.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import dev.starcoach.core.remind.Reminder;
import dev.starcoach.core.remind.ReminderPublisher;
import dev.starcoach.core.session.PersonId;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends reminders of unfinished practices on Slack: {@code conversations.open} with the person,
 * then {@code chat.postMessage} to that DM with the reminder and the practice's Answer and Stop
 * buttons. All text is escaped, so nobody is mentioned. Get it from {@link
 * SlackBot#reminderPublisher()}.
 */
public final class SlackReminderPublisher implements ReminderPublisher {
  private static final long TIMEOUT_SECONDS = 30;

  private final SlackPoster poster;

  SlackReminderPublisher(SlackPoster poster) {
    this.poster = poster;
  }

  /**
   * Sends it and waits for Slack's answer.
   *
   * @throws IllegalArgumentException for a person of another platform
   * @throws IllegalStateException with Slack's reason when the DM cannot be opened or posted to
   */
  @Override
  public void publish(Reminder reminder) {
    PersonId person = reminder.session().key().person();
    if (!SlackCoach.PLATFORM.equals(person.platform())) {
      throw new IllegalArgumentException("not a Slack person: " + person.platform());
    }
    ChatPostMessageResponse response;
    try {
      String dm = poster.openDirect(person.userId()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      response =
          poster
              .post(new Destination(dm, null), SlackMessages.reminder(reminder))
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending a reminder", e);
    } catch (ExecutionException | TimeoutException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalStateException("sending the reminder failed: " + cause.getMessage(), e);
    }
    if (!response.isOk()) {
      throw new IllegalStateException("Slack refused the reminder: " + response.getError());
    }
  }
}
