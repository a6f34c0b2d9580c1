package dev.starcoach.core.place;

/**
 * The place strings of session keys, built in one place for every adapter. A workspace place is
 * {@code <kind>:<id>} (Discord {@code guild:123}, Slack {@code team:T1}); answers to a channel's
 * daily question are kept under {@code <workspace place>#chan:<channel id>}, so a workspace's
 * leaderboard (its prefix) counts them and a channel's board (that exact place) is possible.
 */
public final class PlaceKeys {
  private static final String CHANNEL_INFIX = "#chan:";

  private PlaceKeys() {}

  /** The place of a whole server or workspace, such as {@code guild:123}. */
  public static String workspace(String kind, String id) {
    return kind + ":" + id;
  }

  /** The place of one channel's daily answers within a workspace place. */
  public static String channel(String workspacePlace, String channelId) {
    return workspacePlace + CHANNEL_INFIX + channelId;
  }

  /**
   * The workspace part of a place: {@code guild:1#chan:2} and {@code guild:1} give {@code guild:1}.
   */
  public static String workspaceOf(String place) {
    int at = place.indexOf(CHANNEL_INFIX);
    return at < 0 ? place : place.substring(0, at);
  }
}
