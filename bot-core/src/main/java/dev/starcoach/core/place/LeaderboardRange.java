package dev.starcoach.core.place;

import java.util.Optional;

/** How far back a leaderboard may go, and the one parser of "weeks back" for every adapter. */
public final class LeaderboardRange {
  /** The most weeks back a board can show: a year. */
  public static final int MAX_WEEKS_AGO = 52;

  private LeaderboardRange() {}

  /**
   * Weeks back from text: blank is this week (0); otherwise a whole number from 0 to {@link
   * #MAX_WEEKS_AGO}. Empty when it is not.
   */
  public static Optional<Integer> parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return Optional.of(0);
    }
    if (!t.matches("\\d{1,3}")) {
      return Optional.empty();
    }
    return check(Integer.parseInt(t));
  }

  /** The number when it is within range. */
  public static Optional<Integer> check(int weeksAgo) {
    return weeksAgo >= 0 && weeksAgo <= MAX_WEEKS_AGO ? Optional.of(weeksAgo) : Optional.empty();
  }

  /** What to say when weeks back is out of range or not a number. */
  public static String problem(String given) {
    return "\""
        + (given == null ? "" : given.strip())
        + "\" is not a number of weeks back: use 0 (this week) to "
        + MAX_WEEKS_AGO
        + ".";
  }
}
