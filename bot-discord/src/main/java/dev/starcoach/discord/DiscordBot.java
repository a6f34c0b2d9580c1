package dev.starcoach.discord;

import dev.starcoach.core.engine.CoachEngine;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Discord bot: a JDA shard manager for this process's shard range, with no privileged
 * intent (interactions, plus DIRECT_MESSAGES for typed answers in DMs). Logs the invite URL at
 * start and registers the slash commands globally (from the process running shard 0) and in the
 * development guild when one is set.
 */
public final class DiscordBot implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);

  /** The gateway intents: only direct messages (guild events come through interactions). */
  public static final EnumSet<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.DIRECT_MESSAGES);

  private final DiscordSettings settings;
  private final CoachEngine engine;
  private final ExecutorService workers;
  private final DeliveryMap deliveries = new DeliveryMap();
  private final AtomicBoolean inviteLogged = new AtomicBoolean();
  private final SessionController sessionController;
  private ShardManager shards;

  /** A bot with its own pool of worker threads for engine calls. */
  public DiscordBot(DiscordSettings settings, CoachEngine engine) {
    this(settings, engine, Executors.newFixedThreadPool(8, named()));
  }

  /** A bot running engine calls on {@code workers}, which it shuts down on {@link #close()}. */
  public DiscordBot(DiscordSettings settings, CoachEngine engine, ExecutorService workers) {
    this(settings, engine, workers, null);
  }

  /** For tests: a session controller that decides when (or whether) shards connect. */
  DiscordBot(
      DiscordSettings settings,
      CoachEngine engine,
      ExecutorService workers,
      SessionController sessionController) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.workers = Objects.requireNonNull(workers, "workers");
    this.sessionController = sessionController;
  }

  /** Logs in this process's shards; returns without waiting for them to be ready. */
  public synchronized void start() {
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
            .addEventListeners(new CoachListener(engine, workers, deliveries), new Lifecycle());
    if (settings.restBaseUrl() != null) {
      builder.setRestConfig(new RestConfig().setBaseUrl(settings.restBaseUrl()));
    }
    if (sessionController != null) {
      builder.setSessionController(sessionController);
    }
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
