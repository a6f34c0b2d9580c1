package dev.starcoach.core.daily;

/**
 * Posts a daily question to its place. Adapters implement it: the post shows the question and its
 * principle, a button to practise it privately, and a thread to answer in.
 */
public interface DailyPublisher {

  /** What the platform says about a post that may have gone out. */
  enum Check {
    /** It is there. */
    POSTED,
    /** It is not there: posting it again is safe. */
    NOT_POSTED,
    /** Cannot tell: it is not posted again, so it is never posted twice. */
    UNKNOWN
  }

  /**
   * Posts it.
   *
   * @throws DailyPostRefused when the platform answered and refused (nothing went out: it is tried
   *     again with back-off inside the catch-up window)
   * @throws RuntimeException when it failed otherwise (a timeout, a lost connection): it may have
   *     gone out, so it is {@link #check checked} before it is tried again
   */
  void publish(DailyPost post);

  /**
   * Whether a post whose attempt failed without a clear answer (or whose poster died) is on the
   * platform. The default cannot tell.
   */
  default Check check(DailyPost post) {
    return Check.UNKNOWN;
  }
}
