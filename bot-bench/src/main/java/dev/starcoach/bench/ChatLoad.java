package dev.starcoach.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * A chat adapter as the platform sees it, over a local stand-in for the platform's API: requests go
 * in the way the platform sends them and return when the adapter acknowledged them; what the
 * adapter posts is recorded with the time it reached the stand-in. The application implements it
 * ({@code dev.starcoach.app.bench.SlackChatLoad}), so bot-bench knows no platform.
 */
public interface ChatLoad extends AutoCloseable {

  /**
   * How the stand-in behaves.
   *
   * @param perChannelInterval the adapter's least time between two posts to one channel
   * @param openLatency how long the platform takes to open a DM with a new person
   */
  record Settings(Duration perChannelInterval, Duration openLatency) {}

  /**
   * A line a person types in their DM with the bot (the adapter learns the DM from it). Returns
   * when the adapter acknowledged it.
   */
  void message(String person, String text) throws IOException, InterruptedException;

  /**
   * A command from someone the bot has never talked to: to answer, the adapter must first ask the
   * platform to open a DM. Returns when the adapter acknowledged it.
   */
  void startNew(String person, String text) throws IOException, InterruptedException;

  /**
   * When ({@link System#nanoTime()}) each post to the person's DM reached the platform, in order.
   */
  List<Long> postsTo(String person);

  /** Stops the adapter and the stand-in. */
  @Override
  void close();
}
