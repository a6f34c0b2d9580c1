package dev.starcoach.slack;

import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.model.Message;
import dev.starcoach.core.daily.DailyPlanner;
import dev.starcoach.core.daily.DailyPost;
import dev.starcoach.core.daily.DailyPostRefused;
import dev.starcoach.core.daily.DailyPublisher;
import dev.starcoach.core.place.PlaceId;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts daily questions to Slack channels: {@code chat.postMessage} with the question, its
 * principle and level, a "Practise privately" button and an invitation to answer in the thread
 * (mentioning the schedule's user group or {@code @here} when it has one). The post's timestamp is
 * remembered so thread replies are scored; the message also carries its question id and level, so
 * that still works after a restart. Get it from {@link SlackBot#dailyPublisher()}.
 */
public final class SlackDailyPublisher implements DailyPublisher {
  private static final long TIMEOUT_SECONDS = 30;

  private final SlackPoster poster;
  private final DailyRenderer renderer;
  private final DailyThreads threads;
  private final SlackCalls calls;

  SlackDailyPublisher(
      SlackPoster poster, DailyRenderer renderer, DailyThreads threads, SlackCalls calls) {
    this.poster = poster;
    this.renderer = renderer;
    this.threads = threads;
    this.calls = calls;
  }

  /**
   * Looks for the post in the channel's history since a minute before its due time ({@code
   * conversations.history} with metadata): a message that carries this question's daily reference
   * is the post. Unknown when Slack does not answer or the history is longer than one page.
   */
  @Override
  public Check check(DailyPost post) {
    PlaceId place = post.schedule().place();
    long oldest = DailyPlanner.postTime(post.schedule(), post.occurrence()).toEpochSecond() - 60;
    ConversationsHistoryResponse history;
    try {
      history =
          calls
              .call(
                  "conversations.history",
                  c ->
                      c.conversationsHistory(
                          r ->
                              r.channel(place.channel())
                                  .oldest(oldest + ".000000")
                                  .limit(200)
                                  .includeAllMetadata(true)))
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Check.UNKNOWN;
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      return Check.UNKNOWN;
    }
    if (history == null || !history.isOk() || history.getMessages() == null) {
      return Check.UNKNOWN;
    }
    for (Message m : history.getMessages()) {
      Optional<DailyThreads.DailyRef> ref = DailyThreads.of(m);
      if (ref.isPresent() && ref.get().questionId().equals(post.question().id())) {
        return Check.POSTED;
      }
    }
    return history.isHasMore() ? Check.UNKNOWN : Check.NOT_POSTED;
  }

  /**
   * Posts it and waits for Slack's answer.
   *
   * @throws IllegalArgumentException for a place that is not a Slack channel
   * @throws DailyPostRefused when Slack answered and refused (the bot is not in the channel, for
   *     instance): nothing was posted, so it may be tried again
   * @throws IllegalStateException when Slack did not answer in time (it may have been posted)
   */
  @Override
  public void publish(DailyPost post) {
    PlaceId place = post.schedule().place();
    if (!SlackCoach.PLATFORM.equals(place.platform())) {
      throw new IllegalArgumentException("not a Slack place: " + place);
    }
    DailyThreads.DailyRef ref =
        new DailyThreads.DailyRef(post.question().id(), post.schedule().level());
    ChatPostMessageResponse response;
    try {
      response =
          poster
              .post(
                  new Destination(place.channel(), null), renderer.post(post, ref), ref.metadata())
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting the daily question", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("posting the daily question failed: " + e, e);
    }
    if (!response.isOk() || response.getTs() == null) {
      throw new DailyPostRefused("Slack refused the daily question: " + response.getError());
    }
    threads.remember(place.channel(), response.getTs(), ref);
  }
}
