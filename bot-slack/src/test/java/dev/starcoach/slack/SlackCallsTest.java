package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The per-method lanes: Slack's 429 is waited out, and one method's queue never holds another. */
class SlackCallsTest {

  @Test
  void givenSlackAnswers429WithRetryAfter_thenTheCallIsMadeAgainAfterTheWaitAndSucceeds()
      throws Exception {
    try (SlackApiStub stub = new SlackApiStub();
        Calls c = new Calls(stub, Map.of("conversations.open", new SlackCalls.Pace(600, 1)))) {
      // GIVEN Slack takes one conversations.open a second and asks to wait 1 s after that, and
      // one call in flight at a time (so the order of calls is the order of tries)
      stub.throttle("conversations.open", 1, 1);

      // WHEN three DMs are opened at once
      List<CompletableFuture<ConversationsOpenResponse>> opens =
          List.of("U1", "U2", "U3").stream()
              .map(
                  u ->
                      c.calls.call(
                          "conversations.open", m -> m.conversationsOpen(r -> r.users(List.of(u)))))
              .toList();

      // THEN each opens, and no call follows a 429 sooner than the second Slack asked for
      for (CompletableFuture<ConversationsOpenResponse> open : opens) {
        assertTrue(open.get(20, TimeUnit.SECONDS).isOk());
      }
      List<SlackApiStub.Call> refused = stub.calls("429 conversations.open");
      assertTrue(!refused.isEmpty(), "the stub throttled nothing: " + stub.summary());
      List<SlackApiStub.Call> all =
          stub.calls().stream().filter(x -> x.method().endsWith("conversations.open")).toList();
      for (int i = 1; i < all.size(); i++) {
        if (all.get(i - 1).method().startsWith("429")) {
          long gap = all.get(i).nanos() - all.get(i - 1).nanos();
          assertTrue(gap >= Duration.ofMillis(950).toNanos(), "retried after " + gap / 1e6 + " ms");
        }
      }
      assertEquals(3, stub.calls("conversations.open").size());
    }
  }

  @Test
  void givenManyDmOpensWaiting_whenAMessageIsPosted_thenItGoesOutAtOnce() throws Exception {
    try (SlackApiStub stub = new SlackApiStub();
        Calls c = new Calls(stub, Map.of())) {
      // GIVEN 50 DM opens that Slack does not answer (held by the stub) and Tier 3 pacing
      stub.holdDirectOpens();
      for (int i = 0; i < 50; i++) {
        String user = "U" + i;
        c.calls.call("conversations.open", m -> m.conversationsOpen(r -> r.users(List.of(user))));
      }
      awaitHeld(stub, SlackCalls.Pace.TIER_3.inFlight());

      // WHEN a message is posted
      CompletableFuture<ChatPostMessageResponse> post =
          c.calls.call(
              "chat.postMessage", m -> m.chatPostMessage(r -> r.channel("C1").text("hello")));

      // THEN it is answered while every open still waits, and at most Tier 3's lane is in flight
      assertTrue(post.get(5, TimeUnit.SECONDS).isOk());
      assertEquals(SlackCalls.Pace.TIER_3.inFlight(), stub.directOpensHeld());
      assertTrue(c.calls.waiting("conversations.open") > 0);
      stub.releaseDirectOpens();
    }
  }

  @Test
  void retryAfterIsReadAsSecondsAndBounded() {
    assertEquals(Duration.ofSeconds(3), SlackCalls.retryAfter("3"));
    assertEquals(Duration.ofSeconds(1), SlackCalls.retryAfter(null));
    assertEquals(Duration.ofSeconds(1), SlackCalls.retryAfter("soon"));
    assertEquals(SlackCalls.MAX_RETRY_AFTER, SlackCalls.retryAfter("86400"));
  }

  private static void awaitHeld(SlackApiStub stub, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (stub.directOpensHeld() < count && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertEquals(count, stub.directOpensHeld());
  }

  /** A client on the stub and its lanes. */
  private static final class Calls implements AutoCloseable {
    final Slack slack;
    final SlackCalls calls;

    Calls(SlackApiStub stub, Map<String, SlackCalls.Pace> paces) {
      SlackConfig config = new SlackConfig();
      config.setMethodsEndpointUrlPrefix(stub.apiUrl());
      config.getMethodsConfig().setExecutorName("calls-" + UUID.randomUUID());
      slack = Slack.getInstance(config);
      calls = new SlackCalls(slack.methods("xoxb-t"), paces, System::nanoTime);
    }

    @Override
    public void close() {
      calls.close();
      try {
        slack.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
