package dev.starcoach.discord;

import static dev.starcoach.discord.GroupFixture.CHANNEL;
import static dev.starcoach.discord.GroupFixture.GUILD;
import static dev.starcoach.discord.GroupFixture.POST;
import static dev.starcoach.discord.GroupFixture.ROLE;
import static dev.starcoach.discord.GroupFixture.USER;
import static dev.starcoach.discord.GroupFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.ScoredAnswer;
import dev.starcoach.core.testing.TestBank;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.interactions.commands.SlashCommandInteraction;
import net.dv8tion.jda.api.interactions.components.buttons.ButtonInteraction;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.requests.restaction.ThreadChannelAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

/**
 * {@code /daily}, the daily answer form, {@code /stats} and {@code /leaderboard} through the
 * listener, on mocks of JDA's public interfaces and the real core services.
 */
class GroupCommandsTest {
  private static final PlaceId PLACE = Places.placeId(GUILD, CHANNEL);
  private static final Map<String, String> NINE_IN_BERLIN =
      Map.of("time", "09:00", "zone", "Europe/Berlin", "mention", "<@&" + ROLE + ">");

  /** Monday 2 March 2026, 08:00 in Berlin. */
  private final GroupFixture discord = new GroupFixture(Instant.parse("2026-03-02T07:00:00Z"));

  // ---- /daily ----

  @Test
  void givenAMemberWithoutManageServer_whenDailySet_thenAnEphemeralRefusalAndNothingScheduled() {
    // GIVEN a member who cannot manage the server and holds no admin role
    discord.member(false, 42L);
    SlashCommandInteraction set = discord.slash("daily", "set", NINE_IN_BERLIN);

    // WHEN they use /daily set
    discord.listener.onSlash(set);

    // THEN the reply was deferred ephemerally and refuses clearly; no schedule exists
    verify(set).deferReply(true);
    GroupFixture.Sent refusal = discord.to("hook").get(0);
    assertTrue(refusal.ephemeral());
    assertTrue(text(refusal.data()).contains("Only admins"), text(refusal.data()));
    assertTrue(discord.places.find(PLACE).isEmpty());
  }

  @Test
  void givenAServerManager_whenDailySet_thenScheduledAndTheNextPostIsShownInItsZone() {
    discord.member(true);

    discord.listener.onSlash(discord.slash("daily", "set", NINE_IN_BERLIN));

    DailySchedule saved = discord.places.find(PLACE).orElseThrow();
    assertEquals(LocalTime.of(9, 0), saved.time());
    assertEquals(ZoneId.of("Europe/Berlin"), saved.zone());
    assertEquals("<@&" + ROLE + ">", saved.mention());
    GroupFixture.Sent shown = discord.to("hook").get(0);
    assertTrue(shown.ephemeral());
    String text = text(shown.data());
    assertTrue(text.contains("Daily question scheduled"), text);
    assertTrue(text.contains("Mon 2 Mar 2026, 09:00 Europe/Berlin"), text);
    assertEquals(0, shown.data().getAllowedMentions().size());
  }

  @Test
  void givenAMemberWithARoleListedAsAdmin_whenDailySet_thenItIsAllowed() {
    // GIVEN the channel's settings name role 555 as a daily admin, held by the member
    discord.places.settings().save(new PlaceSettings(PLACE, Set.of("555"), null));
    discord.member(false, 555L);

    discord.listener.onSlash(discord.slash("daily", "set", NINE_IN_BERLIN));

    assertTrue(discord.places.find(PLACE).isPresent());
  }

  @Test
  void givenAnyMember_whenDailyShow_thenTheScheduleIsShownToThemOnly() {
    discord.places.save(
        DailySchedule.workdays(PLACE, LocalTime.of(18, 30), ZoneId.of("Asia/Tokyo"), Level.SDE1));
    discord.member(false);

    discord.listener.onSlash(discord.slash("daily", "show", Map.of()));

    GroupFixture.Sent shown = discord.to("hook").get(0);
    assertTrue(shown.ephemeral());
    assertTrue(text(shown.data()).contains("18:30 Asia/Tokyo, Mon–Fri"), text(shown.data()));
  }

