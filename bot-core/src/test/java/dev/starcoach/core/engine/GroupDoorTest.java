package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.daily.DailyAdmin.Authority;
import dev.starcoach.core.daily.DailyAdmin.Result;
import dev.starcoach.core.daily.DailyRequest;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.ScriptedDrill;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.core.testing.TestPlaces;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Daily questions, channel settings, stats and leaderboards through the engine's one door. */
class GroupDoorTest {
  private final SteppingClock clock = SteppingClock.monday9am();
  private final InMemoryStores stores = new InMemoryStores();
  private final TestPlaces places = new TestPlaces(stores, clock);
  private final CoachEngine engine =
      new CoachEngine(
          TestBank.load(),
          new FakeScorer(),
          stores.bundle(),
          places.services(),
          clock,
          new Random(5),
          EngineSettings.defaults(),
          new InMemoryReminders(stores));
  private final SessionKey alice = SessionKey.of("test", "guild:1", "alice");
  private final PlaceId channel = new PlaceId("test", "1", "42");

  private Outcome daily(Authority who, String text) {
    return engine.handle(
        alice, new CoachEvent.DailyCommand(channel, who, DailyRequest.parse(text)));
  }

  @Test
  void anAdminSetsTheDailyQuestionAndAMemberMayOnlyLook() {
    // WHEN an admin sets a schedule and a member tries to turn it off
    Outcome set = daily(Authority.PLACE_ADMIN, "set 09:00 Europe/Berlin mon,wed");
    Outcome refused = daily(Authority.MEMBER, "off");

    // THEN the schedule is shown as changed, and the member is refused in words
    Result.Schedule schedule =
        (Result.Schedule) ((CoachReply.DailyShown) set.replies().get(0)).result();
    assertTrue(schedule.changed());
    assertEquals(ZoneId.of("Europe/Berlin"), schedule.schedule().zone());
    assertInstanceOf(
        Result.Refused.class, ((CoachReply.DailyShown) refused.replies().get(0)).result());
  }

  @Test
  void statsCountTheStreakInTheChannelsZoneAndPostingDays() {
    // GIVEN a channel posting on Monday and Wednesday in Berlin, and a finished drill
    daily(Authority.PLACE_ADMIN, "set 09:00 Europe/Berlin mon,wed");
    engine.handle(
        alice, new CoachEvent.StartPractice(SessionMode.DRILL, ScriptedDrill.QUESTION_ID, null));
    ScriptedDrill.ANSWERS.forEach(a -> engine.handle(alice, new CoachEvent.SubmitAnswer(a)));

    // WHEN alice asks for her stats in that channel
    Outcome stats = engine.handle(alice, new CoachEvent.ShowStats(Optional.of(channel)));

    // THEN the card uses the channel's zone and days, and counts her answers
    CoachReply.StatsCard card = (CoachReply.StatsCard) stats.replies().get(0);
    assertEquals(ZoneId.of("Europe/Berlin"), card.zone());
    assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), card.postingDays());
    assertEquals(1, card.stats().sessions());
  }

  @Test
  void leaderboardsGoBackAtMostAYearAndAChannelBoardNeedsTheChannel() {
    // WHEN boards are asked for this week, 53 weeks back, and for a channel with none given
    Outcome now = engine.handle(alice, new CoachEvent.ShowLeaderboard(Optional.empty(), false, 0));
    Outcome tooFar =
        engine.handle(alice, new CoachEvent.ShowLeaderboard(Optional.empty(), false, 53));
    Outcome noChannel =
        engine.handle(alice, new CoachEvent.ShowLeaderboard(Optional.empty(), true, 0));

    // THEN the first is a board, the others are refused by code; the typed grammar agrees
    assertInstanceOf(CoachReply.LeaderboardCard.class, now.replies().get(0));
    assertEquals(ErrorCode.INVALID_COMMAND, tooFar.refusal().orElseThrow());
    assertEquals(ErrorCode.INVALID_COMMAND, noChannel.refusal().orElseThrow());
    assertInstanceOf(TextCommand.Invalid.class, TextCommand.parse("leaderboard 53"));
    assertInstanceOf(TextCommand.Run.class, TextCommand.parse("leaderboard 52"));
  }
}
