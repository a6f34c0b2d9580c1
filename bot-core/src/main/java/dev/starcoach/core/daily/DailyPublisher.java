package dev.starcoach.core.daily;

/**
 * Posts a daily question to its place. Adapters implement it: the post shows the question and its
 * principle, a button to practise it privately, and a thread to answer in.
 */
public interface DailyPublisher {

  /** Posts it; throws when the platform refused (the claim stays, so it is never posted twice). */
  void publish(DailyPost post);
}