  @Test
  void givenASchedule_whenAnAdminUsesDailyNow_thenThePostAndItsThreadGoOutAtOnce() {
    discord.member(true);
    discord.listener.onSlash(discord.slash("daily", "set", NINE_IN_BERLIN));

    discord.listener.onSlash(discord.slash("daily", "now", Map.of()));

    assertEquals(1, discord.to("channel").size());
    MessageCreateData post = discord.to("channel").get(0).data();
    assertTrue(post.getEmbeds().get(0).getTitle().startsWith("Daily question · "));
    assertEquals(Set.of(Long.toUnsignedString(ROLE)), post.getMentionedRoles());
    assertEquals(1, discord.threadNames.size());
    assertTrue(text(discord.to("hook").get(1).data()).contains("Posted"));
  }

  @Test
  void givenAVoiceChannel_whenAnAdminUsesDailySet_thenToldWhereDailyQuestionsGoAndNothingSaved() {
    // GIVEN a server manager in a channel the bot cannot post a question and thread in
    discord.member(true);
    Mockito.when(discord.channel.getType()).thenReturn(ChannelType.VOICE);

    // WHEN they use /daily set there
    discord.listener.onSlash(discord.slash("daily", "set", NINE_IN_BERLIN));

    // THEN they alone are told to use a text or announcement channel, and nothing is scheduled
    GroupFixture.Sent refusal = discord.to("hook").get(0);
    assertTrue(refusal.ephemeral());
    assertTrue(
        text(refusal.data()).contains("text or announcement channels"), text(refusal.data()));
    assertTrue(discord.places.find(PLACE).isEmpty());
  }

  // ---- /daily admins and /daily zone ----

  @Test
  void givenAServerManager_whenDailyAdminsAddARole_thenSavedAndShownAsANonPingingRole() {
    // GIVEN a member with Manage Server
    discord.member(true);

    // WHEN they add a role as a daily admin
    discord.listener.onSlash(
        discord.slash("daily", "admins", Map.of("action", "add", "role", "555")));

    // THEN the channel's settings list it, and only they see the reply, which pings nobody
    assertEquals(Set.of("555"), discord.places.settings().find(PLACE).orElseThrow().admins());
    GroupFixture.Sent shown = discord.to("hook").get(0);
    assertTrue(shown.ephemeral());
    assertTrue(text(shown.data()).contains("Channel settings updated"), text(shown.data()));
    assertTrue(text(shown.data()).contains("<@&555>"), text(shown.data()));
    assertEquals(0, shown.data().getAllowedMentions().size());
    assertTrue(shown.data().getMentionedRoles().isEmpty());
  }

  @Test
  void givenAMemberWithAConfiguredAdminRole_whenAddingAnotherRole_thenRefusedAndUnchanged() {
    // GIVEN role 555 is a configured admin, held by a member without Manage Server
    discord.places.settings().save(new PlaceSettings(PLACE, Set.of("555"), null));
    discord.member(false, 555L);

    // WHEN they try to add role 777
    discord.listener.onSlash(
        discord.slash("daily", "admins", Map.of("action", "add", "role", "777")));

    // THEN an ephemeral refusal says configured admins cannot add more; the list is unchanged
    GroupFixture.Sent refusal = discord.to("hook").get(0);
    assertTrue(refusal.ephemeral());
    assertTrue(text(refusal.data()).contains("cannot add or remove others"), text(refusal.data()));
    assertEquals(Set.of("555"), discord.places.settings().find(PLACE).orElseThrow().admins());
  }

