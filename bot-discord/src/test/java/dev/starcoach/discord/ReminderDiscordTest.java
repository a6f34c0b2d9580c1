package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.remind.Reminder;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.TestBank;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/** {@code /reminders} and the reminder DM: mapping, rendering, and sending through JDA's REST. */
class ReminderDiscordTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private final Question question = TestBank.load().byId(TestBank.WALKTHROUGH_ID).orElseThrow();

  private static SlashAction slash(Map<String, String> options) {
    return CommandMapping.slash(new SlashRequest(SlashCommands.REMINDERS, options, false));
  }

  @Test
  void givenRemindersWithOnOffOrNothing_whenMapped_thenSetRemindersInEphemeralReplies() {
    assertEquals(
        new SlashAction.Engine(new CoachEvent.SetReminders(true), false),
        slash(Map.of("turn", "on")));
    assertEquals(
        new SlashAction.Engine(new CoachEvent.SetReminders(false), false),
        slash(Map.of("turn", "off")));
    assertEquals(new SlashAction.Engine(new CoachEvent.SetReminders(null), false), slash(Map.of()));
    assertTrue(
        ((SlashAction.Invalid) slash(Map.of("turn", "sometimes"))).text().contains("on or off"));
  }

  @Test
  void givenTheCommand_thenItsTurnOptionOffersOnAndOffAndIsOptional() {
    var command =
        SlashCommands.all().stream()
            .filter(c -> c.getName().equals(SlashCommands.REMINDERS))
            .findFirst()
            .orElseThrow();
    var option = command.getOptions().get(0);
    assertEquals("turn", option.getName());
    assertEquals(
        List.of("on", "off"), option.getChoices().stream().map(c -> c.getAsString()).toList());
    assertTrue(!option.isRequired());
  }

  @Test
  void givenADrillLeftAtTheActionStep_whenRendered_thenItMatchesTheExpectedJson()
      throws IOException {
    // GIVEN a reminder of a drill in a server, left at the Action step
    Reminder reminder = reminder(session(Phase.STEPS, 2, "guild:7"));

    // WHEN rendered
    JsonNode actual = json(new ReminderRenderer().render(reminder));

    // THEN it is the expected message: text, Answer and Stop for that step, no mentions
    assertEquals(expected("reminder-drill.json"), actual);
  }

  @Test
  void givenAQuizLeftOpen_whenRendered_thenOnlyStopIsOffered() {
    JsonNode actual = json(new ReminderRenderer().render(reminder(session(Phase.QUIZ, 1, "dm"))));

    JsonNode buttons = actual.at("/components/0/components");
    assertEquals(1, buttons.size());
    assertEquals(
        "sc:x:q1:" + DiscordStub.USER_ID + ":dm", buttons.get(0).get("custom_id").asText());
  }

  @Test
  void givenAMember_whenReminded_thenTheirDmIsOpenedAndTheReminderPostedWithoutMentions()
      throws Exception {
    try (DiscordStub rest = new DiscordStub()) {
      // GIVEN a JDA talking REST to the local stub, and the publisher over it
      JDA jda =
          JDABuilder.createLight("not-a-real-token", EnumSet.noneOf(GatewayIntent.class))
              .setRestConfig(new RestConfig().setBaseUrl(rest.baseUrl()))
              .setSessionController(new NoGateway())
              .setEnableShutdownHook(false)
              .build();
      try {
        DiscordReminderPublisher publisher =
            new DiscordReminderPublisher(jda::openPrivateChannelById);

        // WHEN a reminder is published
        publisher.publish(reminder(session(Phase.STEPS, 2, "guild:7")));

        // THEN the member's DM was opened, and one message went to it
        DiscordStub.Seen open =
            rest.seen().stream()
                .filter(s -> s.path().endsWith("/users/@me/channels"))
                .findFirst()
                .orElseThrow();
        assertEquals(DiscordStub.USER_ID, open.json().get("recipient_id").asText());
        assertEquals(1, rest.messagePosts().size());
        DiscordStub.Seen post = rest.messagePosts().get(0);
        assertEquals("/api/v10/channels/" + DiscordStub.DM_CHANNEL_ID + "/messages", post.path());
        JsonNode body = post.json();
        assertTrue(
            body.at("/embeds/0/description")
                .asText()
                .startsWith("You left your drill on '" + question.text() + "' at the Action step."),
            body.toString());
        assertEquals(0, body.at("/allowed_mentions/parse").size());
        assertTrue(body.at("/allowed_mentions/parse").isArray());
        assertEquals(2, body.at("/components/0/components").size());
      } finally {
        jda.shutdownNow();
      }
    }
  }

  @Test
  void givenClosedDms_whenReminded_thenItFailsWithTheReasonSoTheServiceLogsIt() {
    DiscordReminderPublisher publisher =
        new DiscordReminderPublisher(
            id -> {
              throw new IllegalStateException("no shard");
            });

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> publisher.publish(reminder(session(Phase.STEPS, 0, "dm"))));
    assertTrue(e.getMessage().contains(DiscordStub.USER_ID), e.getMessage());
  }

  @Test
  void givenASlackPerson_whenPublishedHere_thenItIsRefused() {
    PracticeSession slack =
        new PracticeSession(
            "s-2",
            dev.starcoach.core.session.SessionKey.of("slack", "T1/C1", "U1"),
            SessionMode.DRILL,
            question.id(),
            Level.SDE2,
            Phase.STEPS,
            0,
            List.of(),
            List.of(),
            0,
            T0,
            T0,
            T0,
            1);
    DiscordReminderPublisher publisher =
        new DiscordReminderPublisher(
            id -> {
              throw new AssertionError("must not open a DM");
            });

    assertThrows(IllegalArgumentException.class, () -> publisher.publish(reminder(slack)));
  }

  private Reminder reminder(PracticeSession session) {
    return new Reminder(
        session, question, dev.starcoach.core.remind.ReminderService.stepLabel(session));
  }

  private PracticeSession session(Phase phase, int position, String place) {
    return new PracticeSession(
        "s-1",
        Places.key(place, Long.parseUnsignedLong(DiscordStub.USER_ID)),
        phase == Phase.QUIZ ? SessionMode.QUIZ : SessionMode.DRILL,
        question.id(),
        Level.SDE2,
        phase,
        position,
        List.of(),
        List.of(),
        0,
        T0,
        T0,
        T0,
        3);
  }

  private static JsonNode json(MessageCreateData data) {
    try {
      return JSON.readTree(data.toData().toString());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode expected(String name) throws IOException {
    try (InputStream in = ReminderDiscordTest.class.getResourceAsStream("/rendered/" + name)) {
      if (in == null) {
        throw new AssertionError("missing /rendered/" + name);
      }
      return JSON.readTree(in);
    }
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
