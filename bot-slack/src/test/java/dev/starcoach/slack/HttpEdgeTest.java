package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hardened HTTP edge, through real Jetty on a loopback port, talking raw HTTP/1.1 so the test
 * controls exactly what is sent and when.
 */
class HttpEdgeTest {
  private static final String MEMBER = "U0EDGE";
  private SlackHarness h;
  private int port;

  @BeforeEach
  void start() throws Exception {
    h = new SlackHarness(Duration.ofMillis(10), null);
    h.bot.start();
    port = h.bot.port();
  }

  @AfterEach
  void stop() {
    h.close();
  }

  /** A raw response: status line and headers, then the body. */
  private record Raw(int status, String head, String body) {
    boolean leaksServer() {
      String all = (head + "\n" + body).toLowerCase(Locale.ROOT);
      return all.contains("server:")
          || all.contains("jetty")
          || all.contains("exception")
          || all.contains("\tat ")
          || all.contains("x-powered-by");
    }
  }

  private static Raw read(Socket socket) throws IOException {
    socket.setSoTimeout(10_000);
    InputStream in = socket.getInputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        out.write(buf, 0, n);
        String text = out.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end >= 0) {
          String head = text.substring(0, end);
          int length = contentLength(head);
          if (length >= 0 && text.length() >= end + 4 + length) {
            break;
          }
        }
      }
    } catch (SocketException e) {
      // the server closed the connection after answering
    }
    String text = out.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String head = end < 0 ? text : text.substring(0, end);
    String body = end < 0 ? "" : text.substring(end + 4);
    int status = Integer.parseInt(head.split(" ")[1]);
    return new Raw(status, head, body);
  }

  private static int contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Integer.parseInt(line.substring(15).strip());
      }
    }
    return -1;
  }

  private Socket connect() throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
    return s;
  }

  private static String head(String extra, long contentLength) {
    return "POST "
        + SlackSettings.EVENTS_PATH
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        + extra
        + (contentLength >= 0 ? "Content-Length: " + contentLength + "\r\n" : "")
        + "\r\n";
  }

  private Raw send(String body, Map<String, List<String>> headers) throws IOException {
    StringBuilder extra = new StringBuilder();
    headers.forEach(
        (k, v) -> {
          if (!k.equalsIgnoreCase("Content-Type")) {
            extra.append(k).append(": ").append(v.get(0)).append("\r\n");
          }
        });
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (Socket s = connect()) {
      OutputStream out = s.getOutputStream();
      out.write(head(extra.toString(), bytes.length).getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
      return read(s);
    }
  }

  @Test
  void givenAnUnsigned50MbBody_whenItIsAnnounced_thenItIsRefused413BeforeAnyOfItIsSent()
      throws Exception {
    // GIVEN a request that announces 50 MB
    long fifty = 50L * 1024 * 1024;
    try (Socket s = connect()) {
      // WHEN only its headers are sent (not one byte of the body)
      s.getOutputStream().write(head("", fifty).getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
      long started = System.nanoTime();
      Raw r = read(s);

      // THEN it is answered 413 at once, without waiting for (or reading) the body
      assertEquals(413, r.status());
      assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5);
      assertFalse(r.leaksServer(), r.toString());
    }
    assertTrue(h.port.events.isEmpty());
  }

  @Test
  void givenA50MbChunkedBodyWithAFreshTimestamp_whenStreamed_thenReadingStopsAtTheLimitWith413()
      throws Exception {
    // GIVEN a body of unknown length with a plausible timestamp and a made-up signature
    String extra =
        "Transfer-Encoding: chunked\r\nX-Slack-Request-Timestamp: "
            + SignedRequests.now()
            + "\r\nX-Slack-Signature: v0=00\r\n";
    byte[] chunk = new byte[64 * 1024];
    java.util.Arrays.fill(chunk, (byte) 'a');
    byte[] chunkHead =
        (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    Runtime rt = Runtime.getRuntime();
    long usedBefore = rt.totalMemory() - rt.freeMemory();
    try (Socket s = connect()) {
      OutputStream out = s.getOutputStream();
      out.write(head(extra, -1).getBytes(StandardCharsets.US_ASCII));
      // WHEN up to 50 MB are streamed (the server may cut the connection first)
      long sent = 0;
      try {
        while (sent < 50L * 1024 * 1024) {
          out.write(chunkHead);
          out.write(chunk);
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
          sent += chunk.length;
        }
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException closedByServer) {
        // expected: the server answered and closed once the limit was passed
      }
      Raw r = read(s);

      // THEN it is refused 413, and the server held at most about the limit in memory
      assertEquals(413, r.status());
      assertFalse(r.leaksServer(), r.toString());
    }
    long grown = (rt.totalMemory() - rt.freeMemory()) - usedBefore;
    assertTrue(grown < 40L * 1024 * 1024, "heap grew by " + grown);
    assertTrue(h.port.events.isEmpty());
  }

  @Test
  void givenACorrectlySignedRequestStampedSixMinutesAhead_thenItIsRefused401() throws Exception {
    // GIVEN a real command, signed with the right secret but stamped 6 minutes in the future
    String body =
        SignedRequests.slash(MEMBER, "D" + MEMBER, "practice drill", h.stub.responseUrl(MEMBER));
    long future = SignedRequests.now() + 6 * 60;

    // WHEN it is posted
    Raw r =
        send(
            body,
            SignedRequests.headers(body, SignedRequests.FORM, future, SignedRequests.SECRET, null));

    // THEN it is refused as unauthorised and never reaches the engine
    assertEquals(401, r.status());
    assertFalse(r.leaksServer(), r.toString());
    Thread.sleep(200);
    assertTrue(h.port.events.isEmpty());
  }

  @Test
  void givenACorrectlySignedRequestStampedSixMinutesAgo_thenItIsRefused401() throws Exception {
    String body =
        SignedRequests.slash(MEMBER, "D" + MEMBER, "practice drill", h.stub.responseUrl(MEMBER));
    Raw r =
        send(
            body,
            SignedRequests.headers(
                body,
                SignedRequests.FORM,
                SignedRequests.now() - 6 * 60,
                SignedRequests.SECRET,
                null));
    assertEquals(401, r.status());
  }

  @Test
  void givenAMalformedUnsignedBody_thenItIsRefused401WithoutAStackTraceOrServerVersion()
      throws Exception {
    // GIVEN a malformed body with no signature, carrying a newline meant to forge a log line
    String body = "payload=%7Bnot-json%0A2026-01-01 INFO forged";

    // WHEN it is posted
    Raw r = send(body, Map.of());

    // THEN 401 with a bare body: no stack trace, no Jetty version, no Server header
    assertEquals(401, r.status());
    assertFalse(r.leaksServer(), r.toString());
    assertEquals("invalid request", r.body().strip());
  }

  @Test
  void givenAMalformedSignedBody_thenTheErrorSaysNothingAboutTheServer() throws Exception {
    // GIVEN a body that passes the signature check but that Bolt cannot parse
    String body = "payload=%7Bnot-json";

    // WHEN it is posted, signed
    Raw r =
        send(
            body,
            SignedRequests.headers(
                body, SignedRequests.FORM, SignedRequests.now(), SignedRequests.SECRET, null));

    // THEN whatever the status, the answer shows no stack trace and no server version
    assertTrue(r.status() >= 200 && r.status() < 600);
    assertFalse(r.leaksServer(), r.toString());
  }

  @Test
  void givenAGet_thenItIsRefused405() throws Exception {
    try (Socket s = connect()) {
      s.getOutputStream()
          .write(
              ("GET " + SlackSettings.EVENTS_PATH + " HTTP/1.1\r\nHost: x\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      Raw r = read(s);
      assertEquals(405, r.status());
      assertFalse(r.leaksServer(), r.toString());
    }
  }

  @Test
  void givenAnUnknownPath_thenTheNotFoundPageIsBare() throws Exception {
    try (Socket s = connect()) {
      s.getOutputStream()
          .write(
              "POST /nope HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"
                  .getBytes(StandardCharsets.US_ASCII));
      Raw r = read(s);
      assertTrue(r.status() == 404 || r.status() == 405, r.toString());
      assertFalse(r.leaksServer(), r.toString());
    }
  }

  @Test
  void theDefaultBindAddressIsLoopbackAndCanBeSet() {
    assertEquals(
        "127.0.0.1",
        SlackSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-t"))
            .orElseThrow()
            .bindAddress());
    assertEquals(
        "0.0.0.0",
        SlackSettings.fromEnvironment(
                Map.of("SLACK_BOT_TOKEN", "xoxb-t", "SLACK_BIND_ADDRESS", "0.0.0.0"))
            .orElseThrow()
            .bindAddress());
    IllegalArgumentException bad =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () ->
                SlackSettings.fromEnvironment(
                    Map.of("SLACK_BOT_TOKEN", "xoxb-t", "SLACK_BIND_ADDRESS", "a b")));
    assertTrue(bad.getMessage().startsWith("SLACK_BIND_ADDRESS"));
  }
}
