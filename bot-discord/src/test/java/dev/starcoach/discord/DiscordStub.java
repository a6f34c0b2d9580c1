package dev.starcoach.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A local stand-in for Discord's REST API on 127.0.0.1: it answers the few routes the tests use
 * with realistic JSON, records every request, and can answer the next message post with a 429.
 */
final class DiscordStub implements AutoCloseable {
  static final String BOT_ID = "100000000000000001";
  static final String APP_ID = "100000000000000002";
  static final String USER_ID = "200000000000000001";
  static final String DM_CHANNEL_ID = "300000000000000001";
  static final String GUILD_ID = "700000000000000001";
  static final String TEXT_CHANNEL_ID = "600000000000000001";

  /** One request as the stub saw it. */
  record Seen(String method, String path, String body) {
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + body, e);
      }
    }
  }

  private final HttpServer server;
  private final List<Seen> seen = new ArrayList<>();
  private final Deque<Double> rateLimits = new ArrayDeque<>();
  private int nextMessageId = 1;

  DiscordStub() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL to give JDA's {@code RestConfig}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
  }

  /** The next message post is answered 429 with this {@code retry_after} (seconds). */
  synchronized void rateLimitNextPost(double retryAfterSeconds) {
    rateLimits.add(retryAfterSeconds);
  }

  synchronized List<Seen> seen() {
    return List.copyOf(seen);
  }

  synchronized List<Seen> messagePosts() {
    return seen.stream()
        .filter(s -> s.method().equals("POST") && s.path().endsWith("/messages"))
        .toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    int status;
    String answer;
    synchronized (this) {
      seen.add(new Seen(method, path, body));
      if (method.equals("GET") && path.endsWith("/users/@me")) {
        status = 200;
        answer = selfUser();
      } else if (method.equals("POST") && path.matches(".*/channels/\\d+/messages/\\d+/threads")) {
        String[] parts = path.split("/");
        status = 201;
        answer =
            thread(parts[4], parts[6], new ObjectMapper().readTree(body).path("name").asText());
      } else if (method.equals("POST") && path.endsWith("/users/@me/channels")) {
        status = 200;
        answer =
            "{\"id\":\""
                + DM_CHANNEL_ID
                + "\",\"type\":1,\"last_message_id\":null,\"recipients\":["
                + user(USER_ID, "member", false)
                + "]}";
      } else if (method.equals("POST") && path.endsWith("/messages")) {
        Double retry = rateLimits.poll();
        if (retry != null) {
          status = 429;
          exchange.getResponseHeaders().add("Retry-After", String.valueOf((int) Math.ceil(retry)));
          exchange.getResponseHeaders().add("Via", "1.1 google");
          exchange.getResponseHeaders().add("X-RateLimit-Bucket", "stub-messages");
          exchange.getResponseHeaders().add("X-RateLimit-Limit", "5");
          exchange.getResponseHeaders().add("X-RateLimit-Remaining", "0");
          exchange.getResponseHeaders().add("X-RateLimit-Reset-After", String.valueOf(retry));
          exchange.getResponseHeaders().add("X-RateLimit-Scope", "user");
          answer =
              "{\"message\":\"You are being rate limited.\",\"retry_after\":"
                  + retry
                  + ",\"global\":false}";
        } else {
          status = 200;
          answer = message(path.split("/")[4], nextMessageId++);
        }
      } else {
        status = 404;
        answer = "{\"message\":\"Unknown route\",\"code\":0}";
      }
    }
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** The bot's own user, as {@code GET /users/@me} and the gateway's READY give it. */
  static String selfUser() {
    return user(BOT_ID, "starcoach", true)
        .replace(
            "}", ",\"application_id\":\"" + APP_ID + "\",\"verified\":true,\"mfa_enabled\":false}");
  }

  synchronized List<Seen> threadPosts() {
    return seen.stream()
        .filter(s -> s.method().equals("POST") && s.path().endsWith("/threads"))
        .toList();
  }

  private static String thread(String parentId, String messageId, String name) {
    return "{\"id\":\""
        + messageId
        + "\",\"type\":11,\"guild_id\":\""
        + GUILD_ID
        + "\",\"parent_id\":\""
        + parentId
        + "\",\"owner_id\":\""
        + BOT_ID
        + "\",\"name\":"
        + quoted(name)
        + ",\"last_message_id\":null,\"rate_limit_per_user\":0,\"message_count\":0,"
        + "\"member_count\":1,\"total_message_sent\":0,\"flags\":0,\"applied_tags\":[],"
        + "\"thread_metadata\":{\"archived\":false,\"auto_archive_duration\":1440,"
        + "\"archive_timestamp\":\"2026-03-02T08:00:00.000000+00:00\",\"locked\":false,"
        + "\"create_timestamp\":\"2026-03-02T08:00:00.000000+00:00\"},"
        + "\"member\":{\"id\":\""
        + messageId
        + "\",\"user_id\":\""
        + BOT_ID
        + "\",\"join_timestamp\":\"2026-03-02T08:00:00.000000+00:00\",\"flags\":0}}";
  }

  private static String quoted(String text) {
    try {
      return new ObjectMapper().writeValueAsString(text);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String user(String id, String name, boolean bot) {
    return "{\"id\":\""
        + id
        + "\",\"username\":\""
        + name
        + "\",\"global_name\":null,\"discriminator\":\"0\",\"avatar\":null,\"bot\":"
        + bot
        + ",\"flags\":0}";
  }

  private static String message(String channelId, int number) {
    return "{\"id\":\""
        + (400000000000000000L + number)
        + "\",\"channel_id\":\""
        + channelId
        + "\",\"author\":"
        + user(BOT_ID, "starcoach", true)
        + ",\"content\":\"\",\"timestamp\":\"2026-03-02T09:00:00.000000+00:00\","
        + "\"edited_timestamp\":null,\"tts\":false,\"mention_everyone\":false,\"mentions\":[],"
        + "\"mention_roles\":[],\"attachments\":[],\"embeds\":[],\"pinned\":false,\"type\":0,"
        + "\"flags\":0,\"components\":[]}";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