  @Test
  void givenAConfiguredAdmin_whenDailyZone_thenTheChannelZoneIsSetAndTheLeaderboardUsesIt() {
    discord.places.settings().save(new PlaceSettings(PLACE, Set.of("555"), null));
    discord.member(false, 555L);

    discord.listener.onSlash(discord.slash("daily", "zone", Map.of("zone", "Asia/Tokyo")));

    PlaceSettings saved = discord.places.settings().find(PLACE).orElseThrow();
    assertEquals(ZoneId.of("Asia/Tokyo"), saved.zone());
    assertEquals(Set.of("555"), saved.admins());
    assertTrue(text(discord.to("hook").get(0).data()).contains("Asia/Tokyo"));
    // AND the board asked in that channel counts its weeks in that zone
    discord.listener.onSlash(discord.slash("leaderboard", null, Map.of()));
    String footer = discord.to("hook").get(1).data().getEmbeds().get(0).getFooter().getText();
    assertTrue(footer.contains("Weeks start on Monday in Asia/Tokyo"), footer);
  }

  @Test
  void givenAnyMember_whenDailyAdminsOrZoneWithoutChanges_thenShownButChangesAreRefused() {
    discord.places.settings().save(new PlaceSettings(PLACE, Set.of("555"), null));
    discord.member(false);

    discord.listener.onSlash(discord.slash("daily", "admins", Map.of()));
    discord.listener.onSlash(discord.slash("daily", "zone", Map.of("zone", "Asia/Tokyo")));

    assertTrue(text(discord.to("hook").get(0).data()).contains("<@&555>"));
    String refusal = text(discord.to("hook").get(1).data());
    assertTrue(refusal.contains("Only admins") && refusal.contains("/daily zone"), refusal);
    assertEquals(null, discord.places.settings().find(PLACE).orElseThrow().zone());
  }

  // ---- answering a daily question ----

  @Test
  void givenTheAnswerButton_whenPressed_thenAnAnswerFormForThatPostOpens() {
    ButtonInteraction answer =
        discord.button(
            DailyComponentId.button(
                DailyComponentId.Action.ANSWER, Level.SENIOR, TestBank.WALKTHROUGH_ID));

    discord.listener.onButton(answer);

    ArgumentCaptor<Modal> modal = ArgumentCaptor.forClass(Modal.class);
    verify(answer).replyModal(modal.capture());
    verify(answer, never()).deferReply(Mockito.anyBoolean());
    DailyComponentId id = DailyComponentId.parse(modal.getValue().getId()).orElseThrow();
    assertEquals(DailyComponentId.Action.MODAL, id.action());
    assertEquals(POST, id.postId());
    assertEquals(Level.SENIOR, id.level());
    TextInput input = (TextInput) ((Label) modal.getValue().getComponents().get(0)).getChild();
    assertEquals(4000, input.getMaxLength());
  }

  @Test
  void givenAnAnswerInTheForm_whenSubmitted_thenFullFeedbackPrivatelyAndOnlyTheBandInTheThread() {
    // GIVEN an answer with a "we" the scorer flags
    String answer = "We had an outage. I traced it and cut errors by 40% in 2 days.";
    String modalId =
        DailyComponentId.button(DailyComponentId.Action.ANSWER, Level.SDE2, TestBank.WALKTHROUGH_ID)
            .modalFor(POST)
            .format();

    // WHEN the form is submitted
    discord.listener.onModal(discord.modal(modalId, answer));

    // THEN the member alone sees the full breakdown, findings included
    GroupFixture.Sent feedback = discord.to("hook").get(0);
    assertTrue(feedback.ephemeral());
    assertEquals("Your answer · breakdown", feedback.data().getEmbeds().get(0).getTitle());
    assertTrue(text(feedback.data()).contains("we_language"));
    // AND the thread gets one kind note with their name and band, never findings or the answer
    List<GroupFixture.Sent> inThread = discord.to("thread");
    assertEquals(1, inThread.size());
    String note = inThread.get(0).data().getContent();
    assertTrue(note.contains("Ana B.") && note.contains("Solid"), note);
    assertFalse(note.contains("we_language") || note.contains("Say what you did"), note);
    assertFalse(note.contains("outage"), note);
    assertTrue(inThread.get(0).data().getAllowedMentions().isEmpty());
    // AND the answer counts for the channel's place, under the server's prefix
    List<ScoredAnswer> kept =
        discord.stores.answersOf(new PersonId("discord", Long.toUnsignedString(USER)));
    assertEquals(1, kept.size());
    assertEquals(Places.channel(GUILD, CHANNEL), kept.get(0).key().place());
  }

