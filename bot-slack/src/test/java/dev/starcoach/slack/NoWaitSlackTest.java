package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.engine.CoachEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nothing blocks a worker on Slack: while 200 new people wait for their DMs to open, someone who
 * already practises gets their feedback at once, and the new people's practices are started (and,
 * once Slack answers, shown in order).
 */
class NoWaitSlackTest {
  private static final String OLD = "U0OLD";
  private static final int NEW_PEOPLE = 200;

  /** Generous for a loopback post, far below what a queue behind 200 DM opens would take. */
  private static final Duration BOUND = Duration.ofSeconds(2);

  @Test
  void givenTwoHundredNewPeopleWaitingForTheirDm_whenSomeoneAnswers_thenFeedbackIsPostedAtOnce()
      throws Exception {
    try (SlackHarness h = new SlackHarness(Duration.ofMillis(50), null)) {
      // GIVEN DM opens paced 100 a second by us (a fast test; Slack allows fewer) and throttled by
      // Slack
      h.usePaces(Map.of("conversations.open", new SlackCalls.Pace(6_000, 8)));
      h.stub.throttle("conversations.open", 50, 1);
      // and someone already practising in their DM
      h.slash(OLD, "D" + OLD, "practice drill");
      h.port.awaitEvents(1);
      String dm =
          h.stub
              .await("chat.postMessage", c -> c.param("channel").startsWith("D"))
              .param("channel");

      // and 200 new people starting drills at once, whose DMs Slack is slow to open (held)
      h.stub.holdDirectOpens();
      for (int i = 0; i < NEW_PEOPLE; i++) {
        h.slash(newPerson(i), "D" + newPerson(i), "practice drill");
      }
      awaitHeld(h, 1);

      // WHEN the existing person answers in the DM (acknowledged when run returns)
      int postsBefore = h.stub.calls("chat.postMessage").size();
      h.run(
          SignedRequests.message(
              "Ev-old-1", OLD, dm, "im", "Our alerts paged nobody for a week.", null, null),
          SignedRequests.JSON);
      long acked = System.nanoTime();

      // THEN the feedback is posted to their DM within the bound, while the DMs are still held
      SlackApiStub.Call feedback =
          h.stub.await("chat.postMessage", c -> c.param("channel").equals(dm) && c.nanos() > acked);
      long waited = feedback.nanos() - acked;
      assertTrue(
          waited < BOUND.toNanos(),
          "feedback came "
              + waited / 1_000_000
              + " ms after the ack (posts before: "
              + postsBefore
              + ")");
      assertTrue(h.stub.directOpensHeld() > 0, "the new people's DMs were answered meanwhile");
      // and every new person's start reached the engine without waiting for their DM
      assertEquals(
          NEW_PEOPLE + 2,
          h.port.awaitEvents(NEW_PEOPLE + 2).size(),
          "engine calls: 1 start, 200 starts, 1 answer");
      assertTrue(
          h.port.events.stream().filter(e -> e instanceof CoachEvent.StartPractice).count()
              >= NEW_PEOPLE + 1);

      // WHEN Slack answers the DM opens (throttling beyond 50 a second with Retry-After)
      h.stub.releaseDirectOpens();

      // THEN every new person gets their first question in their own DM, each DM opened once
      List<SlackApiStub.Call> opens = h.stub.awaitCount("conversations.open", NEW_PEOPLE + 1);
      for (int i = 0; i < NEW_PEOPLE; i++) {
        String channel = "D" + newPerson(i);
        h.stub.await("chat.postMessage", c -> c.param("channel").equals(channel));
      }
      assertEquals(NEW_PEOPLE + 1, opens.size(), "one DM open per person");
    }
  }

  private static String newPerson(int i) {
    return String.format("U1NEW%03d", i);
  }

  private static void awaitHeld(SlackHarness h, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (h.stub.directOpensHeld() < count && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertTrue(h.stub.directOpensHeld() >= count, "no DM open reached Slack");
  }
}
