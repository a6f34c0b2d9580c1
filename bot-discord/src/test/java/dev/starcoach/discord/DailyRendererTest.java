package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyPost;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.core.scoring.ScoreBand;
import dev.starcoach.core.testing.TestBank;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DailyRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PlaceId PLACE = Places.placeId(700000000000000001L, 600000000000000001L);
  private static final String ROLE = "123456789012345678";

  private final DailyRenderer renderer = new DailyRenderer();
  private final Question question = TestBank.load().byId(TestBank.WALKTHROUGH_ID).orElseThrow();

  @Test
  void givenAScheduleMentioningARole_whenThePostIsRendered_thenItMatchesTheExpectedJson()
      throws IOException {
    // GIVEN Monday's post of a schedule that mentions one role
    DailyPost post = post("<@&" + ROLE + ">", false);

    // WHEN rendered
    JsonNode actual = json(renderer.post(post));

    // THEN the embed, the two buttons and the mention rules are exactly the expected ones
    assertEquals(expected("daily-post.json"), actual);
  }

  @Test
  void givenARoleMention_whenRendered_thenOnlyThatRoleMayBePingedAndNothingElse() {
    JsonNode mentions =
        json(renderer.post(post("<@&" + ROLE + ">", false))).get("allowed_mentions");

    assertEquals(0, mentions.get("parse").size());
    assertEquals(1, mentions.get("roles").size());
    assertEquals(ROLE, mentions.get("roles").get(0).asText());
    assertFalse(mentions.has("users") && mentions.get("users").size() > 0);
    assertFalse(mentions.get("replied_user").asBoolean());
  }

  @Test
  void givenHere_whenRendered_thenTheContentSaysHereAndOnlyEveryoneParsingIsAllowed() {
    JsonNode message = json(renderer.post(post("@here", false)));

    assertTrue(message.get("content").asText().startsWith("@here "));
    assertEquals("everyone", message.at("/allowed_mentions/parse/0").asText());
    assertEquals(1, message.at("/allowed_mentions/parse").size());
    assertFalse(message.at("/allowed_mentions").has("roles"));
  }

  @Test
  void givenNoMention_whenRendered_thenNoContentAndNoMentionAllowed() {
    JsonNode message = json(renderer.post(post(null, true)));

    assertFalse(message.has("content") && !message.get("content").asText().isEmpty());
    assertEquals(0, message.at("/allowed_mentions/parse").size());
    assertTrue(message.at("/embeds/0/footer/text").asText().contains("posted late"));
  }

  @Test
  void givenAScoreBand_whenTheThreadNoteIsRendered_thenNameAndBandOnlyAndNothingPings() {
    MessageCreateData note = renderer.bandNote("Ana @everyone *star*", ScoreBand.SOLID);

    String text = note.getContent();
    assertTrue(text.contains("Ana @everyone \\*star\\*"), text);
    assertTrue(text.contains("Solid"), text);
    assertTrue(note.getEmbeds().isEmpty());
    assertEquals(0, json(note).at("/allowed_mentions/parse").size());
  }

  @Test
  void givenASchedule_whenShown_thenTheNextPostIsInItsOwnZone() {
    DailySchedule schedule =
        new DailySchedule(
            PLACE,
            LocalTime.of(9, 0),
            ZoneId.of("Europe/Berlin"),
            null,
            "<@&" + ROLE + ">",
            null,
            Level.SENIOR,
            true);
    ZonedDateTime next = ZonedDateTime.of(2026, 3, 3, 9, 0, 0, 0, ZoneId.of("Europe/Berlin"));

    JsonNode message = json(renderer.result(new DailyAdmin.Result.Schedule(schedule, next, true)));

    assertEquals("Daily question scheduled", message.at("/embeds/0/title").asText());
    String description = message.at("/embeds/0/description").asText();
    assertTrue(description.contains("Tue 3 Mar 2026, 09:00 Europe/Berlin"), description);
    assertTrue(description.contains("<t:" + next.toEpochSecond() + ":R>"), description);
    assertEquals("09:00 Europe/Berlin, Mon–Fri", message.at("/embeds/0/fields/0/value").asText());
    assertEquals(0, message.at("/allowed_mentions/parse").size());
    assertFalse(message.at("/allowed_mentions").has("roles"));
  }

  @Test
  void givenOtherResults_whenRendered_thenPausedNoScheduleRefusedAndPostedReadClearly() {
    DailySchedule paused =
        DailySchedule.workdays(PLACE, LocalTime.NOON, ZoneId.of("UTC"), Level.SDE2)
            .withEnabled(false);

    assertEquals(
        "Daily question paused",
        json(renderer.result(new DailyAdmin.Result.Schedule(paused, null, true)))
            .at("/embeds/0/title")
            .asText());
    assertEquals(
        "No daily question here",
        json(renderer.result(new DailyAdmin.Result.NoSchedule())).at("/embeds/0/title").asText());
    assertTrue(
        json(renderer.result(
                new DailyAdmin.Result.Refused("Only admins can. See it with: daily show")))
            .at("/embeds/0/description")
            .asText()
            .contains("/daily show"));
    DailyQuestionService.Outcome failed =
        new DailyQuestionService.Outcome(
            PLACE, LocalDate.of(2026, 3, 2), DailyQuestionService.Action.FAILED, "q");
    assertTrue(
        json(renderer.result(new DailyAdmin.Result.Posted(failed)))
            .at("/embeds/0/description")
            .asText()
            .contains("Create Public Threads"));
  }

  @Test
  void givenPlaceSettings_whenShown_thenRolesAreNonPingingMentionsAndTheZoneIsNamed() {
    // GIVEN a channel with an admin role and a zone, just changed
    PlaceSettings settings = new PlaceSettings(PLACE, Set.of(ROLE), ZoneId.of("Europe/Berlin"));

    // WHEN rendered
    JsonNode message =
        json(
            renderer.result(
                new DailyAdmin.Result.PlaceShown(settings, ZoneId.of("Europe/Berlin"), true)));

    // THEN the role shows as a role mention that may not ping, and the zone is given
    assertEquals("Channel settings updated", message.at("/embeds/0/title").asText());
    assertEquals("Daily admins", message.at("/embeds/0/fields/0/name").asText());
    assertTrue(
        message.at("/embeds/0/fields/0/value").asText().endsWith("anyone with: <@&" + ROLE + ">"));
    assertEquals("Europe/Berlin", message.at("/embeds/0/fields/1/value").asText());
    assertEquals(0, message.at("/allowed_mentions/parse").size());
    assertFalse(message.at("/allowed_mentions").has("roles"));
    assertTrue(message.path("content").asText("").isEmpty());
  }

  @Test
  void givenNoSettings_whenShown_thenManageServerOnlyAndTheZoneItFallsBackTo() {
    JsonNode fromSchedule =
        json(
            renderer.result(
                new DailyAdmin.Result.PlaceShown(
                    PlaceSettings.defaults(PLACE), ZoneId.of("Asia/Tokyo"), false)));
    JsonNode utc =
        json(
            renderer.result(
                new DailyAdmin.Result.PlaceShown(PlaceSettings.defaults(PLACE), null, false)));

    assertEquals("Channel settings", fromSchedule.at("/embeds/0/title").asText());
    assertTrue(fromSchedule.at("/embeds/0/fields/0/value").asText().contains("Manage Server only"));
    assertTrue(fromSchedule.at("/embeds/0/fields/1/value").asText().contains("(Asia/Tokyo)"));
    assertEquals("Not set: UTC", utc.at("/embeds/0/fields/1/value").asText());
  }

  @Test
  void givenARefusalNamingATextCommand_whenRendered_thenItNamesTheSlashCommand() {
    String text =
        json(renderer.result(new DailyAdmin.Result.Refused("No. See the list with: daily admins")))
            .at("/embeds/0/description")
            .asText();

    assertTrue(text.endsWith("with /daily admins"), text);
  }

  @Test
  void givenQuestionTextWithMarkdownAndAMention_whenPosted_thenTheBoldHoldsAndNoPillShows() {
    // GIVEN a question whose text holds bold markup and a role mention
    Question nasty =
        new Question(
            question.id(),
            question.principle(),
            "When did **you** page <@&" + ROLE + ">?",
            question.tags(),
            question.probes(),
            question.walkthrough(),
            question.source());
    DailyPost post = post(null, false);

    // WHEN the daily post is rendered
    String description =
        renderer
            .post(new DailyPost(post.schedule(), nasty, post.occurrence(), false))
            .getEmbeds()
            .get(0)
            .getDescription();

    // THEN the text's own markup and mention syntax are escaped inside the bold
    assertEquals("**When did \\*\\*you\\*\\* page \\<@&" + ROLE + ">?**", description);
  }

  @Test
  void givenAMemberNameWithMarkupAndAMention_whenTheBandNoteIsRendered_thenItIsEscaped() {
    MessageCreateData note = renderer.bandNote("**Ana** <@1>", ScoreBand.values()[0]);

    assertTrue(
        note.getContent().startsWith("🌟 **\\*\\*Ana\\*\\* \\<@1>** answered"), note.getContent());
  }

  private DailyPost post(String mention, boolean catchUp) {
    DailySchedule schedule =
        new DailySchedule(
            PLACE,
            LocalTime.of(9, 0),
            ZoneId.of("Europe/Berlin"),
            null,
            mention,
            null,
            Level.SDE2,
            true);
    return new DailyPost(schedule, question, LocalDate.of(2026, 3, 2), catchUp);
  }

  private static JsonNode json(MessageCreateData data) {
    try {
      return JSON.readTree(data.toData().toString());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode expected(String name) throws IOException {
    try (InputStream in = DailyRendererTest.class.getResourceAsStream("/rendered/" + name)) {
      return JSON.readTree(in);
    }
  }
}