  @Test
  void givenAnEmptyAnswer_whenSubmitted_thenOnlyThePersonIsToldAndTheThreadStaysQuiet() {
    String modalId =
        DailyComponentId.button(DailyComponentId.Action.ANSWER, Level.SDE2, TestBank.WALKTHROUGH_ID)
            .modalFor(POST)
            .format();

    discord.listener.onModal(discord.modal(modalId, "   "));

    assertTrue(discord.to("hook").get(0).ephemeral());
    assertTrue(discord.to("thread").isEmpty());
  }

  @Test
  void givenPractisePrivately_whenPressed_thenAMockPracticeOfThatQuestionOpensForTheClicker() {
    // GIVEN a channel where a private thread can be opened
    ThreadChannelAction action = Mockito.mock(ThreadChannelAction.class);
    ThreadChannel practiceThread = Mockito.mock(ThreadChannel.class);
    Mockito.when(discord.text.createThreadChannel(Mockito.anyString(), Mockito.eq(true)))
        .thenReturn(action);
    Mockito.when(action.setInvitable(false)).thenReturn(action);
    Mockito.when(action.complete()).thenReturn(practiceThread);
    Mockito.when(practiceThread.addThreadMemberById(USER)).thenReturn(Mockito.mock());
    Mockito.when(practiceThread.sendMessage(any(MessageCreateData.class)))
        .thenReturn(Mockito.mock());
    ButtonInteraction practise =
        discord.button(
            DailyComponentId.button(
                DailyComponentId.Action.PRACTICE, Level.SENIOR, TestBank.WALKTHROUGH_ID));

    // WHEN pressed
    discord.listener.onButton(practise);

    // THEN it was acknowledged ephemerally and a senior mock practice of the question is open
    verify(practise).deferReply(true);
    var session = discord.stores.findOpen(Places.key(Places.guild(GUILD), USER)).orElseThrow();
    assertEquals(SessionMode.MOCK, session.mode());
    assertEquals(TestBank.WALKTHROUGH_ID, session.questionId());
    assertEquals(Level.SENIOR, session.level());
  }

  // ---- /stats and /leaderboard ----

  @Test
  void givenADailyAnswer_whenStatsIsUsed_thenAnEphemeralEmbedWithTheTrendChartAttached() {
    answerToday("I fixed the cache in 2 days and cut errors by 40%.");

    discord.listener.onSlash(discord.slash("stats", null, Map.of()));

    GroupFixture.Sent stats = discord.to("hook").get(discord.to("hook").size() - 1);
    assertTrue(stats.ephemeral());
    assertEquals("trend.png", stats.data().getFiles().get(0).getName());
    assertEquals("attachment://trend.png", stats.data().getEmbeds().get(0).getImage().getUrl());
    assertTrue(text(stats.data()).contains("**1** session"), text(stats.data()));
  }

  @Test
  void givenADailyAnswer_whenTheChannelBoardIsAsked_thenTheMemberIsOnItWithoutAPing() {
    answerToday("I fixed the cache in 2 days and cut errors by 40%.");

    discord.listener.onSlash(discord.slash("leaderboard", null, Map.of("scope", "channel")));

    GroupFixture.Sent board = discord.to("hook").get(discord.to("hook").size() - 1);
    String text = text(board.data());
    assertTrue(text.contains("<@" + USER + "> · **18** pts · 1 day · best 80"), text);
    assertTrue(text.contains("week of Mon 2 Mar 2026"), text);
    assertTrue(board.data().getAllowedMentions().isEmpty());
  }

  @Test
  void givenWeeksAgoPastAYear_whenLeaderboardIsUsed_thenAnImmediateEphemeralErrorWithCoresLimit() {
    // GIVEN weeks_ago one past the year core allows
    SlashCommandInteraction board = discord.slash("leaderboard", null, Map.of("weeks_ago", "53"));

    // WHEN used
    discord.listener.onSlash(board);

    // THEN it is answered at once, privately, naming the option and the limit
    verify(board, never()).deferReply(Mockito.anyBoolean());
    ArgumentCaptor<MessageCreateData> data = ArgumentCaptor.forClass(MessageCreateData.class);
    verify(board).reply(data.capture());
    String text = text(data.getValue());
    assertTrue(text.contains("weeks_ago") && text.contains("0 (this week) to 52"), text);
  }

