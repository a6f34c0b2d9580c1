package dev.starcoach.discord;

import dev.starcoach.core.session.SessionKey;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Where each person's practice is delivered: the private thread or DM channel it was opened in, and
 * for practices that moved from a server to DMs, which server's session a typed DM answers. Kept in
 * memory: after a restart, replies go to the channel or thread the person interacts in, and the
 * buttons (which carry the place) keep working.
 */
public final class DeliveryMap {
  private final ConcurrentMap<SessionKey, Long> channels = new ConcurrentHashMap<>();
  private final ConcurrentMap<Long, String> dmPlaces = new ConcurrentHashMap<>();

  /** Records the channel (thread or DM) a practice runs in. */
  public void practiceIn(SessionKey key, long channelId) {
    channels.put(key, channelId);
  }

  /** The channel a person's practice at a place runs in, if this process opened it. */
  public Optional<Long> channelOf(SessionKey key) {
    return Optional.ofNullable(channels.get(key));
  }

  /** Records that a server's practice continues in the person's DMs. */
  public void movedToDm(long userId, String place) {
    dmPlaces.put(userId, place);
  }

  /** The place a typed DM answers: a server practice moved to DMs, else {@link Places#DM}. */
  public String dmPlace(long userId) {
    return dmPlaces.getOrDefault(userId, Places.DM);
  }

  /** Forgets where a person's server practice moved to DMs (it ended). */
  public void backToDm(long userId) {
    dmPlaces.remove(userId);
  }

  /** Forgets everything about a person. */
  public void forget(long userId) {
    dmPlaces.remove(userId);
    channels.keySet().removeIf(k -> k.person().userId().equals(Long.toUnsignedString(userId)));
  }
}
