package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.daily.DailyPost;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.testing.TestBank;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The daily publisher through JDA's real REST layer against the local REST stub, with JDA's cache
 * filled by the local gateway stub (one server, one text channel, the bot holding exactly the
 * invite's permissions).
 */
class DailyPublisherRestTest {
  private static final String ROLE = "500000000000000001";

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void givenAServerChannel_whenADailyQuestionIsPublished_thenThePostAndItsThreadGoOverRest()
      throws Exception {
    try (DiscordStub rest = new DiscordStub();
        GatewayStub gateway = new GatewayStub(guildCreate())) {
      // GIVEN a JDA that knows the server from its gateway, and the publisher over its cache
      JDA jda =
          JDABuilder.createLight("not-a-real-token", EnumSet.noneOf(GatewayIntent.class))
              .setRestConfig(new RestConfig().setBaseUrl(rest.baseUrl()))
              .setSessionController(new ConnectTo(gateway.url()))
              .setCompression(Compression.NONE)
              .setEnableShutdownHook(false)
              .build();
      try {
        jda.awaitReady();
        DiscordDailyPublisher publisher =
            new DiscordDailyPublisher(id -> jda.getChannelById(GuildMessageChannel.class, id));

        // WHEN Monday's question is published with a role mention
        publisher.publish(post("<@&" + ROLE + ">"));

        // THEN one message was posted to the channel, allowing only that role to be pinged
        assertEquals(1, rest.messagePosts().size());
        DiscordStub.Seen message = rest.messagePosts().get(0);
        assertEquals(
            "/api/v10/channels/" + DiscordStub.TEXT_CHANNEL_ID + "/messages", message.path());
        JsonNode body = message.json();
        assertEquals("Daily question · Ownership", body.at("/embeds/0/title").asText());
        assertEquals(ROLE, body.at("/allowed_mentions/roles/0").asText());
        assertEquals(1, body.at("/allowed_mentions/roles").size());
        assertEquals(0, body.at("/allowed_mentions/parse").size());
        assertEquals(2, body.at("/components/0/components").size());
        // AND a public thread was opened on that very message, named for the day
        assertEquals(1, rest.threadPosts().size());
        DiscordStub.Seen thread = rest.threadPosts().get(0);
        assertTrue(
            thread
                .path()
                .matches(
                    "/api/v10/channels/" + DiscordStub.TEXT_CHANNEL_ID + "/messages/\\d+/threads"),
            thread.path());
        assertEquals("Answers · Mon 2 Mar · Ownership", thread.json().get("name").asText());
      } finally {
        jda.shutdownNow();
      }
    }
  }

  @Test
  void givenAChannelThisProcessCannotSee_whenPublished_thenItFailsSoTheSchedulerLogsIt() {
    DiscordDailyPublisher publisher = new DiscordDailyPublisher(id -> null);

    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> publisher.publish(post(null)));
    assertTrue(e.getMessage().contains(DiscordStub.TEXT_CHANNEL_ID), e.getMessage());
  }

  private static DailyPost post(String mention) {
    DailySchedule schedule =
        new DailySchedule(
            Places.placeId(
                Long.parseUnsignedLong(DiscordStub.GUILD_ID),
                Long.parseUnsignedLong(DiscordStub.TEXT_CHANNEL_ID)),
            LocalTime.of(9, 0),
            ZoneId.of("Europe/Berlin"),
            null,
            mention,
            null,
            Level.SDE2,
            true);
    return new DailyPost(
        schedule,
        TestBank.load().byId(TestBank.WALKTHROUGH_ID).orElseThrow(),
        LocalDate.of(2026, 3, 2),
        false);
  }

  /** One server with one text channel; @everyone holds exactly the invite's permissions. */
  private static String guildCreate() {
    String g = DiscordStub.GUILD_ID;
    return "{\"id\":\""
        + g
        + "\",\"name\":\"Study group\",\"icon\":null,\"owner_id\":\""
        + DiscordStub.USER_ID
        + "\",\"roles\":[{\"id\":\""
        + g
        + "\",\"name\":\"@everyone\",\"color\":0,"
        + "\"colors\":{\"primary_color\":0,\"secondary_color\":null,\"tertiary_color\":null},"
        + "\"hoist\":false,\"position\":0,"
        + "\"permissions\":\""
        + InviteLink.permissionBits()
        + "\",\"managed\":false,\"mentionable\":false,\"flags\":0,\"icon\":null,"
        + "\"unicode_emoji\":null}],"
        + "\"channels\":[{\"id\":\""
        + DiscordStub.TEXT_CHANNEL_ID
        + "\",\"type\":0,\"guild_id\":\""
        + g
        + "\",\"name\":\"daily\",\"position\":0,\"permission_overwrites\":[],"
        + "\"parent_id\":null,\"topic\":null,\"nsfw\":false,\"last_message_id\":null,"
        + "\"rate_limit_per_user\":0,\"flags\":0}],"
        + "\"threads\":[],\"members\":[{\"user\":"
        + DiscordStub.selfUser()
        + ",\"roles\":[],\"joined_at\":\"2026-01-01T00:00:00.000000+00:00\",\"deaf\":false,"
        + "\"mute\":false,\"flags\":0,\"nick\":null,\"avatar\":null,\"premium_since\":null,"
        + "\"pending\":false}],\"member_count\":2,\"emojis\":[],\"stickers\":[],"
        + "\"voice_states\":[],\"presences\":[],\"guild_scheduled_events\":[],"
        + "\"stage_instances\":[],\"soundboard_sounds\":[],\"features\":[],\"large\":false,"
        + "\"unavailable\":false,\"joined_at\":\"2026-01-01T00:00:00.000000+00:00\","
        + "\"preferred_locale\":\"en-US\",\"premium_tier\":0,\"nsfw_level\":0,"
        + "\"verification_level\":0,\"default_message_notifications\":0,"
        + "\"explicit_content_filter\":0,\"mfa_level\":0,\"afk_timeout\":300,"
        + "\"system_channel_flags\":0,\"premium_progress_bar_enabled\":false}";
  }

  /** Connects at once to the given gateway URL. */
  private static final class ConnectTo extends SessionControllerAdapter {
    private final String url;

    ConnectTo(String url) {
      this.url = url;
    }

    @Override
    public void appendSession(SessionConnectNode node) {
      Thread connect =
          new Thread(
              () -> {
                try {
                  node.run(true);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "gateway-connect");
      connect.setDaemon(true);
      connect.start();
    }

    @Override
    public String getGateway() {
      return url;
    }

    @Override
    public SessionController.ShardedGateway getShardedGateway(JDA api) {
      return new SessionController.ShardedGateway(url, 1);
    }
  }
}
