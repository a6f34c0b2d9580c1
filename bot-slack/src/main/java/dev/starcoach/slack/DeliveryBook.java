package dev.starcoach.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/**
 * Where each person's practice replies go (their DM with the bot, or the practice thread), and each
 * person's DM channel id. Kept in memory: after a restart it is rebuilt from the next message,
 * button or modal, each of which says where it came from.
 */
final class DeliveryBook {
  private final Cache<String, Destination> practice;
  private final Cache<String, String> directChannels;

  DeliveryBook() {
    this.practice =
        Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofDays(30)).build();
    this.directChannels =
        Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofDays(30)).build();
  }

  static String person(String teamId, String userId) {
    return teamId + "/" + userId;
  }

  Optional<Destination> practiceOf(String person) {
    return Optional.ofNullable(practice.getIfPresent(person));
  }

  void practiceAt(String person, Destination destination) {
    practice.put(person, destination);
  }

  Optional<String> directChannelOf(String person) {
    return Optional.ofNullable(directChannels.getIfPresent(person));
  }

  void directChannel(String person, String channel) {
    directChannels.put(person, channel);
  }
}
