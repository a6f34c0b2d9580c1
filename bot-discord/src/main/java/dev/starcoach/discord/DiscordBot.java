package dev.starcoach.discord;

import dev.starcoach.core.daily.DailyPublisher;
import dev.starcoach.core.inbox.EventInbox;
import dev.starcoach.core.inbox.ProcessLocalInbox;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.remind.ReminderPublisher;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Discord bot: a JDA shard manager for this process's shard range, with no privileged
 * intent (interactions, the servers' channels and roles that JDA always follows, and
 * DIRECT_MESSAGES for typed answers in DMs). Logs the invite URL at start and registers the slash
 * commands globally (from the process running shard 0) and in the development guild when one is
 * set.
 */
public final class DiscordBot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

  /**
   * The gateway intents, none privileged: DIRECT_MESSAGES, plus the GUILDS intent JDA always adds
   * (servers, channels, roles and threads, so daily questions find their channel and admin roles
   * resolve). Member messages in servers are never read: answers come through interactions.
   */
  public static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.DIRECT_MESSAGES);

  private final DiscordSettings settings;
  private final DiscordServices services;
  private final DiscordDailyPublisher publisher;
  private final DiscordReminderPublisher reminderPublisher;
  private final ExecutorService workers;
  private final PracticeRoutes routes = new PracticeRoutes();
  private final DiscordInbox inbox;
  private final AtomicBoolean inviteLogged = new AtomicBoolean();
  private ShardManager shards;

  /**
   * A bot with practices, quizzes, daily questions, stats and leaderboards. Route the daily
   * scheduler's Discord posts to {@link #dailyPublisher()} and the reminder service's to {@link
   * #reminderPublisher()}.
   *
   * @param workers runs engine calls and posting off JDA's threads; shut down by {@link #close()}
   *     (see {@link #workerPool()})
   */
  public DiscordBot(DiscordSettings settings, DiscordServices services, ExecutorService workers) {
    this(settings, services, workers, new ProcessLocalInbox(), "process");
  }

  /**
   * A bot whose slash commands, buttons and forms go through the database's inbox: stored once
   * acknowledged, run once across every instance on the database, resumed after a restart.
   *
   * @param instanceId this process's name in the inbox (unique per running process)
   */
  public DiscordBot(
      DiscordSettings settings,
      DiscordServices services,
      ExecutorService workers,
      EventInbox inbox,
      String instanceId) {
    this.inbox =
        new DiscordInbox(
            Objects.requireNonNull(inbox, "inbox"),
            instanceId,
            Clock.systemUTC(),
            DiscordInbox.DEFAULT_STALE_AFTER);
    this.settings = Objects.requireNonNull(settings, "settings");
    this.services = Objects.requireNonNull(services, "services");
    this.workers = Objects.requireNonNull(workers, "workers");
    this.publisher =
        new DiscordDailyPublisher(id -> shards().getChannelById(GuildMessageChannel.class, id));
    this.reminderPublisher =
        new DiscordReminderPublisher(id -> anyShard().openPrivateChannelById(id));
  }

  /** The bot's usual pool of worker threads: eight named daemon threads. */
  public static ExecutorService workerPool() {
    return Executors.newFixedThreadPool(8, named());
  }

  /**
   * Sends reminders of unfinished practices as DMs through this bot's shards (any shard can open a
   * DM). Usable once {@link #start()} ran.
   */
  public ReminderPublisher reminderPublisher() {
    return reminderPublisher;
  }

  private JDA anyShard() {
    return shards().getShards().stream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no Discord shard is running"));
  }

  /**
   * Posts daily questions through this bot's shards. Usable once {@link #start()} ran; a post for a
   * channel this process cannot see (another process's shard, a deleted channel) fails.
   */
  public DailyPublisher dailyPublisher() {
    return publisher;
  }

  /**
   * True when a place's server is on one of this process's shards, so its daily posts should be
   * claimed here ({@code (guild id >> 22) % shard total}, as Discord assigns shards).
   */
  public boolean serves(PlaceId place) {
    if (!Places.PLATFORM.equals(place.platform())) {
      return false;
    }
    long guildId;
    try {
      guildId = Long.parseUnsignedLong(place.workspace());
    } catch (NumberFormatException e) {
      return false;
    }
    long shard = Long.remainderUnsigned(guildId >>> 22, settings.shardTotal());
    return shard >= settings.shardFrom() && shard <= settings.shardTo();
  }

  /** Logs in this process's shards; returns without waiting for them to be ready. */
  public void start() {
    start(new ConcurrentSessionController());
  }

  /** Starts with a session controller that decides when (or whether) shards connect (tests). */
  synchronized void start(SessionController sessionController) {
    if (shards != null) {
      throw new IllegalStateException("already started");
    }
    MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
    LOG.info(
        "starting Discord shards {}..{} of {}",
        settings.shardFrom(),
        settings.shardTo(),
        settings.shardTotal());
    DefaultShardManagerBuilder builder =
        DefaultShardManagerBuilder.createLight(settings.token(), INTENTS)
            .setShardsTotal(settings.shardTotal())
            .setShards(settings.shardFrom(), settings.shardTo())
            .addEventListeners(new Lifecycle());
    if (settings.restBaseUrl() != null) {
      builder.setRestConfig(new RestConfig().setBaseUrl(settings.restBaseUrl()));
    }
    builder.setSessionController(Objects.requireNonNull(sessionController, "sessionController"));
    CoachListener listener = new CoachListener(services, workers, routes, inbox);
    builder.addEventListeners(listener);
    inbox.resumeWith(
        listener.resumer(
            new ResumedInteractions.Outboxes() {
              @Override
              public Outbox hook(StoredInteraction interaction) {
                return new HookOutbox(
                    InteractionHook.from(anyShard(), interaction.token()), interaction.shared());
              }

              @Override
              public Outbox direct(long user) {
                return new ChannelOutbox(anyShard().openPrivateChannelById(user).complete());
              }
            }));
    shards = builder.build();
  }

  /** The running shard manager (after {@link #start()}). */
  public synchronized ShardManager shards() {
    if (shards == null) {
      throw new IllegalStateException("not started");
    }
    return shards;
  }

  /** Disconnects every shard and stops the workers, letting running engine calls finish. */
  @Override
  public synchronized void close() {
    inbox.close();
    if (shards != null) {
      shards.shutdown();
      shards = null;
    }
    workers.shutdown();
    try {
      if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Logs the invite link once and registers commands when shards come up. */
  private final class Lifecycle extends ListenerAdapter {
    @Override
    public void onReady(ReadyEvent event) {
      inbox.start(); // resumes interactions left pending, now that a shard can answer them
      if (inviteLogged.compareAndSet(false, true)) {
        LOG.info(
            "invite STAR Coach to a server with: {}",
            InviteLink.url(event.getJDA().getSelfUser().getApplicationIdLong()));
      }
      if (event.getJDA().getShardInfo().getShardId() == 0) {
        event
            .getJDA()
            .updateCommands()
            .addCommands(SlashCommands.all())
            .queue(
                done -> LOG.info("registered {} global commands", done.size()),
                failure ->
                    LOG.warn("registering global commands failed: {}", Failures.forLog(failure)));
      }
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
      Long dev = settings.devGuildId();
      if (dev == null || event.getGuild().getIdLong() != dev) {
        return;
      }
      event
          .getGuild()
          .updateCommands()
          .addCommands(SlashCommands.all())
          .queue(
              done -> LOG.info("registered {} commands in the development guild", done.size()),
              failure ->
                  LOG.warn("registering guild commands failed: {}", Failures.forLog(failure)));
    }
  }

  private static ThreadFactory named() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "starcoach-discord-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
