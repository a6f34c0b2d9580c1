package dev.starcoach.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starcoach.bench.ChatLoad;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.slack.CoachPort;
import dev.starcoach.slack.SlackBot;
import dev.starcoach.slack.SlackServices;
import dev.starcoach.slack.SlackSettings;
import dev.starcoach.storage.Storage;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The real Slack bot (HTTP mode on loopback, the durable inbox on the bench's database, the Web API
 * client, its rate-limited lanes and per-channel pacing) driven by signed requests as Slack sends
 * them, over a {@link SlackStandIn}. A request counts as acknowledged when the bot's HTTP 200 has
 * arrived.
 */
final class SlackChatLoad implements ChatLoad {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong EVENTS = new AtomicLong();

  private final SlackStandIn standIn;
  private final SlackBot bot;
  private final String secret;
  private final HttpClient http;
  private final URI events;

  SlackChatLoad(CoachEngine engine, Storage storage, Settings settings) throws IOException {
    this.standIn = new SlackStandIn(settings.openLatency());
    byte[] key = new byte[24];
    new SecureRandom().nextBytes(key);
    this.secret = HexFormat.of().formatHex(key);
    SlackSettings slack =
        new SlackSettings(
            "xoxb-bench",
            null,
            secret,
            0,
            standIn.apiUrl(),
            "127.0.0.1",
            settings.perChannelInterval());
    this.bot =
        new SlackBot(
            slack,
            new SlackServices(
                CoachPort.of(engine),
                place -> storage.places().find(place).map(PlaceSettings::admins).orElse(Set.of())),
            storage.inbox(),
            "bench-" + ProcessHandle.current().pid());
    try {
      bot.start();
    } catch (Exception e) {
      standIn.close();
      throw new IOException("the Slack bot did not start: " + e, e);
    }
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    this.events = URI.create("http://127.0.0.1:" + bot.port() + SlackSettings.EVENTS_PATH);
  }

  @Override
  public void message(String person, String text) throws IOException, InterruptedException {
    ObjectNode event = JSON.createObjectNode();
    event.put("type", "message");
    event.put("user", person);
    event.put("text", text);
    event.put("channel", "D" + person);
    event.put("channel_type", "im");
    long n = EVENTS.incrementAndGet();
    event.put("ts", "1700000100." + String.format("%06d", n % 1_000_000));
    event.put("event_ts", "1700000100." + String.format("%06d", n % 1_000_000));
    event.put("team", SlackStandIn.TEAM);
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("token", "legacy");
    envelope.put("team_id", SlackStandIn.TEAM);
    envelope.put("api_app_id", "A0BENCH");
    envelope.set("event", event);
    envelope.put("type", "event_callback");
    envelope.put("event_id", "EvBench" + n);
    envelope.put("event_time", Instant.now().getEpochSecond());
    send(JSON.writeValueAsString(envelope), "application/json");
  }

  @Override
  public void startNew(String person, String text) throws IOException, InterruptedException {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("token", "legacy");
    f.put("team_id", SlackStandIn.TEAM);
    f.put("team_domain", "bench");
    f.put("channel_id", "D" + person);
    f.put("channel_name", "directmessage");
    f.put("user_id", person);
    f.put("user_name", "member");
    f.put("command", "/star");
    f.put("text", text);
    f.put("api_app_id", "A0BENCH");
    f.put("response_url", standIn.apiUrl().replace("/api/", "/respond/") + person);
    f.put("trigger_id", "trigger-" + EVENTS.incrementAndGet());
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, String> e : f.entrySet()) {
      body.append(body.length() == 0 ? "" : "&")
          .append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
    }
    send(body.toString(), "application/x-www-form-urlencoded");
  }

  @Override
  public List<Long> postsTo(String person) {
    return standIn.postsTo("D" + person);
  }

  private void send(String body, String contentType) throws IOException, InterruptedException {
    String timestamp = String.valueOf(Instant.now().getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(events)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", timestamp)
            .header("X-Slack-Signature", "v0=" + sign("v0:" + timestamp + ":" + body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("the bot answered HTTP " + response.statusCode());
    }
  }

  private String sign(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is missing", e);
    }
  }

  @Override
  public void close() {
    bot.close();
    standIn.close();
  }
}
