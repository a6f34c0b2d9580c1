package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.bolt.App;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.inbox.EventInbox;
import dev.starcoach.core.testing.ScriptedDrill;
import dev.starcoach.storage.Storage;
import dev.starcoach.storage.StorageSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durable inbox at Slack's ack boundary, with bots on one real SQLite database: an event
 * delivered to two instances, a retry after a restart and a replayed signed modal are each handled
 * once, and an event acknowledged by a process killed before handling it is resumed by the next.
 */
class InboxSlackTest {
  private static final String ALICE = "U0ALICE";
  private static final String DM = "D0ALICE";
  private static final Duration STALE = Duration.ofSeconds(60);

  @TempDir Path dir;
  private Storage storage;
  private EventInbox inbox;
  private SlackHarness h;

  @BeforeEach
  void open() throws Exception {
    storage = Storage.open(StorageSettings.sqliteIn(dir));
    inbox = storage.inbox();
    h = new SlackHarness(Duration.ofMillis(10), null);
    h.useInbox(inbox, STALE);
  }

  @AfterEach
  void close() {
    h.close();
    storage.close();
  }

  private void startDrill() throws Exception {
    h.slash(ALICE, DM, "practice drill " + ScriptedDrill.QUESTION_ID);
    h.port.awaitEvents(1);
  }

  /** The texts the engine was given as answers: typed lines and modal submissions. */
  private List<String> answers() {
    List<String> texts = new java.util.ArrayList<>();
    for (CoachEvent e : h.port.events) {
      if (e instanceof CoachEvent.SubmitAnswer answer) {
        texts.add(answer.text());
      } else if (e instanceof CoachEvent.TypedLine line) {
        texts.add(line.text());
      }
    }
    return texts;
  }

  private void settle() throws InterruptedException {
    Thread.sleep(300);
  }

  @Test
  void givenTwoInstancesOnOneDatabase_whenOneEventIsDeliveredToBoth_thenItIsHandledOnce()
      throws Exception {
    // GIVEN a drill open in the DM, and a second instance on the same database
    startDrill();
    SlackBot other = h.anotherInstance();
    try {
      String body = SignedRequests.message("Ev-both", ALICE, DM, "im", "My situation", null, null);
      List<App> apps = List.of(h.app(), other.app());
      ExecutorService pool = Executors.newFixedThreadPool(2);
      CountDownLatch go = new CountDownLatch(1);
      try {
        // WHEN the same event reaches both instances at the same moment
        List<Future<Integer>> acks =
            apps.stream()
                .map(
                    app ->
                        pool.submit(
                            (Callable<Integer>)
                                () -> {
                                  go.await();
                                  return app.run(
                                          SignedRequests.signed(app, body, SignedRequests.JSON))
                                      .getStatusCode();
                                }))
                .toList();
        go.countDown();

        // THEN both acknowledge it, and the engine takes the answer exactly once
        for (Future<Integer> ack : acks) {
          assertEquals(200, ack.get(10, TimeUnit.SECONDS));
        }
      } finally {
        pool.shutdownNow();
      }
      h.port.awaitEvents(2);
      settle();
      assertEquals(List.of("My situation"), answers());
      assertEquals(List.of(), inbox.pending(SlackInbox.PLATFORM, 10), "marked done");
    } finally {
      other.close();
    }
  }

  @Test
  void givenAHandledEvent_whenSlackRetriesItAfterARestart_thenItIsNotHandledAgain()
      throws Exception {
    // GIVEN an answer handled by the bot, which is then restarted
    startDrill();
    String body = SignedRequests.message("Ev-retry", ALICE, DM, "im", "My situation", null, null);
    h.run(body, SignedRequests.JSON);
    h.port.awaitEvents(2);
    settle();
    h.restart();

    // WHEN Slack delivers the same event again (X-Slack-Retry-Num: 1)
    int status =
        h.app().run(SignedRequests.retried(h.app(), body, SignedRequests.JSON, 1)).getStatusCode();

    // THEN it is acknowledged and not handled a second time
    assertEquals(200, status);
    settle();
    assertEquals(List.of("My situation"), answers());
  }

  @Test
  void givenASignedModalSubmission_whenTheSameRequestIsReplayed_thenTheAnswerIsTakenOnce()
      throws Exception {
    // GIVEN a drill and one signed modal submission (the same bytes and signature each time)
    startDrill();
    String body =
        SignedRequests.modalAnswer(ALICE, "My modal situation", new Destination(DM, null).encode());
    Map<String, List<String>> headers =
        SignedRequests.headers(
            body, SignedRequests.FORM, SignedRequests.now(), SignedRequests.SECRET, null);

    // WHEN it arrives, and is then replayed twice within Slack's five minutes
    for (int i = 0; i < 3; i++) {
      assertEquals(200, h.app().run(SignedRequests.parse(h.app(), body, headers)).getStatusCode());
    }

    // THEN the engine took the answer once
    h.port.awaitEvents(2);
    settle();
    assertEquals(List.of("My modal situation"), answers());
  }

  @Test
  void givenAnAcknowledgedEvent_whenTheProcessIsKilledBeforeHandlingIt_thenTheNextOneResumesIt()
      throws Exception {
    // GIVEN a drill, and an answer acknowledged while the worker is held (not run)
    startDrill();
    h.port.hold();
    String body = SignedRequests.message("Ev-killed", ALICE, DM, "im", "My situation", null, null);
    assertEquals(200, h.run(body, SignedRequests.JSON).getStatusCode());
    assertTrue(
        inbox.pending(SlackInbox.PLATFORM, 10).stream()
            .anyMatch(e -> e.id().equals("event:Ev-killed")),
        "stored before the ack");

    // WHEN the process is killed, and a new one starts once the dead holder's hold went stale
    h.killAndRestart();
    assertTrue(answers().isEmpty(), "the killed process never handled it");
    h.port.open();
    h.clock.advance(STALE.plusSeconds(1));
    h.bot.start();

    // THEN the new process resumes the answer, once, and the inbox has nothing pending
    h.port.awaitReply(dev.starcoach.core.engine.CoachReply.AnswerFeedback.class);
    settle();
    assertEquals(List.of("My situation"), answers());
    assertEquals(List.of(), inbox.pending(SlackInbox.PLATFORM, 10));
  }

  @Test
  void givenTheDatabaseIsAwayWhileAnAnswerIsHandled_whenItIsBack_thenTheAnswerIsTakenOnce()
      throws Exception {
    // GIVEN a drill, and the database going away just before an answer is handled
    startDrill();
    h.port.databaseDown = true;
    String body = SignedRequests.message("Ev-outage", ALICE, DM, "im", "My situation", null, null);

    // WHEN the answer arrives (acknowledged: it is in the inbox), fails, and the database returns
    assertEquals(200, h.run(body, SignedRequests.JSON).getStatusCode());
    settle();
    assertTrue(answers().isEmpty());
    assertTrue(
        inbox.pending(SlackInbox.PLATFORM, 10).stream()
            .anyMatch(e -> e.id().equals("event:Ev-outage")),
        "kept pending");
    h.port.databaseDown = false;
    h.bot.inbox().sweep();

    // THEN the next sweep takes it up and the engine takes the answer, once
    h.port.awaitReply(dev.starcoach.core.engine.CoachReply.AnswerFeedback.class);
    settle();
    h.bot.inbox().sweep();
    settle();
    assertEquals(List.of("My situation"), answers());
  }
}
