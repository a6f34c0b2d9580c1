package dev.starcoach.core.daily;

/**
 * The platform answered and refused a daily post (the bot is not in the channel, a rate limit, a
 * missing permission): it certainly did not go out, so it may be tried again. Any other exception
 * from {@link DailyPublisher#publish} means the post may or may not have gone out.
 */
public class DailyPostRefused extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public DailyPostRefused(String message) {
    super(message);
  }

  public DailyPostRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
