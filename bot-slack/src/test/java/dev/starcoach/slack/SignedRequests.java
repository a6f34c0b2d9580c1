package dev.starcoach.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Builds Slack request bodies the way Slack sends them, and signs them. */
final class SignedRequests {
  static final String SECRET = "test-signing-secret";
  static final String FORM = "application/x-www-form-urlencoded";
  static final String JSON = "application/json";

  /** Slack gives every command and interaction its own trigger id; so do these bodies. */
  private static final AtomicLong TRIGGERS = new AtomicLong();

  private SignedRequests() {}

  // ---- bodies ----

  static String slash(String user, String channel, String text, String responseUrl) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("token", "legacy-token");
    f.put("team_id", SlackApiStub.TEAM);
    f.put("team_domain", "starcoach-test");
    f.put("channel_id", channel);
    f.put("channel_name", channel.startsWith("D") ? "directmessage" : "practice");
    f.put("user_id", user);
    f.put("user_name", "member");
    f.put("command", "/star");
    f.put("text", text);
    f.put("api_app_id", "A0APP");
    f.put("response_url", responseUrl);
    f.put("trigger_id", "trigger-slash-" + TRIGGERS.incrementAndGet());
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : f.entrySet()) {
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
    }
    return out.toString();
  }

  static String button(
      String user, String actionId, String value, String channel, String threadTs) {
    JsonObject p = interactionBase("block_actions", user);
    JsonObject container = new JsonObject();
    container.addProperty("type", "message");
    container.addProperty("message_ts", "1700000000.000999");
    container.addProperty("channel_id", channel);
    container.addProperty("is_ephemeral", false);
    if (threadTs != null) {
      container.addProperty("thread_ts", threadTs);
    }
    p.add("container", container);
    JsonObject ch = new JsonObject();
    ch.addProperty("id", channel);
    ch.addProperty("name", "channel");
    p.add("channel", ch);
    p.addProperty("trigger_id", "trigger-" + actionId + "-" + TRIGGERS.incrementAndGet());
    p.addProperty("response_url", "http://127.0.0.1:1/unused");
    JsonArray actions = new JsonArray();
    JsonObject a = new JsonObject();
    a.addProperty("action_id", actionId);
    a.addProperty("block_id", "b1");
    a.addProperty("type", "button");
    a.addProperty("value", value);
    a.addProperty("action_ts", "1700000001.000001");
    actions.add(a);
    p.add("actions", actions);
    return "payload=" + encode(p.toString());
  }

  static String modalAnswer(String user, String text, String privateMetadata) {
    return modalAnswer(user, text, null, privateMetadata);
  }

  /** A submitted answer modal whose continued box holds {@code continued} (null: left empty). */
  static String modalAnswer(String user, String text, String continued, String privateMetadata) {
    JsonObject p = interactionBase("view_submission", user);
    p.addProperty("trigger_id", "trigger-modal-" + TRIGGERS.incrementAndGet());
    JsonObject view = new JsonObject();
    view.addProperty("id", "V1");
    view.addProperty("type", "modal");
    view.addProperty("callback_id", ActionIds.ANSWER_MODAL);
    view.addProperty("private_metadata", privateMetadata);
    JsonObject value = new JsonObject();
    value.addProperty("type", "plain_text_input");
    value.addProperty("value", text);
    JsonObject block = new JsonObject();
    block.add(ActionIds.ANSWER_INPUT, value);
    JsonObject values = new JsonObject();
    values.add(ActionIds.ANSWER_BLOCK, block);
    JsonObject more = new JsonObject();
    more.addProperty("type", "plain_text_input");
    if (continued != null) {
      more.addProperty("value", continued);
    }
    JsonObject moreBlock = new JsonObject();
    moreBlock.add(ActionIds.ANSWER_MORE_INPUT, more);
    values.add(ActionIds.ANSWER_MORE_BLOCK, moreBlock);
    JsonObject state = new JsonObject();
    state.add("values", values);
    view.add("state", state);
    p.add("view", view);
    return "payload=" + encode(p.toString());
  }

  /**
   * A message event.
   *
   * @param threadTs the thread, or null
   * @param parentUserId who posted the thread's parent, or null
   */
  static String message(
      String eventId,
      String user,
      String channel,
      String channelType,
      String text,
      String threadTs,
      String parentUserId) {
    JsonObject e = new JsonObject();
    e.addProperty("type", "message");
    e.addProperty("user", user);
    e.addProperty("text", text);
    e.addProperty("channel", channel);
    e.addProperty("channel_type", channelType);
    e.addProperty("ts", "1700000100.000" + Math.abs(eventId.hashCode() % 1000));
    e.addProperty("event_ts", "1700000100.000100");
    e.addProperty("team", SlackApiStub.TEAM);
    if (threadTs != null) {
      e.addProperty("thread_ts", threadTs);
    }
    if (parentUserId != null) {
      e.addProperty("parent_user_id", parentUserId);
    }
    return envelope(eventId, e);
  }

  /** A message event posted by another bot (it carries a bot_id). */
  static String botMessage(String eventId, String channel, String text) {
    JsonObject e = new JsonObject();
    e.addProperty("type", "message");
    e.addProperty("user", "U0OTHERBOT");
    e.addProperty("bot_id", "B0OTHER");
    e.addProperty("text", text);
    e.addProperty("channel", channel);
    e.addProperty("channel_type", "im");
    e.addProperty("ts", "1700000200.000100");
    return envelope(eventId, e);
  }

  /** A message_changed event (an edit). */
  static String edit(String eventId, String user, String channel, String text) {
    JsonObject msg = new JsonObject();
    msg.addProperty("type", "message");
    msg.addProperty("user", user);
    msg.addProperty("text", text);
    msg.addProperty("ts", "1700000100.000100");
    JsonObject e = new JsonObject();
    e.addProperty("type", "message");
    e.addProperty("subtype", "message_changed");
    e.addProperty("channel", channel);
    e.addProperty("channel_type", "im");
    e.addProperty("hidden", true);
    e.addProperty("ts", "1700000300.000100");
    e.add("message", msg);
    return envelope(eventId, e);
  }

  static String homeOpened(String eventId, String user) {
    JsonObject e = new JsonObject();
    e.addProperty("type", "app_home_opened");
    e.addProperty("user", user);
    e.addProperty("channel", "D" + user);
    e.addProperty("tab", "home");
    e.addProperty("event_ts", "1700000400.000100");
    return envelope(eventId, e);
  }

  private static String envelope(String eventId, JsonObject event) {
    JsonObject p = new JsonObject();
    p.addProperty("token", "legacy-token");
    p.addProperty("team_id", SlackApiStub.TEAM);
    p.addProperty("api_app_id", "A0APP");
    p.add("event", event);
    p.addProperty("type", "event_callback");
    p.addProperty("event_id", eventId);
    p.addProperty("event_time", 1700000000);
    return p.toString();
  }

  private static JsonObject interactionBase(String type, String user) {
    JsonObject p = new JsonObject();
    p.addProperty("type", type);
    JsonObject team = new JsonObject();
    team.addProperty("id", SlackApiStub.TEAM);
    team.addProperty("domain", "starcoach-test");
    p.add("team", team);
    JsonObject u = new JsonObject();
    u.addProperty("id", user);
    u.addProperty("username", "member");
    u.addProperty("team_id", SlackApiStub.TEAM);
    p.add("user", u);
    p.addProperty("api_app_id", "A0APP");
    p.addProperty("token", "legacy-token");
    return p;
  }

  // ---- signing ----

  /** Signed headers, as Slack sends them. */
  static Map<String, List<String>> headers(
      String body, String contentType, long epochSeconds, String secret, Integer retryNum) {
    String timestamp = String.valueOf(epochSeconds);
    String signature = new SlackSignature.Generator(secret).generate(timestamp, body);
    Map<String, List<String>> h = new LinkedHashMap<>();
    h.put("Content-Type", List.of(contentType));
    h.put(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, List.of(timestamp));
    h.put(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, List.of(signature));
    if (retryNum != null) {
      h.put("X-Slack-Retry-Num", List.of(String.valueOf(retryNum)));
      h.put("X-Slack-Retry-Reason", List.of("http_timeout"));
    }
    return h;
  }

  /** A Bolt request signed now with the right secret. */
  static Request<?> signed(App app, String body, String contentType) {
    return parse(app, body, headers(body, contentType, now(), SECRET, null));
  }

  /** A Bolt request as Slack sends it again after a timeout. */
  static Request<?> retried(App app, String body, String contentType, int retryNum) {
    return parse(app, body, headers(body, contentType, now(), SECRET, retryNum));
  }

  static Request<?> parse(App app, String body, Map<String, List<String>> headers) {
    return new SlackRequestParser(app.config())
        .parse(
            SlackRequestParser.HttpRequest.builder()
                .requestUri(SlackSettings.EVENTS_PATH)
                .requestBody(body)
                .headers(new RequestHeaders(headers))
                .remoteAddress("127.0.0.1")
                .build());
  }

  static long now() {
    return Instant.now().getEpochSecond();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
