package dev.starcoach.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import com.slack.api.model.Message;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends to Slack through {@link SlackCalls} (one rate-limited lane per Web API method, 429
 * honoured), never blocking the caller. Messages to one channel go out one at a time, in order, at
 * most one per {@code interval} (Slack allows about one message per second per channel).
 */
final class SlackPoster {
  private static final Logger LOG = LoggerFactory.getLogger(SlackPoster.class);
  private static final Gson GSON = GsonFactory.createSnakeCase();

  private final SlackCalls calls;
  private final Slack slack;
  private final long intervalNanos;
  private final ConcurrentHashMap<String, CompletableFuture<?>> tails = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Long> lastSend = new ConcurrentHashMap<>();

  SlackPoster(SlackCalls calls, Slack slack, Duration interval) {
    this.calls = calls;
    this.slack = slack;
    this.intervalNanos = interval.toNanos();
  }

  /** Posts a message to a channel or thread. Completes with Slack's response (ok or not). */
  CompletableFuture<ChatPostMessageResponse> post(Destination to, SlackPost post) {
    return post(to, post, null);
  }

  /** Posts a message carrying metadata (null for none). */
  CompletableFuture<ChatPostMessageResponse> post(
      Destination to, SlackPost post, Message.Metadata metadata) {
    return inOrder(
        to.channel(),
        () ->
            calls.call(
                "chat.postMessage",
                c ->
                    c.chatPostMessage(
                        r ->
                            r.channel(to.channel())
                                .threadTs(to.threadTs())
                                .text(post.text())
                                .blocks(post.blocks())
                                .metadata(metadata)
                                .unfurlLinks(false)
                                .unfurlMedia(false))));
  }

  /**
   * Uploads a file to a channel or thread with the files upload v2 flow ({@code
   * files.getUploadURLExternal}, the upload itself, then {@code files.completeUploadExternal}),
   * after the messages already queued for that channel.
   */
  CompletableFuture<FilesUploadV2Response> upload(Destination to, SlackFile file) {
    return inOrder(
        to.channel(),
        () ->
            calls.call(
                "files.uploadV2",
                c ->
                    c.filesUploadV2(
                        r ->
                            r.channel(to.channel())
                                .threadTs(to.threadTs())
                                .fileData(file.content())
                                .filename(file.filename())
                                .title(file.title())
                                .initialComment(file.comment()))));
  }

  /** Answers each post through a {@code response_url}, logging failures. */
  void respondAll(String responseUrl, List<SlackPost> posts) {
    if (responseUrl == null || responseUrl.isBlank()) {
      return;
    }
    for (SlackPost post : posts) {
      respond(responseUrl, post)
          .whenComplete(
              (code, e) -> {
                if (e != null || code == null || code >= 300) {
                  LOG.warn("Slack response_url answer failed (status {})", code, e);
                }
              });
    }
  }

  /** Posts a message only {@code user} sees, in a channel or thread. */
  CompletableFuture<? extends SlackApiTextResponse> ephemeral(
      Destination at, String user, SlackPost post) {
    return inOrder(
        at.channel(),
        () ->
            calls.call(
                "chat.postEphemeral",
                c ->
                    c.chatPostEphemeral(
                        r ->
                            r.channel(at.channel())
                                .threadTs(at.threadTs())
                                .user(user)
                                .text(post.text())
                                .blocks(post.blocks()))));
  }

  /**
   * Answers through a slash command's or button's {@code response_url}: only the person sees it.
   */
  CompletableFuture<Integer> respond(String responseUrl, SlackPost post) {
    SlashCommandResponse body =
        SlashCommandResponse.builder()
            .responseType("ephemeral")
            .text(post.text())
            .blocks(post.blocks())
            .build();
    return inOrder(
        "respond:" + responseUrl,
        () ->
            calls.call("response_url", c -> slack.send(responseUrl, GSON.toJson(body)).getCode()));
  }

  /** Opens (or finds) the DM channel between the bot and a person. */
  CompletableFuture<String> openDirect(String user) {
    return calls
        .call("conversations.open", c -> c.conversationsOpen(r -> r.users(List.of(user))))
        .thenApply(
            resp -> {
              if (!resp.isOk() || resp.getChannel() == null) {
                throw new IllegalStateException("conversations.open failed: " + resp.getError());
              }
              return resp.getChannel().getId();
            });
  }

  /** Opens a modal for the trigger of a button press. */
  CompletableFuture<? extends SlackApiTextResponse> openModal(String triggerId, View view) {
    return calls.call("views.open", c -> c.viewsOpen(r -> r.triggerId(triggerId).view(view)));
  }

  /** Publishes a person's App Home tab. */
  CompletableFuture<? extends SlackApiTextResponse> publishHome(String user, View view) {
    return calls.call("views.publish", c -> c.viewsPublish(r -> r.userId(user).view(view)));
  }

  /** Logs a failed or refused call; the person cannot be told if Slack refused to deliver. */
  static <T extends SlackApiTextResponse> T logged(String what, T response, Throwable error) {
    if (error != null) {
      Throwable cause =
          error instanceof CompletionException && error.getCause() != null
              ? error.getCause()
              : error;
      LOG.warn("Slack {} failed: {}", what, cause.toString());
    } else if (response != null && !response.isOk()) {
      LOG.warn("Slack {} refused: {}", what, response.getError());
    }
    return response;
  }

  private <T> CompletableFuture<T> inOrder(String key, Supplier<CompletableFuture<T>> call) {
    AtomicReference<CompletableFuture<T>> created = new AtomicReference<>();
    tails.compute(
        key,
        (k, tail) -> {
          CompletableFuture<?> previous =
              tail == null ? CompletableFuture.completedFuture(null) : tail;
          CompletableFuture<T> next =
              previous
                  .handle((ignored, error) -> null)
                  .thenCompose(ignored -> turnOf(key))
                  .thenCompose(ignored -> call.get())
                  .whenComplete((result, error) -> lastSend.put(key, System.nanoTime()));
          created.set(next);
          return next;
        });
    CompletableFuture<T> next = created.get();
    next.whenComplete((ignored, error) -> tails.remove(key, next));
    return next;
  }

  /** Waits until {@code interval} has passed since the previous call to this key finished. */
  private CompletableFuture<Void> turnOf(String key) {
    Long last = lastSend.get(key);
    long waitNanos = last == null ? 0 : last + intervalNanos - System.nanoTime();
    if (waitNanos <= 0) {
      return CompletableFuture.completedFuture(null);
    }
    return CompletableFuture.runAsync(
        () -> {}, CompletableFuture.delayedExecutor(waitNanos, TimeUnit.NANOSECONDS));
  }
}
