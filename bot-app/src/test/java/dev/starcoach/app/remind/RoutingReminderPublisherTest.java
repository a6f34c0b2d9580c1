package dev.starcoach.app.remind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.remind.Reminder;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.TestBank;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingReminderPublisherTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static Reminder reminderFor(SessionKey key) {
    PracticeSession session =
        new PracticeSession(
            "s-" + key.person().userId(),
            key,
            SessionMode.DRILL,
            TestBank.WALKTHROUGH_ID,
            Level.SDE2,
            Phase.STEPS,
            1,
            List.of(),
            List.of(),
            0,
            T0,
            T0,
            T0,
            2);
    return new Reminder(
        session, TestBank.load().byId(TestBank.WALKTHROUGH_ID).orElseThrow(), "the Task step");
  }

  @Test
  void eachReminderGoesToItsPlatformsAdapterAndOnlyRunningPlatformsAreServed() {
    // GIVEN a Slack adapter running in this process, and no Discord one
    RoutingReminderPublisher router = new RoutingReminderPublisher();
    List<Reminder> toSlack = new ArrayList<>();
    router.register("slack", toSlack::add);
    SessionKey slackPerson = SessionKey.of("slack", "team:T1", "U1");
    SessionKey discordPerson = SessionKey.of("discord", "dm", "42");

    // THEN only Slack people are served here
    assertTrue(router.serves(slackPerson));
    assertFalse(router.serves(discordPerson));
    assertFalse(router.serves(SessionKey.of("console", "terminal", "me")));

    // WHEN a Slack reminder is published, THEN the Slack adapter gets it
    Reminder reminder = reminderFor(slackPerson);
    router.publish(reminder);
    assertEquals(List.of(reminder), toSlack);

    // AND a Discord reminder fails, naming the missing adapter
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> router.publish(reminderFor(discordPerson)));
    assertTrue(e.getMessage().contains("discord"), e.getMessage());
  }
}
