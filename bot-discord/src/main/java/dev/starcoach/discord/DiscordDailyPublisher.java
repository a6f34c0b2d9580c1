package dev.starcoach.discord;

import dev.starcoach.core.daily.DailyPost;
import dev.starcoach.core.daily.DailyPostRefused;
import dev.starcoach.core.daily.DailyPublisher;
import dev.starcoach.core.place.PlaceId;
import java.util.Objects;
import java.util.function.LongFunction;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts daily questions on Discord: the question embed with its Answer and Practise privately
 * buttons in the schedule's channel, then a public thread on that post for answers. The post may
 * mention exactly the schedule's role (or {@code @here}); nothing else it sends can ping.
 */
public final class DiscordDailyPublisher implements DailyPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(DiscordDailyPublisher.class);

  private final LongFunction<GuildMessageChannel> channels;
  private final DailyRenderer renderer = new DailyRenderer();

  /**
   * @param channels finds a channel by id among this process's shards, or null when it is not there
   *     (deleted, the bot removed, or served by another process)
   */
  public DiscordDailyPublisher(LongFunction<GuildMessageChannel> channels) {
    this.channels = Objects.requireNonNull(channels, "channels");
  }

  /**
   * Posts the question and opens its answer thread, waiting for Discord to take both. A thread that
   * cannot be opened (a permission missing) is logged: the post stands and its Answer button still
   * works.
   *
   * @throws IllegalArgumentException for a place of another platform
   * @throws DailyPostRefused when the channel is not visible to this process or Discord answered
   *     with an error (nothing was posted: it may be tried again)
   * @throws RuntimeException JDA's exception when Discord did not answer (it may have been posted)
   */
  @Override
  public void publish(DailyPost post) {
    PlaceId place = post.schedule().place();
    if (!Places.PLATFORM.equals(place.platform())) {
      throw new IllegalArgumentException("not a Discord place: " + place.platform());
    }
    long channelId = Long.parseUnsignedLong(place.channel());
    GuildMessageChannel channel = channels.apply(channelId);
    if (channel == null) {
      throw new DailyPostRefused(
          "channel "
              + place.channel()
              + " of guild "
              + place.workspace()
              + " is not visible to this process (deleted, bot removed, or another shard)");
    }
    Message message;
    try {
      message = channel.sendMessage(renderer.post(post)).complete();
    } catch (ErrorResponseException e) {
      // Discord answered with an error: nothing was posted
      throw new DailyPostRefused("Discord refused the daily question: " + e.getMeaning(), e);
    }
    try {
      message.createThreadChannel(renderer.threadName(post)).complete();
    } catch (RuntimeException e) {
      LOG.warn(
          "daily post in guild {} channel {} has no answer thread: {}",
          place.workspace(),
          place.channel(),
          Failures.forLog(e));
    }
    LOG.info(
        "posted daily question {} for {} in guild {} channel {}",
        post.question().id(),
        post.occurrence(),
        place.workspace(),
        place.channel());
  }
}
