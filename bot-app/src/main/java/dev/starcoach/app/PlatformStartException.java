package dev.starcoach.app;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat platform could not be started: no network, the platform refused the token, or the local
 * port is taken. {@code starcoach} prints its message on one line and exits with {@link
 * StarCoachMain#EXIT_PLATFORM}; the cause stays attached for debugging, never printed.
 */
public final class PlatformStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

  /**
   * @param platform the platform, as people name it ("Discord", "Slack")
   * @param cause what the platform's client threw
   */
  public PlatformStartException(String platform, Throwable cause) {
    super(platform + " could not start: " + reason(cause), cause);
  }

  /** One line for people, from the most telling exception in the cause chain. */
  static String reason(Throwable e) {
    Throwable root = e;
    Set<Throwable> seen = new HashSet<>();
    for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof UnknownHostException) {
        return "cannot resolve " + host(t.getMessage()) + " (no network or no DNS?)";
      }
      if (t instanceof ConnectException || t instanceof SocketTimeoutException) {
        return "cannot connect (" + oneLine(t.getMessage()) + ")";
      }
      root = t;
    }
    String message = oneLine(root.getMessage());
    String top = oneLine(e.getMessage());
    if (message.isEmpty()) {
      message = top.isEmpty() ? root.getClass().getSimpleName() : top;
    }
    return message;
  }

  /**
   * The host name in an {@link UnknownHostException}'s message (its wording varies by resolver).
   */
  private static String host(String message) {
    Matcher m = HOST.matcher(oneLine(message));
    return m.find() ? m.group() : "the platform's host";
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s+", " ");
  }
}
