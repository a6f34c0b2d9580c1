package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyRequest;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceSettings;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /star daily admins} and {@code /star daily zone} through signed slash requests and the Web
 * API stub: workspace admins manage the list, listed admins set the zone, everyone may look.
 */
class DailyPlacesSlackTest {
  private static final String ADMIN = "U0ADMIN";
  private static final String BOB = "U0BOB";
  private static final String CAROL = "U0CAROL";
  private static final String CHANNEL = "C0DAILY";
  private static final PlaceId PLACE = new PlaceId("slack", SlackApiStub.TEAM, CHANNEL);

  private SlackHarness h;

  @BeforeEach
  void setUp() throws Exception {
    h = new SlackHarness(Duration.ofMillis(10), null);
    h.stub.admin(ADMIN);
  }

  @AfterEach
  void tearDown() {
    h.close();
  }

  @Test
  void aWorkspaceAdminAddsAPersonAndAGroupAndTheReplyIsEphemeralAndMentionsNobody()
      throws Exception {
    // GIVEN a user group with the handle leads
    h.stub.group("S0LEADS", "leads", CAROL);

    // WHEN a workspace admin adds Bob (as Slack escapes him) and the group by its handle
    h.slash(ADMIN, CHANNEL, "daily admins add <@U0BOB|bob>");
    h.stub.await(
        "respond", c -> c.param("path").endsWith(ADMIN) && c.body().contains("person U0BOB"));
    h.slash(ADMIN, CHANNEL, "daily admins add @leads");

    // THEN both bare ids are stored, and the reply lists them as text, only to the admin
    SlackApiStub.Call shown =
        h.stub.await(
            "respond",
            c -> c.param("path").endsWith(ADMIN) && c.body().contains("user group S0LEADS"));
    String body = shown.body();
    assertTrue(body.contains("\"response_type\":\"ephemeral\""), body);
    assertTrue(body.contains("Channel settings updated"), body);
    assertTrue(!body.contains("subteam") && !body.contains("@U0BOB"), body);
    assertEquals(
        Set.of("U0BOB", "S0LEADS"), h.places.settings().find(PLACE).orElseThrow().admins());

    // WHEN the admin removes Bob by his member id
    h.slash(ADMIN, CHANNEL, "daily admins remove U0BOB");

    // THEN only the group is left
    h.stub.awaitCount("respond", 3);
    assertEquals(Set.of("S0LEADS"), h.places.settings().find(PLACE).orElseThrow().admins());
  }

  @Test
  void aMemberOfAnAdminGroupMaySetTheZoneButNotAddAdmins() throws Exception {
    // GIVEN the channel lists user group S0LEADS as admins, and Carol is in it
    h.places.settings().save(new PlaceSettings(PLACE, Set.of("S0LEADS"), null));
    h.stub.group("S0LEADS", "leads", CAROL);

    // WHEN Carol tries to add Bob as an admin
    h.slash(CAROL, CHANNEL, "daily admins add U0BOB");

    // THEN the engine is told she is an admin through the list, not a workspace admin
    CoachEvent.DailyCommand asked =
        assertInstanceOf(CoachEvent.DailyCommand.class, h.port.awaitEvents(1).get(0));
    assertEquals(PLACE, asked.channel());
    assertEquals(DailyAdmin.Authority.PLACE_ADMIN, asked.authority());

    // THEN she is told configured admins cannot add more, and nothing changes
    h.stub.await(
        "respond",
        c -> c.param("path").endsWith(CAROL) && c.body().contains("cannot add or remove others"));
    assertEquals(Set.of("S0LEADS"), h.places.settings().find(PLACE).orElseThrow().admins());

    // WHEN she sets the channel's zone
    h.slash(CAROL, CHANNEL, "daily zone America/New_York");

    // THEN it is saved, the admins kept, and the reply names the zone
    h.stub.await(
        "respond",
        c -> c.param("path").endsWith(CAROL) && c.body().contains("*Time zone:* America/New_York"));
    PlaceSettings saved = h.places.settings().find(PLACE).orElseThrow();
    assertEquals(ZoneId.of("America/New_York"), saved.zone());
    assertEquals(Set.of("S0LEADS"), saved.admins());
  }

  @Test
  void anyoneMayLookButAMemberMayNotChangeTheZoneAndBadZonesAreNamed() throws Exception {
    h.places.settings().save(new PlaceSettings(PLACE, Set.of("U0CAROL"), null));

    h.slash(BOB, CHANNEL, "daily admins");
    assertEquals(
        new CoachEvent.DailyCommand(
            PLACE,
            DailyAdmin.Authority.MEMBER,
            new DailyRequest.Admins(DailyRequest.AdminAction.LIST, null)),
        h.port.awaitEvents(1).get(0));
    h.stub.await(
        "respond",
        c ->
            c.param("path").endsWith(BOB)
                && c.body().contains("This channel's settings")
                && c.body().contains("person U0CAROL")
                && c.body().contains("not set: UTC"));

    h.slash(BOB, CHANNEL, "daily zone Asia/Tokyo");
    h.stub.await("respond", c -> c.param("path").endsWith(BOB) && c.body().contains("Only admins"));
    assertNull(h.places.settings().find(PLACE).orElseThrow().zone());

    h.slash(ADMIN, CHANNEL, "daily zone Mars/Base");
    h.stub.await(
        "respond",
        c ->
            c.param("path").endsWith(ADMIN)
                && c.body().contains("Mars/Base")
                && c.body().contains("IANA"));
    assertNull(h.places.settings().find(PLACE).orElseThrow().zone());
  }

  @Test
  void anAdminIdIsAPersonAGroupOrTheirIdAndNothingElse() {
    Map<String, String> handles = Map.of("leads", "S0LEADS1");
    Function<String, Optional<String>> lookup = k -> Optional.ofNullable(handles.get(k));

    assertEquals(new Mentions.Parsed.Mention("U0BOB"), Mentions.adminId("<@U0BOB|bob>", lookup));
    assertEquals(new Mentions.Parsed.Mention("U0BOB"), Mentions.adminId("<@U0BOB>", lookup));
    assertEquals(new Mentions.Parsed.Mention("W0ENT"), Mentions.adminId("W0ENT", lookup));
    assertEquals(
        new Mentions.Parsed.Mention("S0LEADS1"),
        Mentions.adminId("<!subteam^S0LEADS1|@leads>", lookup));
    assertEquals(new Mentions.Parsed.Mention("S0LEADS1"), Mentions.adminId("@leads", lookup));
    String unknown = ((Mentions.Parsed.Refused) Mentions.adminId("@bob", lookup)).message();
    assertTrue(unknown.contains("@bob") && unknown.contains("member ID"), unknown);
    assertInstanceOf(Mentions.Parsed.Refused.class, Mentions.adminId("<!here>", lookup));
    assertInstanceOf(Mentions.Parsed.Refused.class, Mentions.adminId("bob smith", lookup));
  }
}
