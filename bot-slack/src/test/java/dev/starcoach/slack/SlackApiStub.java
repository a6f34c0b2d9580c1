package dev.starcoach.slack;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A stand-in for Slack's Web API on 127.0.0.1: answers {@code auth.test} and the methods the
 * adapter calls, and records every call (method, form parameters, body) for assertions. Requests to
 * any path outside {@code /api/} are recorded as {@code respond} (a {@code response_url}).
 */
final class SlackApiStub implements AutoCloseable {
  static final String TEAM = "T0TEAM";
  static final String BOT_USER = "U0BOT";
  static final String BOT_ID = "B0BOT";

  /**
   * One recorded call.
   *
   * @param raw the request body's bytes (for file uploads)
   * @param response what the stub answered
   */
  record Call(
      String method,
      Map<String, String> params,
      String body,
      long nanos,
      byte[] raw,
      String response) {
    String param(String name) {
      return params.getOrDefault(name, "");
    }

    /** The whole request, for "contains" checks. */
    String all() {
      return params + " " + body;
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicInteger ts = new AtomicInteger(100);
  private final Set<String> refusedChannels = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final Set<String> admins = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, List<String>> groups = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, String> posted = new java.util.concurrent.ConcurrentHashMap<>();
  private final AtomicInteger files = new AtomicInteger();
  private volatile java.util.concurrent.CountDownLatch openGate =
      new java.util.concurrent.CountDownLatch(0);
  private final AtomicInteger opensHeld = new AtomicInteger();
  private final Map<String, Throttle> throttles = new java.util.concurrent.ConcurrentHashMap<>();

  /** At most {@code perSecond} calls of a method in a second; more get 429 and Retry-After. */
  private static final class Throttle {
    final int perSecond;
    final int retryAfterSeconds;
    long windowStart;
    int inWindow;

    Throttle(int perSecond, int retryAfterSeconds) {
      this.perSecond = perSecond;
      this.retryAfterSeconds = retryAfterSeconds;
    }

    synchronized boolean refuse(long now) {
      if (now - windowStart >= 1_000_000_000L) {
        windowStart = now;
        inWindow = 0;
      }
      return ++inWindow > perSecond;
    }
  }

  SlackApiStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "slack-api-stub");
              t.setDaemon(true);
              return t;
            }));
    server.start();
  }

  /** The Web API base URL for {@code SLACK_API_URL}. */
  String apiUrl() {
    return base() + "/api/";
  }

  /** A response_url on this stub. */
  String responseUrl(String name) {
    return base() + "/respond/" + name;
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Makes chat.postMessage to this channel fail with {@code not_in_channel}. */
  void refuse(String channel) {
    refusedChannels.add(channel);
  }

  /** Lets chat.postMessage to this channel succeed again. */
  void allow(String channel) {
    refusedChannels.remove(channel);
  }

  /**
   * Holds every {@code conversations.open} until {@link #releaseDirectOpens()}: a DM that takes as
   * long as the test says.
   */
  void holdDirectOpens() {
    openGate = new java.util.concurrent.CountDownLatch(1);
  }

  /** Answers the held {@code conversations.open} calls and every later one at once. */
  void releaseDirectOpens() {
    openGate.countDown();
  }

  /** How many {@code conversations.open} calls are being held right now. */
  int directOpensHeld() {
    return opensHeld.get();
  }

  /**
   * Answers HTTP 429 with {@code Retry-After: retryAfterSeconds} to calls of {@code method} beyond
   * {@code perSecond} in a second (each refused call is recorded as {@code 429 <method>}).
   */
  void throttle(String method, int perSecond, int retryAfterSeconds) {
    throttles.put(method, new Throttle(perSecond, retryAfterSeconds));
  }

  /** Makes users.info say this member is a workspace admin. */
  void admin(String user) {
    admins.add(user);
  }

  /** The display name users.info gives a member (default: none). */
  void name(String user, String displayName) {
    names.put(user, displayName);
  }

  /** A user group with its handle and members. */
  void group(String id, String handle, String... members) {
    groups.put(id + "|" + handle, List.of(members));
  }

  List<Call> calls() {
    return new ArrayList<>(calls);
  }

  List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  /** Waits until a call of this method matches, and returns it; fails after ten seconds. */
  Call await(String method, Predicate<Call> matching) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      for (Call c : calls) {
        if (c.method().equals(method) && matching.test(c)) {
          return c;
        }
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no matching " + method + " call; calls were: " + summary());
  }

  /** Waits until {@code count} calls of the method were made. */
  List<Call> awaitCount(String method, int count) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline && calls(method).size() < count) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    List<Call> found = calls(method);
    if (found.size() < count) {
      throw new AssertionError(
          "expected " + count + " " + method + " calls; calls were: " + summary());
    }
    return found;
  }

  String summary() {
    return calls.stream().map(Call::method).toList().toString();
  }

  private void handle(HttpExchange ex) throws IOException {
    byte[] raw;
    try (InputStream in = ex.getRequestBody()) {
      raw = in.readAllBytes();
    }
    String body = new String(raw, StandardCharsets.UTF_8);
    String path = ex.getRequestURI().getPath();
    if (path.startsWith("/upload/")) {
      calls.add(new Call("upload", Map.of("path", path), "", System.nanoTime(), raw, "OK"));
      send(ex, "OK - " + raw.length, "text/plain");
      return;
    }
    if (!path.startsWith("/api/")) {
      calls.add(
          new Call("respond", Map.of("path", path), readable(body), System.nanoTime(), raw, "ok"));
      send(ex, "ok", "text/plain");
      return;
    }
    String method = path.substring("/api/".length());
    Map<String, String> params = form(body);
    Throttle throttle = throttles.get(method);
    if (throttle != null && throttle.refuse(System.nanoTime())) {
      String limited = "{\"ok\":false,\"error\":\"ratelimited\"}";
      calls.add(new Call("429 " + method, params, body, System.nanoTime(), raw, limited));
      byte[] bytes = limited.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      ex.getResponseHeaders().add("Retry-After", String.valueOf(throttle.retryAfterSeconds));
      ex.sendResponseHeaders(429, bytes.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
      return;
    }
    if (method.equals("conversations.open")) {
      opensHeld.incrementAndGet();
      try {
        openGate.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        opensHeld.decrementAndGet();
      }
    }
    String json = answer(method, params);
    calls.add(new Call(method, params, body, System.nanoTime(), raw, json));
    send(ex, json, "application/json; charset=utf-8");
  }

  private String answer(String method, Map<String, String> params) {
    return switch (method) {
      case "auth.test" ->
          "{\"ok\":true,\"url\":\"https://starcoach-test.slack.com/\",\"team\":\"Test\","
              + "\"user\":\"starcoach\",\"team_id\":\""
              + TEAM
              + "\",\"user_id\":\""
              + BOT_USER
              + "\",\"bot_id\":\""
              + BOT_ID
              + "\"}";
      case "chat.postMessage" -> {
        String channel = params.getOrDefault("channel", "");
        if (refusedChannels.contains(channel)) {
          yield "{\"ok\":false,\"error\":\"not_in_channel\"}";
        }
        String messageTs = "1700000000." + String.format("%06d", ts.incrementAndGet());
        posted.put(channel + "/" + messageTs, postedMessage(messageTs, params));
        yield "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + messageTs + "\"}";
      }
      case "conversations.history" -> {
        // every message posted to the channel (the stub's timestamps are not real times, so
        // 'oldest' is not applied)
        String channel = params.getOrDefault("channel", "");
        StringBuilder found = new StringBuilder();
        posted.forEach(
            (key, message) -> {
              if (key.startsWith(channel + "/")) {
                found.append(found.length() == 0 ? "" : ",").append(message);
              }
            });
        yield "{\"ok\":true,\"has_more\":false,\"messages\":[" + found + "]}";
      }
      case "conversations.replies" -> {
        String parent =
            posted.get(params.getOrDefault("channel", "") + "/" + params.getOrDefault("ts", ""));
        yield parent == null
            ? "{\"ok\":false,\"error\":\"thread_not_found\"}"
            : "{\"ok\":true,\"has_more\":false,\"messages\":[" + parent + "]}";
      }
      case "users.info" -> userInfo(params.getOrDefault("user", ""));
      case "usergroups.list" -> {
        JsonArray list = new JsonArray();
        groups
            .keySet()
            .forEach(
                k -> {
                  JsonObject g = new JsonObject();
                  g.addProperty("id", k.substring(0, k.indexOf('|')));
                  g.addProperty("handle", k.substring(k.indexOf('|') + 1));
                  list.add(g);
                });
        yield "{\"ok\":true,\"usergroups\":" + list + "}";
      }
      case "usergroups.users.list" -> {
        String id = params.getOrDefault("usergroup", "");
        List<String> members =
            groups.entrySet().stream()
                .filter(e -> e.getKey().startsWith(id + "|"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        yield members == null
            ? "{\"ok\":false,\"error\":\"no_such_subteam\"}"
            : "{\"ok\":true,\"users\":" + PLAIN_JSON.toJson(members) + "}";
      }
      case "files.getUploadURLExternal" -> {
        String id = "F" + String.format("%05d", files.incrementAndGet());
        yield "{\"ok\":true,\"upload_url\":\""
            + base()
            + "/upload/"
            + id
            + "\",\"file_id\":\""
            + id
            + "\"}";
      }
      case "files.completeUploadExternal" -> {
        JsonArray list =
            JsonParser.parseString(params.getOrDefault("files", "[]")).getAsJsonArray();
        JsonArray out = new JsonArray();
        for (var f : list) {
          JsonObject file = new JsonObject();
          file.addProperty("id", f.getAsJsonObject().get("id").getAsString());
          file.addProperty("name", "file");
          out.add(file);
        }
        yield "{\"ok\":true,\"files\":" + out + "}";
      }
      case "conversations.open" ->
          "{\"ok\":true,\"channel\":{\"id\":\"D" + params.getOrDefault("users", "X") + "\"}}";
      case "views.open", "views.publish" -> "{\"ok\":true,\"view\":{\"id\":\"V1\"}}";
      case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"1700000000.000001\"}";
      case "bots.info" ->
          "{\"ok\":true,\"bot\":{\"id\":\"" + BOT_ID + "\",\"user_id\":\"" + BOT_USER + "\"}}";
      default -> "{\"ok\":true}";
    };
  }

  private String userInfo(String user) {
    JsonObject profile = new JsonObject();
    profile.addProperty("display_name", names.getOrDefault(user, ""));
    profile.addProperty("real_name", "");
    JsonObject u = new JsonObject();
    u.addProperty("id", user);
    u.addProperty("name", user.toLowerCase(java.util.Locale.ROOT));
    u.addProperty("is_admin", admins.contains(user));
    u.addProperty("is_owner", false);
    u.addProperty("is_primary_owner", false);
    u.add("profile", profile);
    JsonObject r = new JsonObject();
    r.addProperty("ok", true);
    r.add("user", u);
    return r.toString();
  }

  /** The message as conversations.replies would return it: the bot's, with blocks and metadata. */
  private static String postedMessage(String messageTs, Map<String, String> params) {
    JsonObject m = new JsonObject();
    m.addProperty("type", "message");
    m.addProperty("user", BOT_USER);
    m.addProperty("bot_id", BOT_ID);
    m.addProperty("ts", messageTs);
    m.addProperty("text", params.getOrDefault("text", ""));
    String blocks = params.get("blocks");
    if (blocks != null && blocks.startsWith("[")) {
      m.add("blocks", JsonParser.parseString(blocks));
    }
    String metadata = params.get("metadata");
    if (metadata != null && metadata.startsWith("{")) {
      m.add("metadata", JsonParser.parseString(metadata));
    }
    return m.toString();
  }

  private static void send(HttpExchange ex, String text, String type) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    if (body == null || body.isBlank() || body.startsWith("{")) {
      return out;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(
          URLDecoder.decode(k, StandardCharsets.UTF_8),
          readable(URLDecoder.decode(v, StandardCharsets.UTF_8)));
    }
    return out;
  }

  /** JSON values re-written without Gson's HTML escaping, so assertions see real characters. */
  static String readable(String value) {
    String t = value.strip();
    if (!(t.startsWith("{") || t.startsWith("["))) {
      return value;
    }
    try {
      return PLAIN_JSON.toJson(JsonParser.parseString(t));
    } catch (RuntimeException e) {
      return value;
    }
  }

  private static final Gson PLAIN_JSON = new GsonBuilder().disableHtmlEscaping().create();

  @Override
  public void close() {
    openGate.countDown();
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
