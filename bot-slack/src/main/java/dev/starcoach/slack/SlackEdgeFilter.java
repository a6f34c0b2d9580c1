package dev.starcoach.slack;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gate in front of Bolt in HTTP mode. In this order, and before anything parses the body:
 *
 * <ol>
 *   <li>only {@code POST} (405 otherwise);
 *   <li>a declared {@code Content-Length} over {@link #MAX_BODY_BYTES} is answered 413 <em>without
 *       reading the body</em>; a body without a length (chunked) is read only up to the limit;
 *   <li>the timestamp must be within {@link #MAX_SKEW} of now, in either direction (401);
 *   <li>the signature, {@code v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)}, must match,
 *       compared in constant time (401).
 * </ol>
 *
 * Only then is the request handed to Bolt, with the body it read. Refusals are logged with the
 * client address and the reason; anything the client sent is escaped and cut ({@link SafeLog}).
 */
final class SlackEdgeFilter implements Filter {
  private static final Logger LOG = LoggerFactory.getLogger(SlackEdgeFilter.class);

  /**
   * The largest request body taken: 1 MiB. Slack's requests are small: an event or interaction is a
   * few KB, and the largest legitimate one (a 40,000-character message event with its rich-text
   * blocks, every character escaped, or a modal submission with a 4,000-character answer and its
   * view) stays well under 0.5 MB. A 1 MiB cap leaves room for that and keeps four concurrent
   * hostile bodies at 4 MiB of heap.
   */
  static final int MAX_BODY_BYTES = 1 << 20;

  /** Slack's own replay window: a timestamp further off than this, either way, is refused. */
  static final Duration MAX_SKEW = Duration.ofMinutes(5);

  private final byte[] secret;
  private final Clock clock;

  SlackEdgeFilter(String signingSecret, Clock clock) {
    this.secret =
        Objects.requireNonNull(signingSecret, "signingSecret").getBytes(StandardCharsets.UTF_8);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void init(FilterConfig config) {}

  @Override
  public void destroy() {}

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse resp = (HttpServletResponse) response;
    if (!"POST".equals(req.getMethod())) {
      refuse(req, resp, 405, "method " + req.getMethod());
      return;
    }
    long declared = req.getContentLengthLong();
    if (declared > MAX_BODY_BYTES) {
      resp.setHeader("Connection", "close");
      refuse(req, resp, 413, "declared body of " + declared + " bytes");
      return;
    }
    String timestamp = req.getHeader("X-Slack-Request-Timestamp");
    String signature = req.getHeader("X-Slack-Signature");
    if (timestamp == null || signature == null) {
      refuse(req, resp, 401, "unsigned");
      return;
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      refuse(req, resp, 401, "timestamp '" + SafeLog.of(timestamp) + "'");
      return;
    }
    long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
    if (skew > MAX_SKEW.toSeconds()) {
      refuse(req, resp, 401, "timestamp " + skew + " s off");
      return;
    }
    byte[] body = readCapped(req.getInputStream());
    if (body == null) {
      resp.setHeader("Connection", "close");
      refuse(req, resp, 413, "body over " + MAX_BODY_BYTES + " bytes");
      return;
    }
    if (!validSignature(timestamp.strip(), body, signature.strip())) {
      refuse(req, resp, 401, "bad signature '" + SafeLog.of(signature) + "'");
      return;
    }
    chain.doFilter(new ReadBody(req, body), response);
  }

  /** The body, or null when it is longer than the limit (reading stops there). */
  private static byte[] readCapped(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buffer = new byte[8192];
    int total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > MAX_BODY_BYTES) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  boolean validSignature(String timestamp, byte[] body, String signature) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
      byte[] expected =
          ("v0=" + HexFormat.of().formatHex(mac.doFinal(body))).getBytes(StandardCharsets.UTF_8);
      return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  private static void refuse(
      HttpServletRequest req, HttpServletResponse resp, int status, String why) throws IOException {
    LOG.info(
        "Refused a Slack request from {} with {}: {}",
        SafeLog.of(req.getRemoteAddr()),
        status,
        why);
    byte[] text =
        (status == 413 ? "too large" : status == 405 ? "not allowed" : "invalid request")
            .getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType("text/plain; charset=utf-8");
    resp.setContentLength(text.length);
    resp.getOutputStream().write(text);
    resp.flushBuffer();
  }

  /** The request with its body already read, for Bolt to read again. */
  private static final class ReadBody extends HttpServletRequestWrapper {
    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("blocking reads only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(
          new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
