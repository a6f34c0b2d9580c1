package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.store.PostAttempt;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A daily post Slack refuses is retried through the bot's publisher and goes out once. */
class DailyRetrySlackTest {
  private static final String CHANNEL = "C0RETRY";
  private static final PlaceId PLACE = new PlaceId("slack", SlackApiStub.TEAM, CHANNEL);

  @Test
  void givenSlackRefusesTheFirstPost_whenTheSchedulerKeepsTicking_thenItIsPostedExactlyOnce()
      throws Exception {
    try (SlackHarness h = new SlackHarness(Duration.ofMillis(10), null)) {
      // GIVEN a 09:00 UTC schedule (it is Monday 09:00) in a channel the bot is not in yet
      h.places.save(
          DailySchedule.workdays(PLACE, LocalTime.of(9, 0), ZoneId.of("UTC"), Level.SDE2));
      h.stub.refuse(CHANNEL);
      List<DailyQuestionService.Outcome> outcomes = new ArrayList<>();

      // WHEN the scheduler ticks every 30 s; someone invites the bot after 3 minutes
      for (int i = 0; i < 120; i++) {
        if (i == 6) {
          h.stub.allow(CHANNEL);
        }
        outcomes.addAll(h.dailyService.tick());
        h.clock.advance(Duration.ofSeconds(30));
      }

      // THEN the refusals were retried with back-off and the question went out exactly once
      List<SlackApiStub.Call> posts =
          h.stub.calls("chat.postMessage").stream()
              .filter(c -> CHANNEL.equals(c.param("channel")))
              .toList();
      assertTrue(posts.size() >= 2, "refused at least once, then posted: " + posts.size());
      long posted =
          outcomes.stream().filter(o -> o.action() == DailyQuestionService.Action.POSTED).count();
      assertEquals(1, posted, outcomes.toString());
      assertTrue(
          outcomes.stream()
              .anyMatch(
                  o ->
                      o.action() == DailyQuestionService.Action.FAILED
                          && o.detail().contains("not_in_channel")),
          outcomes.toString());
      assertEquals(
          PostAttempt.State.POSTED,
          h.places.attempt(PLACE, LocalDate.of(2026, 3, 2)).orElseThrow().state());
    }
  }

  @Test
  void givenAPostThatMayHaveGoneOut_thenThePublisherChecksTheChannelHistory() throws Exception {
    try (SlackHarness h = new SlackHarness(Duration.ofMillis(10), null)) {
      // GIVEN Monday's daily post of a channel, not posted yet
      DailySchedule schedule =
          DailySchedule.workdays(PLACE, LocalTime.of(9, 0), ZoneId.of("UTC"), Level.SDE2);
      LocalDate monday = LocalDate.of(2026, 3, 2);
      dev.starcoach.core.daily.DailyPost post =
          new dev.starcoach.core.daily.DailyPost(
              schedule, h.dailyService.questionFor(schedule, monday), monday, false);
      dev.starcoach.core.daily.DailyPublisher publisher = h.bot.dailyPublisher();

      // WHEN the publisher is asked before and after posting it
      dev.starcoach.core.daily.DailyPublisher.Check before = publisher.check(post);
      publisher.publish(post);
      dev.starcoach.core.daily.DailyPublisher.Check after = publisher.check(post);

      // THEN it is not there first, and there afterwards (found by its daily reference)
      assertEquals(dev.starcoach.core.daily.DailyPublisher.Check.NOT_POSTED, before);
      assertEquals(dev.starcoach.core.daily.DailyPublisher.Check.POSTED, after);
      assertEquals(2, h.stub.calls("conversations.history").size());
    }
  }
}
