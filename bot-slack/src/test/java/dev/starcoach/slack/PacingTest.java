package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Posting keeps the order of messages to a channel and spaces them out. */
class PacingTest {

  @Test
  void messagesToOneChannelKeepTheirOrderAndAreSpacedOut() throws Exception {
    try (SlackApiStub stub = new SlackApiStub()) {
      // GIVEN a poster allowing one message per 250 ms per channel
      SlackConfig config = new SlackConfig();
      config.setMethodsEndpointUrlPrefix(stub.apiUrl());
      config.getMethodsConfig().setExecutorName("pacing-" + UUID.randomUUID());
      Slack slack = Slack.getInstance(config);
      Duration interval = Duration.ofMillis(250);
      SlackCalls calls = new SlackCalls(slack.methods("xoxb-t"));
      SlackPoster poster = new SlackPoster(calls, slack, interval);

      // WHEN four messages go to one channel and one to another, all at once
      for (int i = 1; i <= 4; i++) {
        poster.post(new Destination("C1", null), SlackMessages.plain("message " + i));
      }
      poster.post(new Destination("C2", null), SlackMessages.plain("elsewhere"));

      // THEN C1 receives them in order, never two within the interval
      List<SlackApiStub.Call> posts = stub.awaitCount("chat.postMessage", 5);
      List<SlackApiStub.Call> c1 =
          posts.stream().filter(c -> c.param("channel").equals("C1")).toList();
      for (int i = 0; i < 4; i++) {
        assertTrue(c1.get(i).param("text").equals("message " + (i + 1)), c1.get(i).param("text"));
      }
      for (int i = 1; i < 4; i++) {
        long gap = c1.get(i).nanos() - c1.get(i - 1).nanos();
        assertTrue(gap >= interval.toNanos() - Duration.ofMillis(20).toNanos(), "gap " + gap);
      }
      assertEquals(1, posts.stream().filter(c -> c.param("channel").equals("C2")).count());
      calls.close();
      slack.close();
    }
  }
}
