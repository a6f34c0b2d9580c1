package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.inbox.ProcessLocalInbox;
import dev.starcoach.core.testing.ScriptedDrill;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SlackBot in HTTP mode, listening on a loopback port, end to end. */
class HttpModeTest {
  private static final String MEMBER = "U0HTTP";

  @Test
  void aSignedSlashCommandGets200WithinSlacksDeadlineAndThePromptIsPosted() throws Exception {
    try (SlackHarness h = new SlackHarness(Duration.ofMillis(10), null)) {
      // GIVEN the bot listening on a free loopback port
      h.bot.start();
      int port = h.bot.port();
      assertTrue(port > 0);
      String body =
          SignedRequests.slash(
              MEMBER,
              "D" + MEMBER,
              "practice drill " + ScriptedDrill.QUESTION_ID,
              h.stub.responseUrl(MEMBER));

      // WHEN Slack posts a signed /star practice drill (giving up after its 3 s deadline)
      HttpResponse<String> response =
          post(
              port,
              body,
              SignedRequests.headers(
                  body, SignedRequests.FORM, SignedRequests.now(), SignedRequests.SECRET, null));

      // THEN it is acknowledged with 200 and the Situation prompt is posted to the Web API
      assertEquals(200, response.statusCode());
      SlackApiStub.Call prompt =
          h.stub.await(
              "chat.postMessage", c -> c.param("blocks").contains("Step 1 of 5: Situation"));
      assertEquals("D" + MEMBER, prompt.param("channel"));
      assertTrue(!h.stub.calls("auth.test").isEmpty(), "the stub answered auth.test");
    }
  }

  @Test
  void aBadSignatureGets401() throws Exception {
    try (SlackHarness h = new SlackHarness(Duration.ofMillis(10), null)) {
      h.bot.start();
      String body =
          SignedRequests.slash(MEMBER, "D" + MEMBER, "practice drill", h.stub.responseUrl(MEMBER));

      HttpResponse<String> response =
          post(
              h.bot.port(),
              body,
              SignedRequests.headers(
                  body, SignedRequests.FORM, SignedRequests.now(), "wrong-secret", null));

      assertEquals(401, response.statusCode());
      Thread.sleep(200);
      assertTrue(h.port.events.isEmpty());
    }
  }

  @Test
  void httpModeRefusesToStartWithoutASigningSecret() throws Exception {
    try (SlackHarness h = new SlackHarness()) {
      // GIVEN HTTP mode settings without a signing secret
      SlackSettings settings =
          new SlackSettings("xoxb-test-token", null, null, 0, "http://127.0.0.1:9/api/")
              .listeningOn("127.0.0.1", Duration.ofSeconds(1));
      SlackBot bot =
          new SlackBot(settings, h.services(), new ProcessLocalInbox(), "http-mode-test");
      try {
        // WHEN started, THEN it refuses, naming the variable, and listens nowhere
        IllegalStateException e = assertThrows(IllegalStateException.class, bot::start);
        assertTrue(e.getMessage().contains("SLACK_SIGNING_SECRET"), e.getMessage());
        assertEquals(-1, bot.port());
      } finally {
        bot.close();
      }
    }
  }

  private static HttpResponse<String> post(int port, String body, Map<String, List<String>> headers)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + SlackSettings.EVENTS_PATH))
            .timeout(Duration.ofSeconds(3))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach((name, values) -> values.forEach(v -> request.header(name, v)));
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
