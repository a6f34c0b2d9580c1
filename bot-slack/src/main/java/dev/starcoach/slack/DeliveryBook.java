package dev.starcoach.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.OpenPractice;
import dev.starcoach.core.engine.Outcome;
import java.time.Duration;
import java.util.Optional;

/**
 * Where each person's open practice lives (their DM with the bot, or the practice thread), and each
 * person's DM channel id. Fed only from the engine's {@link Outcome}s: what is open after an event
 * and where its replies went.
 *
 * <p>Bounded: at most {@value #MAX_PEOPLE} people each, least recently used first out, and an entry
 * unused for {@link #KEEP} goes. Kept in memory: after a restart or an eviction it is rebuilt from
 * the next message, button or modal, each of which says where it came from.
 */
final class DeliveryBook {
  /** The most people whose practice place (and, separately, DM channel) is kept. */
  static final int MAX_PEOPLE = 100_000;

  /** How long an unused entry is kept. */
  static final Duration KEEP = Duration.ofDays(30);

  /**
   * A person's open practice and where its replies go.
   *
   * @param open the practice, as the last outcome reported it
   * @param where its DM or thread
   */
  record Placed(OpenPractice open, Destination where) {}

  private final Cache<String, Placed> practice;
  private final Cache<String, String> directChannels;

  DeliveryBook() {
    this(MAX_PEOPLE);
  }

  /** A book of at most {@code maxPeople} people each (tests use a small one). */
  DeliveryBook(int maxPeople) {
    this.practice =
        Caffeine.newBuilder()
            .maximumSize(maxPeople)
            .expireAfterAccess(KEEP)
            .executor(Runnable::run)
            .build();
    this.directChannels =
        Caffeine.newBuilder()
            .maximumSize(maxPeople)
            .expireAfterAccess(KEEP)
            .executor(Runnable::run)
            .build();
  }

  static String person(String teamId, String userId) {
    return teamId + "/" + userId;
  }

  /** The person's open practice and its place, when known. */
  Optional<Placed> practiceOf(String person) {
    return Optional.ofNullable(practice.getIfPresent(person));
  }

  /**
   * Learns from what an event did.
   *
   * @param person the person
   * @param outcome what the engine reported
   * @param deliveredAt where the event's replies were posted as the practice's own (the DM or its
   *     thread), or null when they went elsewhere (ephemeral, a response URL)
   */
  void learn(String person, Outcome outcome, Destination deliveredAt) {
    if (outcome.open().isEmpty()) {
      if (!outcome.refusal().map(c -> c == ErrorCode.STORAGE_UNAVAILABLE).orElse(false)) {
        practice.invalidate(person);
      }
      return;
    }
    OpenPractice open = outcome.open().get();
    if (deliveredAt != null) {
      practice.put(person, new Placed(open, deliveredAt));
      return;
    }
    Placed known = practice.getIfPresent(person);
    if (known != null && known.open().sessionId().equals(open.sessionId())) {
      practice.put(person, new Placed(open, known.where()));
    } else if (known != null) {
      practice.invalidate(person);
    }
  }

  Optional<String> directChannelOf(String person) {
    return Optional.ofNullable(directChannels.getIfPresent(person));
  }

  void directChannel(String person, String channel) {
    directChannels.put(person, channel);
  }

  /** How many people have a practice place kept (for tests of the bound). */
  long practices() {
    practice.cleanUp();
    return practice.estimatedSize();
  }
}
