package dev.starcoach.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import dev.starcoach.core.content.Level;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Slack messages are daily question posts, so that replies in their threads are scored as
 * answers. Remembered in memory when posted; after a restart the parent message itself tells: its
 * question block's id (and its metadata) carry the question id and level.
 */
final class DailyThreads {
  /** The prefix of the question block's id. */
  static final String BLOCK_PREFIX = "star_daily|";

  /** The metadata event type of a daily post. */
  static final String EVENT_TYPE = "starcoach_daily_question";

  /** A daily post's question and level. */
  record DailyRef(String questionId, Level level) {
    DailyRef {
      Objects.requireNonNull(questionId, "questionId");
      Objects.requireNonNull(level, "level");
    }

    /** The compact form used as a block id and a button value. */
    String encode() {
      return BLOCK_PREFIX + questionId + "|" + level.id();
    }

    /** Reads {@link #encode()}'s form. */
    static Optional<DailyRef> decode(String text) {
      if (text == null || !text.startsWith(BLOCK_PREFIX)) {
        return Optional.empty();
      }
      String[] parts = text.substring(BLOCK_PREFIX.length()).split("\\|");
      if (parts.length != 2 || parts[0].isBlank()) {
        return Optional.empty();
      }
      return Level.parse(parts[1]).map(level -> new DailyRef(parts[0], level));
    }

    /** The message metadata that marks a daily post. */
    Message.Metadata metadata() {
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("question_id", questionId);
      payload.put("level", level.id());
      return Message.Metadata.builder().eventType(EVENT_TYPE).eventPayload(payload).build();
    }
  }

  private final Cache<String, DailyRef> posts =
      Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofDays(14)).build();
  private final Cache<String, Boolean> notDaily =
      Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(Duration.ofDays(1)).build();

  /** Remembers a daily post. */
  void remember(String channel, String ts, DailyRef ref) {
    posts.put(key(channel, ts), ref);
    notDaily.invalidate(key(channel, ts));
  }

  /** A daily post remembered in memory. */
  Optional<DailyRef> known(String channel, String ts) {
    return Optional.ofNullable(posts.getIfPresent(key(channel, ts)));
  }

  /** True when the message was looked at and is not a daily post. */
  boolean knownNotDaily(String channel, String ts) {
    return notDaily.getIfPresent(key(channel, ts)) != null;
  }

  /** Records what a fetched parent message turned out to be. */
  Optional<DailyRef> learn(String channel, String ts, Optional<DailyRef> found) {
    if (found.isPresent()) {
      remember(channel, ts, found.get());
    } else {
      notDaily.put(key(channel, ts), Boolean.TRUE);
    }
    return found;
  }

  /** The daily reference a posted message carries, in its question block id or its metadata. */
  static Optional<DailyRef> of(Message message) {
    if (message == null) {
      return Optional.empty();
    }
    if (message.getBlocks() != null) {
      for (LayoutBlock block : message.getBlocks()) {
        Optional<DailyRef> ref = DailyRef.decode(block.getBlockId());
        if (ref.isPresent()) {
          return ref;
        }
      }
    }
    Message.Metadata metadata = message.getMetadata();
    if (metadata != null
        && EVENT_TYPE.equals(metadata.getEventType())
        && metadata.getEventPayload() != null) {
      Object id = metadata.getEventPayload().get("question_id");
      Object level = metadata.getEventPayload().get("level");
      if (id != null && level != null) {
        return Level.parse(level.toString()).map(l -> new DailyRef(id.toString(), l));
      }
    }
    return Optional.empty();
  }

  private static String key(String channel, String ts) {
    return channel + "/" + ts;
  }
}
