package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.starcoach.core.inbox.EventInbox;
import dev.starcoach.core.inbox.InboundEvent;
import dev.starcoach.core.store.StorageUnavailableException;
import dev.starcoach.core.testing.InMemoryInbox;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every Slack entry answers in an outage: with the database (stores and inbox) unreachable, a DM
 * message, a button, the answer form and a slash command each get the "cannot be reached, send that
 * again" reply, and Slack gets its acknowledgement.
 */
class OutageSlackTest {
  private static final String MEMBER = "U0DOWN";
  private static final String DM = "D" + MEMBER;
  private static final String OUTAGE = "cannot be reached";

  @Test
  void givenTheDatabaseIsDown_thenEveryEntryGetsTheSendItAgainReply() throws Exception {
    try (SlackHarness h = new SlackHarness(Duration.ofMillis(20), null)) {
      // GIVEN a drill open in the DM, its inbox on the same (fake) database
      SwitchableInbox inbox = new SwitchableInbox();
      h.useInbox(inbox, Duration.ofSeconds(60));
      h.slash(MEMBER, DM, "practice drill");
      h.stub.await("chat.postMessage", c -> c.param("channel").equals(DM));

      // WHEN the database goes away
      h.stores.setOffline(true);
      inbox.down = true;

      // THEN a typed answer in the DM is acknowledged and answered with the outage reply
      assertEquals(
          200,
          h.run(
                  SignedRequests.message("Ev-down-1", MEMBER, DM, "im", "An answer.", null, null),
                  SignedRequests.JSON)
              .getStatusCode());
      awaitOutage(h, "chat.postMessage", 1);
      // and a button
      h.run(
          SignedRequests.button(MEMBER, ActionIds.HINT, "Situation", DM, null),
          SignedRequests.FORM);
      awaitOutage(h, "chat.postMessage", 2);
      // and the answer form
      h.run(SignedRequests.modalAnswer(MEMBER, "A typed answer.", DM + "|"), SignedRequests.FORM);
      awaitOutage(h, "chat.postMessage", 3);
      // and a slash command (answered to the person through its response URL)
      assertEquals(200, h.slash(MEMBER, DM, "practice drill").getStatusCode());
      awaitOutage(h, "respond", 1);
    }
  }

  private static void awaitOutage(SlackHarness h, String method, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (h.stub.calls(method).stream().filter(c -> c.all().contains(OUTAGE)).count() >= count) {
        return;
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError(
        "expected " + count + " outage replies by " + method + "; calls: " + h.stub.summary());
  }

  /** The in-memory inbox, unreachable while {@code down}. */
  private static final class SwitchableInbox implements EventInbox {
    private final InMemoryInbox inner = new InMemoryInbox();
    volatile boolean down;

    private void check() {
      if (down) {
        throw new StorageUnavailableException("inbox offline", null);
      }
    }

    @Override
    public boolean accept(InboundEvent event, String instanceId) {
      check();
      return inner.accept(event, instanceId);
    }

    @Override
    public void markDone(String platform, String id, Instant now) {
      check();
      inner.markDone(platform, id, now);
    }

    @Override
    public void release(String platform, String id) {
      check();
      inner.release(platform, id);
    }

    @Override
    public void renew(String instanceId, Instant now) {
      check();
      inner.renew(instanceId, now);
    }

    @Override
    public Optional<InboundEvent> claimNext(
        String platform, String instanceId, Instant now, Duration staleAfter) {
      check();
      return inner.claimNext(platform, instanceId, now, staleAfter);
    }

    @Override
    public List<InboundEvent> pending(String platform, int limit) {
      check();
      return inner.pending(platform, limit);
    }

    @Override
    public int purgeDone(Instant before) {
      check();
      return inner.purgeDone(before);
    }
  }
}
