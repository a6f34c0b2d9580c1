package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachReply;
import java.util.EnumSet;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.SessionController;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sends through JDA's real REST layer (requester, rate limiter, OkHttp) to a local stub. JDA is
 * built with public API only: a fake token, the stub as REST base URL, and a session controller
 * that never opens the gateway connection.
 */
class RestStubTest {
  private static final long USER = Long.parseUnsignedLong(DiscordStub.USER_ID);

  private DiscordStub stub;
  private JDA jda;

  @BeforeEach
  void startJdaAgainstStub() throws Exception {
    stub = new DiscordStub();
    jda =
        JDABuilder.createLight("not-a-real-token", EnumSet.noneOf(GatewayIntent.class))
            .setRestConfig(new RestConfig().setBaseUrl(stub.baseUrl()))
            .setSessionController(new NoGateway())
            .setEnableShutdownHook(false)
            .build();
  }

  @AfterEach
  void stop() {
    jda.shutdownNow();
    stub.close();
  }

  @Test
  void givenAStepPrompt_whenPostedToADm_thenTheStubReceivesTheRenderedMessage() {
    // GIVEN the person's DM channel, opened through REST
    PrivateChannel dm = jda.openPrivateChannelById(USER).complete();
    DiscordConversation conversation = conversationTo(dm);

    // WHEN the engine's step prompt is sent
    conversation.send(prompt());

    // THEN exactly one message was posted to that channel, with the embed, buttons, no mentions
    assertEquals(1, stub.messagePosts().size());
    DiscordStub.Seen post = stub.messagePosts().get(0);
    assertEquals("/api/v10/channels/" + DiscordStub.DM_CHANNEL_ID + "/messages", post.path());
    JsonNode body = post.json();
    assertEquals("Step 3 of 5 · Action", body.at("/embeds/0/title").asText());
    assertEquals(4, body.at("/components/0/components").size());
    assertEquals(0, body.at("/allowed_mentions/parse").size());
    assertTrue(body.at("/allowed_mentions/parse").isArray());
  }

  @Test
  void givenARateLimit_whenAPromptIsPosted_thenItIsRetriedAfterTheWaitAndSentOnce() {
    // GIVEN a DM channel, and Discord answering the next post with 429 and a short retry_after
    PrivateChannel dm = jda.openPrivateChannelById(USER).complete();
    stub.rateLimitNextPost(0.2);
    DiscordConversation conversation = conversationTo(dm);

    // WHEN the prompt is sent
    conversation.send(prompt());

    // THEN JDA tried twice (429, then 200), and the message went through once without failure
    assertEquals(2, stub.messagePosts().size());
    assertEquals(stub.messagePosts().get(0).body(), stub.messagePosts().get(1).body());
    assertTrue(!conversation.failed(), "the post must succeed after the wait");
  }

  private static DiscordConversation conversationTo(PrivateChannel dm) {
    return DiscordConversation.to(
        new DiscordRenderer(), new DiscordRenderer.Owner(USER, Places.DM), new ChannelOutbox(dm));
  }

  private static CoachReply prompt() {
    return new CoachReply.StepPrompt(Step.ACTION, 3, 5, 90, null, null, null);
  }

  /** Never connects to the gateway: only REST is used. */
  private static final class NoGateway implements SessionController {
    @Override
    public void appendSession(SessionConnectNode node) {}

    @Override
    public void removeSession(SessionConnectNode node) {}

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
      return new ShardedGateway("ws://127.0.0.1:9", 1);
    }
  }
}
