package dev.starcoach.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import dev.starcoach.core.inbox.EventInbox;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack bot: a Bolt app wired to the engine, reachable over Socket Mode (when an app token is
 * set) or over HTTP at {@code /slack/events} (verifying every request with the signing secret).
 *
 * <p>Usage from the composition root: {@code SlackSettings.fromEnvironment(System.getenv())
 * .ifPresent(s -> { SlackBot bot = new SlackBot(s, services, inbox, instanceId); bot.start(); })},
 * where {@code services} is a {@link SlackServices} over {@code CoachPort.of(engine)} and the
 * channels' listed daily admins; route the daily posts of places with platform {@code slack} to
 * {@link #dailyPublisher()}, and {@link #close()} on shutdown.
 */
public final class SlackBot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);

  private final SlackSettings settings;
  private final String bindHost;
  private final Slack slack;
  private final App app;
  private final KeyedSerialExecutor work;
  private final SlackCalls calls;
  private final SlackInbox inbox;
  private final SlackDailyPublisher dailyPublisher;
  private final SlackReminderPublisher reminderPublisher;
  private Server server;
  private ServerConnector connector;
  private SocketModeApp socketMode;
  private boolean started;

  /**
   * The bot: practice, daily questions, stats, leaderboards and the App Home, listening on {@link
   * SlackSettings#bindAddress()} in HTTP mode. Every request is stored in {@code inbox} before it
   * is acknowledged, handled once across every instance sharing the inbox's database, and resumed
   * after a restart if it was not handled. Builds the Bolt app and the Web API client; connects
   * only on {@link #start()}.
   *
   * @param instanceId this process's name in the inbox (unique per running process)
   */
  public SlackBot(
      SlackSettings settings, SlackServices services, EventInbox inbox, String instanceId) {
    this(
        settings,
        services,
        new SlackInbox(
            Objects.requireNonNull(inbox, "inbox"),
            instanceId,
            Clock.systemUTC(),
            SlackInbox.DEFAULT_STALE_AFTER));
  }

  /** The bot over an inbox boundary built by the caller (tests hold events on their own clock). */
  SlackBot(SlackSettings settings, SlackServices services, SlackInbox inbox) {
    this(settings, services, inbox, Map.of());
  }

  /** The bot with other paces for some Web API methods than Slack's tiers (tests and the bench). */
  SlackBot(
      SlackSettings settings,
      SlackServices services,
      SlackInbox inbox,
      Map<String, SlackCalls.Pace> paces) {
    this.settings = Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(services, "services");
    this.bindHost = settings.bindAddress();
    this.inbox = Objects.requireNonNull(inbox, "inbox");
    SlackConfig config = new SlackConfig();
    if (settings.apiUrl() != null) {
      config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    }
    config.getMethodsConfig().setExecutorName("starcoach-" + UUID.randomUUID());
    this.slack = Slack.getInstance(config);
    AppConfig appConfig =
        AppConfig.builder()
            .slack(slack)
            .singleTeamBotToken(settings.botToken())
            .signingSecret(settings.signingSecret())
            .allEventsApiAutoAckEnabled(true)
            .build();
    this.app = this.inbox.newApp(appConfig);
    this.work = new KeyedSerialExecutor(4, this.inbox::track, this.inbox::trackStaged);
    this.calls = new SlackCalls(slack.methods(settings.botToken()), paces, System::nanoTime);
    SlackPoster poster = new SlackPoster(calls, slack, settings.perChannelInterval());
    DailyThreads threads = new DailyThreads();
    this.dailyPublisher = new SlackDailyPublisher(poster, new DailyRenderer(), threads, calls);
    this.reminderPublisher = new SlackReminderPublisher(poster);
    SlackDirectory directory = new SlackDirectory(calls);
    new SlackCoach(
            services.coach(),
            services.placeAdmins(),
            poster,
            directory,
            threads,
            ReplyRenderer.withNames(directory::name),
            work)
        .register(app);
  }

  /**
   * Posts daily questions to Slack channels: the {@code DailyQuestionService} routes the posts of
   * places with platform {@code slack} here. Usable as soon as the bot is constructed; posting
   * needs only the Web API (not {@link #start()}).
   */
  public SlackDailyPublisher dailyPublisher() {
    return dailyPublisher;
  }

  /**
   * Sends reminders of unfinished practices to the person's DM: the {@code ReminderService} routes
   * the reminders of people with platform {@code slack} here. Usable as soon as the bot is
   * constructed (it needs only the Web API).
   */
  public SlackReminderPublisher reminderPublisher() {
    return reminderPublisher;
  }

  /**
   * Connects: Socket Mode when an app token is set, otherwise HTTP mode on the configured port.
   *
   * @throws IllegalStateException in HTTP mode without a signing secret
   */
  public synchronized void start() throws Exception {
    if (started) {
      return;
    }
    if (settings.socketMode()) {
      socketMode = new SocketModeApp(settings.appToken(), app);
      socketMode.startAsync();
      inbox.start();
      LOG.info("Slack: connected over Socket Mode");
    } else {
      if (settings.signingSecret() == null) {
        throw new IllegalStateException(
            "SLACK_SIGNING_SECRET is required for Slack HTTP mode (or set SLACK_APP_TOKEN for"
                + " Socket Mode); not starting");
      }
      app.config().setAppPath(SlackSettings.EVENTS_PATH);
      server =
          SlackHttpEdge.server(
              app, settings.signingSecret(), bindHost, settings.port(), Clock.systemUTC());
      connector = SlackHttpEdge.connector(server);
      app.start();
      inbox.start();
      server.start();
      LOG.info(
          "Slack: HTTP mode listening on {}:{}{}",
          bindHost,
          connector.getLocalPort(),
          SlackSettings.EVENTS_PATH);
    }
    started = true;
  }

  /** The HTTP port listened on, or -1 when not listening (Socket Mode or not started). */
  public synchronized int port() {
    return connector == null ? -1 : connector.getLocalPort();
  }

  /** The Bolt app, for feeding it requests directly in tests. */
  App app() {
    return app;
  }

  /** For tests: stops like a process killed this instant (nothing more is recorded as done). */
  synchronized void kill() {
    inbox.kill();
    close();
  }

  /** The inbox boundary, for tests. */
  SlackInbox inbox() {
    return inbox;
  }

  @Override
  public synchronized void close() {
    inbox.close();
    try {
      if (socketMode != null) {
        socketMode.close();
      }
      if (server != null) {
        server.stop();
      }
      app.stop();
    } catch (Exception e) {
      LOG.warn("Stopping Slack failed: {}", e.toString());
    } finally {
      work.close();
      calls.close();
      try {
        slack.close();
      } catch (Exception e) {
        LOG.debug("Closing the Slack client failed", e);
      }
      started = false;
    }
  }
}
