package dev.starcoach.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyPublisher;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.DailyFeedback;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.inbox.EventInbox;
import dev.starcoach.core.inbox.ProcessLocalInbox;
import dev.starcoach.core.place.PlaceCalendar;
import dev.starcoach.core.place.PlaceServices;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.core.scoring.ScoreBand;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.stats.ProgressService;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryPlaces;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real engine (fake scorer, in-memory stores, test bank, stepping clock) behind a real Bolt app
 * with request verification on, whose Web API client talks to a {@link SlackApiStub}. The engine's
 * place services (daily admin, progress, calendar) run over the harness's in-memory places, and the
 * daily service posts through the bot's {@link SlackBot#dailyPublisher()}.
 */
final class SlackHarness implements AutoCloseable {
  final SlackApiStub stub;
  final SteppingClock clock = SteppingClock.monday9am();
  final InMemoryStores stores = new InMemoryStores();
  final InMemoryPlaces places = new InMemoryPlaces();
  final InMemoryReminders reminders = new InMemoryReminders(stores);
  final CoachEngine engine;
  final TappedPort port;
  final DailyQuestionService dailyService;
  final ProgressService progress;
  private final AtomicReference<DailyPublisher> publisher = new AtomicReference<>();
  private final SlackSettings settings;
  private final Duration perChannelInterval;
  SlackBot bot;
  private static final AtomicInteger INSTANCES = new AtomicInteger();
  private EventInbox inbox;
  private Duration staleAfter;
  private java.util.Map<String, SlackCalls.Pace> paces = java.util.Map.of();

  SlackHarness() throws IOException {
    this(Duration.ofMillis(600), null);
  }

  SlackHarness(Duration perChannelInterval, String signingSecret) throws IOException {
    this(perChannelInterval, signingSecret, TestBank.load());
  }

  /** A harness on another question bank (the shipped one, for loop rehearsals). */
  SlackHarness(Duration perChannelInterval, String signingSecret, QuestionBank bank)
      throws IOException {
    stub = new SlackApiStub();
    dailyService =
        new DailyQuestionService(
            bank,
            places,
            post -> publisher.get().publish(post),
            clock,
            "test-instance",
            Duration.ofHours(2));
    progress = new ProgressService(stores, stores, clock);
    engine =
        new CoachEngine(
            bank,
            new FakeScorer(),
            stores.bundle(),
            new PlaceServices(
                new DailyAdmin(places, dailyService, places.settings(), clock),
                progress,
                new PlaceCalendar(places.settings(), places)),
            clock,
            new Random(7),
            EngineSettings.defaults(),
            reminders);
    port = new TappedPort(CoachPort.of(engine));
    settings =
        new SlackSettings(
            "xoxb-test-token",
            null,
            signingSecret == null ? SignedRequests.SECRET : signingSecret,
            0,
            stub.apiUrl());
    this.perChannelInterval = perChannelInterval;
    bot = newBot();
  }

  /**
   * From now on, bots write to {@code inbox} (a database shared by "instances"), hold events on the
   * harness clock and take over holds older than {@code staleAfter}. Replaces the current bot.
   */
  void useInbox(EventInbox inbox, Duration staleAfter) {
    this.inbox = inbox;
    this.staleAfter = staleAfter;
    bot.close();
    bot = newBot();
  }

  /** From now on, bots pace these Web API methods so instead of by Slack's tiers. */
  void usePaces(java.util.Map<String, SlackCalls.Pace> paces) {
    this.paces = java.util.Map.copyOf(paces);
    bot.close();
    bot = newBot();
  }

  /** Another instance on the same engine, stores, stub and inbox; the caller closes it. */
  SlackBot anotherInstance() {
    return newBot();
  }

  /**
   * Replaces the bot as if its process were killed this instant: what it accepted and did not
   * finish stays pending in the inbox.
   */
  void killAndRestart() {
    bot.kill();
    bot = newBot();
  }

  private SlackBot newBot() {
    SlackInbox boundary =
        inbox != null
            ? new SlackInbox(inbox, "instance-" + INSTANCES.incrementAndGet(), clock, staleAfter)
            : new SlackInbox(
                new ProcessLocalInbox(),
                "instance-" + INSTANCES.incrementAndGet(),
                clock,
                SlackInbox.DEFAULT_STALE_AFTER);
    SlackBot b =
        new SlackBot(
            settings.listeningOn("127.0.0.1", perChannelInterval), services(), boundary, paces);
    publisher.set(b.dailyPublisher());
    return b;
  }

  /** The bot's services: the tapped engine, and the admins listed in the in-memory places. */
  SlackServices services() {
    return new SlackServices(
        port, place -> places.settings().find(place).map(PlaceSettings::admins).orElse(Set.of()));
  }

  /** Replaces the bot with a new one on the same stores and stub: everything in memory is gone. */
  void restart() {
    bot.close();
    bot = newBot();
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

  /** One daily answer the engine scored. */
  record DailyAnswer(
      SessionKey key, String questionId, Level level, String text, Optional<ScoreBand> band) {}

  /** A {@link CoachPort} that records what the engine was asked and said, and can be held shut. */
  static final class TappedPort implements CoachPort {
    private final CoachPort inner;
    final List<CoachEvent> events = new CopyOnWriteArrayList<>();
    final List<CoachReply> replies = new CopyOnWriteArrayList<>();
    final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    final List<DailyAnswer> dailyAnswers = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    /** While true, reading a session fails as if the database were unreachable. */
    volatile boolean databaseDown;

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
    public Outcome handle(SessionKey key, CoachEvent event) {
      try {
        if (!gate.await(30, TimeUnit.SECONDS)) {
          throw new IllegalStateException("gate never opened");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      if (databaseDown) {
        throw new dev.starcoach.core.store.StorageUnavailableException(
            "the database is unreachable", null);
      }
      events.add(event);
      Outcome outcome = inner.handle(key, event);
      replies.addAll(outcome.replies());
      outcomes.add(outcome);
      return outcome;
    }

    @Override
    public DailyFeedback answerDaily(SessionKey key, String questionId, Level level, String text) {
      DailyFeedback feedback = inner.answerDaily(key, questionId, level, text);
      replies.addAll(feedback.privately().replies());
      dailyAnswers.add(new DailyAnswer(key, questionId, level, text, feedback.band()));
      return feedback;
    }

    @Override
    public Optional<Question> question(String id) {
      return inner.question(id);
    }

    @Override
    public int maxAnswerChars() {
      return inner.maxAnswerChars();
    }

    /** Waits until {@code count} daily answers were scored. */
    List<DailyAnswer> awaitDailyAnswers(int count) {
      long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (dailyAnswers.size() < count && System.nanoTime() < deadline) {
        sleep();
      }
      if (dailyAnswers.size() < count) {
        throw new AssertionError("expected " + count + " daily answers, got " + dailyAnswers);
      }
      return new ArrayList<>(dailyAnswers);
    }

    /** Waits until the engine has answered {@code index + 1} events, and returns that outcome. */
    Outcome outcome(int index) {
      long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
      while (outcomes.size() <= index && System.nanoTime() < deadline) {
        sleep();
      }
      if (outcomes.size() <= index) {
        throw new AssertionError("expected " + (index + 1) + " outcomes, got " + outcomes);
      }
      return outcomes.get(index);
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
