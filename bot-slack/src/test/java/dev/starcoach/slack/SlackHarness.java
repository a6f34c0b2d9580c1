package dev.starcoach.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.Conversation;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.ScoredAnswer;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real engine (fake scorer, in-memory stores, test bank, stepping clock) behind a real Bolt app
 * with request verification on, whose Web API client talks to a {@link SlackApiStub}.
 */
final class SlackHarness implements AutoCloseable {
  final SlackApiStub stub;
  final SteppingClock clock = SteppingClock.monday9am();
  final InMemoryStores stores = new InMemoryStores();
  final CoachEngine engine;
  final TappedPort port;
  final SlackBot bot;

  SlackHarness() throws IOException {
    this(Duration.ofMillis(600), null);
  }

  SlackHarness(Duration perChannelInterval, String signingSecret) throws IOException {
    stub = new SlackApiStub();
    engine =
        new CoachEngine(
            TestBank.load(),
            new FakeScorer(),
            stores.bundle(),
            clock,
            new Random(7),
            EngineSettings.defaults());
    port = new TappedPort(CoachPort.of(engine, stores));
    SlackSettings settings =
        new SlackSettings(
            "xoxb-test-token",
            null,
            signingSecret == null ? SignedRequests.SECRET : signingSecret,
            0,
            stub.apiUrl());
    bot = new SlackBot(settings, port, clock, "127.0.0.1", perChannelInterval);
  }

  App app() {
    return bot.app();
  }

  /** Feeds a correctly signed request through {@code app.run}. */
  Response run(String body, String contentType) throws Exception {
    return app().run(SignedRequests.signed(app(), body, contentType));
  }

  Response slash(String user, String channel, String text) throws Exception {
    return run(
        SignedRequests.slash(user, channel, text, stub.responseUrl(user)), SignedRequests.FORM);
  }

  @Override
  public void close() {
    port.open();
    bot.close();
    stub.close();
  }

  /** A {@link CoachPort} that records what the engine was asked and said, and can be held shut. */
  static final class TappedPort implements CoachPort {
    private final CoachPort inner;
    final List<CoachEvent> events = new CopyOnWriteArrayList<>();
    final List<CoachReply> replies = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    TappedPort(CoachPort inner) {
      this.inner = inner;
    }

    /** Holds every engine call until {@link #open()}. */
    void hold() {
      gate = new CountDownLatch(1);
    }

    void open() {
      gate.countDown();
    }

    @Override
    public void handle(SessionKey key, CoachEvent event, Conversation to) {
      try {
        if (!gate.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("gate never opened");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      events.add(event);
      inner.handle(
          key,
          event,
          r -> {
            replies.add(r);
            to.send(r);
          });
    }

    @Override
    public Optional<PracticeSession> openSession(SessionKey key) {
      return inner.openSession(key);
    }

    @Override
    public List<ScoredAnswer> answersOf(PersonId person) {
      return inner.answersOf(person);
    }

    /** Waits until the engine has been called {@code count} times. */
    List<CoachEvent> awaitEvents(int count) {
      long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (events.size() < count && System.nanoTime() < deadline) {
        sleep();
      }
      if (events.size() < count) {
        throw new AssertionError("expected " + count + " engine calls, got " + events);
      }
      return new ArrayList<>(events);
    }

    /** Waits until the engine said something of this type. */
    <T extends CoachReply> T awaitReply(Class<T> type) {
      long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (System.nanoTime() < deadline) {
        for (CoachReply r : replies) {
          if (type.isInstance(r)) {
            return type.cast(r);
          }
        }
        sleep();
      }
      throw new AssertionError("no " + type.getSimpleName() + " among " + replies);
    }

    private static void sleep() {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
