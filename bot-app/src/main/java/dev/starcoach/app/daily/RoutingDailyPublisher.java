package dev.starcoach.app.daily;

import dev.starcoach.core.daily.DailyPost;
import dev.starcoach.core.daily.DailyPublisher;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Sends each daily post to the publisher of its place's platform (discord, slack). */
public final class RoutingDailyPublisher implements DailyPublisher {
  private final Map<String, DailyPublisher> byPlatform = new ConcurrentHashMap<>();

  /** Registers the publisher of a running adapter. */
  public void register(String platform, DailyPublisher publisher) {
    byPlatform.put(platform, publisher);
  }

  @Override
  public void publish(DailyPost post) {
    String platform = post.schedule().place().platform();
    DailyPublisher publisher = byPlatform.get(platform);
    if (publisher == null) {
      throw new IllegalStateException(
          "no "
              + platform
              + " adapter is running in this process to post to "
              + post.schedule().place());
    }
    publisher.publish(post);
  }
}
