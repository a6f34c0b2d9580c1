package dev.starcoach.discord;

import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.OpenPractice;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.session.SessionKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What this process learnt from the engine's outcomes about where each person's practice runs: the
 * prompt it waits on, the private thread or DM channel it was opened in, and for practices that
 * moved from a server to DMs, which server's session a typed DM answers.
 *
 * <p>A cache, never the truth: the durable answer is the stored session, which the engine reports
 * in every {@link Outcome}. Entries are dropped when an outcome shows the practice closed, and each
 * map keeps at most {@link #CAPACITY} entries, least recently used first out. A missing entry
 * (after a restart, or evicted) only means: buttons are checked against the engine again ({@code
 * Reconnect}), replies go to the channel the person interacts in, and a typed DM answers the DM
 * practice.
 */
public final class PracticeRoutes {
  /**
   * The most entries per map (practices, DM redirections): a few hundred bytes each, so a few MB at
   * most. Beyond it the least recently used go first.
   */
  public static final int CAPACITY = 10_000;

  /** Where one practice runs, as last reported. */
  private record Route(OpenPractice open, Long channel) {}

  private final Map<SessionKey, Route> routes;
  private final Map<Long, String> dmPlaces;

  /** Routes bounded at {@link #CAPACITY}. */
  public PracticeRoutes() {
    this(CAPACITY);
  }

  /** Routes bounded at {@code capacity} entries per map (tests use small ones). */
  PracticeRoutes(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.routes = lru(capacity);
    this.dmPlaces = lru(capacity);
  }

  private static <K, V> Map<K, V> lru(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  /**
   * Learns from what an event of {@code key} did: the practice open now, or none (then the route
   * and a DM redirection to it are forgotten). An outcome refused because storage was unreachable
   * says nothing about what is open, so it teaches nothing.
   */
  public synchronized void learn(SessionKey key, Outcome outcome) {
    if (outcome.refusal().filter(ErrorCode.STORAGE_UNAVAILABLE::equals).isPresent()) {
      return;
    }
    Optional<OpenPractice> open = outcome.open();
    if (open.isEmpty()) {
      routes.remove(key);
      long user = userOf(key);
      if (key.place().equals(dmPlaces.get(user))) {
        dmPlaces.remove(user);
      }
      return;
    }
    Route old = routes.get(key);
    boolean same = old != null && old.open().sessionId().equals(open.get().sessionId());
    routes.put(key, new Route(open.get(), same ? old.channel() : null));
  }

  /** The practice {@code key} had open at its last outcome seen here, if remembered. */
  public synchronized Optional<OpenPractice> open(SessionKey key) {
    return Optional.ofNullable(routes.get(key)).map(Route::open);
  }

  /** Records the channel (thread or DM) the practice open at {@code key} runs in. */
  public synchronized void practiceIn(SessionKey key, long channelId) {
    Route route = routes.get(key);
    if (route != null) {
      routes.put(key, new Route(route.open(), channelId));
    }
  }

  /** The channel a person's practice at a place runs in, if this process opened it. */
  public synchronized Optional<Long> channelOf(SessionKey key) {
    return Optional.ofNullable(routes.get(key)).map(Route::channel);
  }

  /** Records that a server's practice continues in the person's DMs. */
  public synchronized void movedToDm(long userId, String place) {
    dmPlaces.put(userId, place);
  }

  /** The place a typed DM answers: a server practice moved to DMs, else {@link Places#DM}. */
  public synchronized String dmPlace(long userId) {
    return dmPlaces.getOrDefault(userId, Places.DM);
  }

  /** Forgets everything about a person. */
  public synchronized void forget(long userId) {
    dmPlaces.remove(userId);
    routes.keySet().removeIf(k -> userOf(k) == userId);
  }

  /** How many practices are remembered (for tests of the bound). */
  synchronized int size() {
    return routes.size();
  }

  private static long userOf(SessionKey key) {
    return Long.parseUnsignedLong(key.person().userId());
  }
}
