package dev.starcoach.app.bench;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Slack's Web API on loopback, for the chat bench: {@code conversations.open} takes
 * {@code openLatency} and allows 50 calls a minute (Tier 3), answering HTTP 429 with {@code
 * Retry-After} beyond that; {@code chat.postMessage} is recorded with the time it arrived; every
 * other method answers ok at once. The DM with member {@code U…} is channel {@code DU…}.
 */
final class SlackStandIn implements AutoCloseable {
  static final String TEAM = "T0BENCH";
  static final String BOT_USER = "U0BENCHBOT";

  private static final int OPENS_PER_MINUTE = 50;

  private final HttpServer server;
  private final ExecutorService threads;
  private final Duration openLatency;
  private final Map<String, List<Long>> posts = new ConcurrentHashMap<>();
  private final Deque<Long> opens = new ArrayDeque<>();
  private final AtomicInteger ts = new AtomicInteger();
  private final AtomicInteger refusedOpens = new AtomicInteger();

  SlackStandIn(Duration openLatency) throws IOException {
    this.openLatency = openLatency;
    this.threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "slack-stand-in");
              t.setDaemon(true);
              return t;
            });
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  /** The Web API base URL. */
  String apiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  /** When each post to the channel arrived ({@link System#nanoTime()}), in order. */
  List<Long> postsTo(String channel) {
    List<Long> list = posts.get(channel);
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      return new ArrayList<>(list);
    }
  }

  /** How many {@code conversations.open} calls were refused with 429. */
  int refusedOpens() {
    return refusedOpens.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    long arrived = System.nanoTime();
    String body;
    try (InputStream in = ex.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String path = ex.getRequestURI().getPath();
    String method = path.startsWith("/api/") ? path.substring("/api/".length()) : "respond";
    switch (method) {
      case "auth.test" ->
          send(
              ex,
              200,
              "{\"ok\":true,\"team_id\":\""
                  + TEAM
                  + "\",\"user_id\":\""
                  + BOT_USER
                  + "\",\"bot_id\":\"B0BENCH\",\"url\":\"https://bench.slack.com/\"}",
              null);
      case "conversations.open" -> open(ex, form(body).getOrDefault("users", "U0"));
      case "chat.postMessage" -> {
        String channel = form(body).getOrDefault("channel", "");
        List<Long> list = posts.computeIfAbsent(channel, c -> new ArrayList<>());
        synchronized (list) {
          list.add(arrived);
        }
        String messageTs = "1700000000." + String.format("%06d", ts.incrementAndGet());
        send(
            ex,
            200,
            "{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + messageTs + "\"}",
            null);
      }
      default -> send(ex, 200, "{\"ok\":true}", null);
    }
  }

  private void open(HttpExchange ex, String user) throws IOException {
    long retryAfterSeconds = 0;
    synchronized (opens) {
      long now = System.nanoTime();
      long minute = Duration.ofMinutes(1).toNanos();
      while (!opens.isEmpty() && now - opens.peekFirst() >= minute) {
        opens.pollFirst();
      }
      if (opens.size() >= OPENS_PER_MINUTE) {
        retryAfterSeconds =
            Math.max(1, (opens.peekFirst() + minute - now + 999_999_999L) / 1_000_000_000L);
      } else {
        opens.addLast(now);
      }
    }
    if (retryAfterSeconds > 0) {
      refusedOpens.incrementAndGet();
      send(ex, 429, "{\"ok\":false,\"error\":\"ratelimited\"}", String.valueOf(retryAfterSeconds));
      return;
    }
    try {
      Thread.sleep(openLatency.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    send(ex, 200, "{\"ok\":true,\"channel\":{\"id\":\"D" + user + "\"}}", null);
  }

  private static void send(HttpExchange ex, int status, String json, String retryAfter)
      throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    if (retryAfter != null) {
      ex.getResponseHeaders().add("Retry-After", retryAfter);
    }
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> form(String body) {
    Map<String, String> out = new java.util.HashMap<>();
    if (body == null || body.isBlank() || body.startsWith("{")) {
      return out;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        out.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