  @Test
  void givenWeeksAgoAYearBack_whenLeaderboardIsUsed_thenThatWeeksBoardIsShown() {
    SlashCommandInteraction board = discord.slash("leaderboard", null, Map.of("weeks_ago", "52"));

    discord.listener.onSlash(board);

    verify(board).deferReply(false);
    GroupFixture.Sent shown = discord.to("hook").get(0);
    assertFalse(shown.ephemeral());
    String text = text(shown.data());
    assertTrue(text.contains("Server leaderboard · week of Mon 3 Mar 2025"), text);
    assertTrue(text.contains("52 weeks ago"), text);
  }

  @Test
  void
      givenAChannelZoneAndASchedule_whenStatsIsUsed_thenTheStreakCountsInTheChannelZoneOnItsDays() {
    // GIVEN an answer, a channel zone (Tokyo) and a schedule elsewhere (Berlin, Mon and Wed)
    answerToday("I fixed the cache in 2 days and cut errors by 40%.");
    discord.places.settings().save(new PlaceSettings(PLACE, Set.of(), ZoneId.of("Asia/Tokyo")));
    discord.places.save(
        new DailySchedule(
            PLACE,
            LocalTime.of(9, 0),
            ZoneId.of("Europe/Berlin"),
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
            null,
            null,
            Level.SDE2,
            true));

    // WHEN the member asks for their stats in the channel
    discord.listener.onSlash(discord.slash("stats", null, Map.of()));

    // THEN the channel's own zone wins over the schedule's, and the schedule's days count
    String streak = lastHookText();
    assertTrue(streak.contains("days in Asia/Tokyo, Mon, Wed"), streak);
  }

  @Test
  void givenOnlyASchedule_whenStatsIsUsed_thenTheStreakCountsInTheSchedulesZone() {
    answerToday("I fixed the cache in 2 days and cut errors by 40%.");
    discord.places.save(
        DailySchedule.workdays(PLACE, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"), Level.SDE2));

    discord.listener.onSlash(discord.slash("stats", null, Map.of()));

    String streak = lastHookText();
    assertTrue(streak.contains("days in Europe/Berlin, Mon–Fri"), streak);
  }

  @Test
  void givenAChannelWithNothingSet_whenStatsIsUsed_thenTheStreakCountsInUtcOnWeekdays() {
    answerToday("I fixed the cache in 2 days and cut errors by 40%.");

    discord.listener.onSlash(discord.slash("stats", null, Map.of()));

    String streak = lastHookText();
    assertTrue(streak.contains("days in Z, Mon–Fri"), streak);
  }

  @Test
  void givenTheDatabaseIsDown_whenStatsOrLeaderboard_thenTheEngineSaysSoAndOnlyThePersonSeesIt() {
    // GIVEN the practice database cannot be reached
    discord.stores.setOffline(true);

    // WHEN the member asks for their stats and the board
    discord.listener.onSlash(discord.slash("stats", null, Map.of()));
    discord.listener.onSlash(discord.slash("leaderboard", null, Map.of()));

    // THEN each gets the engine's storage notice, ephemerally
    List<GroupFixture.Sent> told = discord.to("hook");
    assertEquals(2, told.size());
    for (GroupFixture.Sent sent : told) {
      assertTrue(sent.ephemeral());
      assertTrue(text(sent.data()).contains("cannot be reached"), text(sent.data()));
    }
  }

  private String lastHookText() {
    List<GroupFixture.Sent> hook = discord.to("hook");
    return text(hook.get(hook.size() - 1).data());
  }

  private void answerToday(String text) {
    String modalId =
        DailyComponentId.button(DailyComponentId.Action.ANSWER, Level.SDE2, TestBank.WALKTHROUGH_ID)
            .modalFor(POST)
            .format();
    discord.listener.onModal(discord.modal(modalId, text));
  }
}
