package dev.starcoach.app.daily;

import dev.starcoach.core.daily.DailyPost;
import dev.starcoach.core.daily.DailyPostRefused;
import dev.starcoach.core.daily.DailyPublisher;
import dev.starcoach.core.place.PlaceId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Sends each daily post to the publisher of its place's platform (discord, slack). */
public final class RoutingDailyPublisher implements DailyPublisher {
  private final Map<String, DailyPublisher> byPlatform = new ConcurrentHashMap<>();
  private final Map<String, Predicate<PlaceId>> servedBy = new ConcurrentHashMap<>();

  /** Registers the publisher of a running adapter that can post to every place of its platform. */
  public void register(String platform, DailyPublisher publisher) {
    register(platform, publisher, place -> true);
  }

  /** Registers a running adapter's publisher and which of its platform's places it reaches. */
  public void register(String platform, DailyPublisher publisher, Predicate<PlaceId> serves) {
    byPlatform.put(platform, publisher);
    servedBy.put(platform, serves);
  }

  /** True when a running adapter of this process can post to the place. */
  public boolean serves(PlaceId place) {
    Predicate<PlaceId> serves = servedBy.get(place.platform());
    return serves != null && serves.test(place);
  }

  @Override
  public void publish(DailyPost post) {
    String platform = post.schedule().place().platform();
    DailyPublisher publisher = byPlatform.get(platform);
    if (publisher == null) {
      throw new DailyPostRefused(
          "no "
              + platform
              + " adapter is running in this process to post to "
              + post.schedule().place());
    }
    publisher.publish(post);
  }

  @Override
  public Check check(DailyPost post) {
    DailyPublisher publisher = byPlatform.get(post.schedule().place().platform());
    return publisher == null ? Check.UNKNOWN : publisher.check(post);
  }
}
