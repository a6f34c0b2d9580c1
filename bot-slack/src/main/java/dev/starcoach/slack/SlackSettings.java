package dev.starcoach.slack;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to connect to Slack. Secrets come from the environment and are never logged: {@link
 * #toString()} only says whether they are set.
 *
 * @param botToken the bot token ({@code xoxb-...}), required
 * @param appToken the app-level token ({@code xapp-...}) for Socket Mode, or null for HTTP mode
 * @param signingSecret the signing secret that verifies HTTP requests; HTTP mode needs it
 * @param port the HTTP port for {@code /slack/events} (0 picks a free one)
 * @param apiUrl the Web API base URL (such as {@code https://slack.com/api/}), or null for Slack's
 * @param bindAddress the address HTTP mode listens on: {@value #DEFAULT_BIND_ADDRESS} (loopback,
 *     the default: a TLS-terminating reverse proxy on the same host forwards to it) or {@code
 *     0.0.0.0} for every interface (in a container, behind a load balancer)
 * @param perChannelInterval the least time between two messages posted to one channel (Slack allows
 *     about one a second)
 */
public record SlackSettings(
    String botToken,
    String appToken,
    String signingSecret,
    int port,
    String apiUrl,
    String bindAddress,
    Duration perChannelInterval) {

  /** The address HTTP mode listens on when none is set: loopback only. */
  public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";

  private static final java.util.regex.Pattern ADDRESS =
      java.util.regex.Pattern.compile("[A-Za-z0-9.:%\\-]{1,253}");

  /** The pacing of posts to one channel when none is set: one a second. */
  public static final Duration DEFAULT_PER_CHANNEL_INTERVAL = Duration.ofSeconds(1);

  /** The HTTP port when {@code SLACK_PORT} is not set. */
  public static final int DEFAULT_PORT = 3000;

  /** The path Slack posts events, commands and interactions to in HTTP mode. */
  public static final String EVENTS_PATH = "/slack/events";

  public SlackSettings {
    botToken = blankToNull(botToken);
    appToken = blankToNull(appToken);
    signingSecret = blankToNull(signingSecret);
    apiUrl = blankToNull(apiUrl);
    bindAddress = blankToNull(bindAddress);
    if (bindAddress == null) {
      bindAddress = DEFAULT_BIND_ADDRESS;
    }
    Objects.requireNonNull(perChannelInterval, "perChannelInterval");
    if (perChannelInterval.isNegative()) {
      throw new IllegalArgumentException("perChannelInterval must not be negative");
    }
    if (!ADDRESS.matcher(bindAddress).matches()) {
      throw new IllegalArgumentException(
          "SLACK_BIND_ADDRESS: not an address or host name (e.g. 127.0.0.1 or 0.0.0.0)");
    }
    if (botToken == null) {
      throw new IllegalArgumentException("SLACK_BOT_TOKEN: the bot token is required");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("SLACK_PORT: " + port + " is not a port (0-65535)");
    }
    if (apiUrl != null && !apiUrl.endsWith("/")) {
      apiUrl = apiUrl + "/";
    }
    if (apiUrl != null && !apiUrl.startsWith("http://") && !apiUrl.startsWith("https://")) {
      throw new IllegalArgumentException("SLACK_API_URL: must start with http:// or https://");
    }
  }

  /** Settings listening on the default address ({@value #DEFAULT_BIND_ADDRESS}). */
  public SlackSettings(
      String botToken, String appToken, String signingSecret, int port, String apiUrl) {
    this(botToken, appToken, signingSecret, port, apiUrl, null, DEFAULT_PER_CHANNEL_INTERVAL);
  }

  /** The same settings listening on {@code host} and pacing each channel at {@code interval}. */
  public SlackSettings listeningOn(String host, Duration interval) {
    return new SlackSettings(botToken, appToken, signingSecret, port, apiUrl, host, interval);
  }

  /**
   * Reads {@code SLACK_BOT_TOKEN}, {@code SLACK_APP_TOKEN}, {@code SLACK_SIGNING_SECRET}, {@code
   * SLACK_PORT}, {@code SLACK_API_URL} and {@code SLACK_BIND_ADDRESS}.
   *
   * @return empty when {@code SLACK_BOT_TOKEN} is not set (Slack is off)
   * @throws IllegalArgumentException naming the variable when a value is unusable
   */
  public static Optional<SlackSettings> fromEnvironment(Map<String, String> env) {
    String bot = blankToNull(env.get("SLACK_BOT_TOKEN"));
    if (bot == null) {
      return Optional.empty();
    }
    int port = DEFAULT_PORT;
    String portText = blankToNull(env.get("SLACK_PORT"));
    if (portText != null) {
      try {
        port = Integer.parseInt(portText.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("SLACK_PORT: '" + portText + "' is not a number", e);
      }
    }
    return Optional.of(
        new SlackSettings(
            bot,
            env.get("SLACK_APP_TOKEN"),
            env.get("SLACK_SIGNING_SECRET"),
            port,
            env.get("SLACK_API_URL"),
            env.get("SLACK_BIND_ADDRESS"),
            DEFAULT_PER_CHANNEL_INTERVAL));
  }

  /** True when an app token is set: connect over Socket Mode instead of listening for HTTP. */
  public boolean socketMode() {
    return appToken != null;
  }

  @Override
  public String toString() {
    return "SlackSettings[mode="
        + (socketMode() ? "socket" : "http")
        + ", bind="
        + bindAddress
        + ", port="
        + port
        + ", apiUrl="
        + (apiUrl == null ? "default" : apiUrl)
        + ", botToken=set, appToken="
        + (appToken == null ? "unset" : "set")
        + ", signingSecret="
        + (signingSecret == null ? "unset" : "set")
        + "]";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
