package dev.starcoach.core.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.testing.InMemoryPlaces;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DailyQuestionServiceTest {
  private static final PlaceId CHANNEL = new PlaceId("discord", "guild-1", "chan-1");

  private static DailySchedule nineAm(String zone) {
    return DailySchedule.workdays(CHANNEL, LocalTime.of(9, 0), ZoneId.of(zone), Level.SDE2);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    // Europe moves on the last Sundays of March and October; the US on 8 March and 1 November 2026
    "Europe/Berlin, 2026-03-27, 2026-03-30",
    "Europe/Berlin, 2026-10-23, 2026-10-26",
    "America/New_York, 2026-03-06, 2026-03-09",
    "America/New_York, 2026-10-30, 2026-11-02"
  })
  void daylightSavingChangesNeitherSkipNorDoubleAPostingDay(
      String zone, LocalDate fridayBefore, LocalDate mondayAfter) {
    // GIVEN a 09:00 weekday schedule, and a clock stepping through a clock-change weekend
    DailySchedule schedule = nineAm(zone);
    Instant t = DailyPlanner.postTime(schedule, fridayBefore).toInstant().minusSeconds(60);
    Instant end = DailyPlanner.postTime(schedule, mondayAfter).toInstant().plusSeconds(60);
    List<ZonedDateTime> posts = new ArrayList<>();

    // WHEN we follow nextAfter from post to post
    while (true) {
      ZonedDateTime next = DailyPlanner.nextAfter(schedule, t);
      if (next.toInstant().isAfter(end)) {
        break;
      }
      posts.add(next);
      t = next.toInstant();
    }

    // THEN Friday and Monday each post once, both at 09:00 local time
    assertEquals(
        List.of(fridayBefore, mondayAfter),
        posts.stream().map(ZonedDateTime::toLocalDate).toList());
    posts.forEach(p -> assertEquals(LocalTime.of(9, 0), p.toLocalTime()));
  }

  @Test
  void aPostingTimeInsideTheSpringGapMovesForwardAndStillPostsOnce() {
    // GIVEN a 02:30 daily schedule in Berlin, where 29 March 2026 jumps from 02:00 to 03:00
    DailySchedule schedule =
        new DailySchedule(
            CHANNEL,
            LocalTime.of(2, 30),
            ZoneId.of("Europe/Berlin"),
            EnumSet.allOf(java.time.DayOfWeek.class),
            null,
            null,
            Level.SDE2,
            true);

    // WHEN the post time of that Sunday is computed
    ZonedDateTime at = DailyPlanner.postTime(schedule, LocalDate.of(2026, 3, 29));

    // THEN it is 03:30 local (shifted by the gap) on the same day
    assertEquals(LocalDate.of(2026, 3, 29), at.toLocalDate());
    assertEquals(LocalTime.of(3, 30), at.toLocalTime());
  }

  @Test
  void twoInstancesTickingTogetherPostOnceAndRestartsDoNotRepost() {
    // GIVEN one schedule and two instances sharing the claims, at 09:00:30 Berlin on a Monday
    InMemoryPlaces places = new InMemoryPlaces();
    places.save(nineAm("Europe/Berlin"));
    SteppingClock clock = new SteppingClock(Instant.parse("2026-03-02T08:00:30Z"));
    List<DailyPost> posted = new ArrayList<>();
    DailyQuestionService a =
        new DailyQuestionService(
            TestBank.load(), places, posted::add, clock, "a", Duration.ofHours(2));
    DailyQuestionService b =
        new DailyQuestionService(
            TestBank.load(), places, posted::add, clock, "b", Duration.ofHours(2));

    // WHEN both tick, tick again, and a restarted instance ticks
    a.tick();
    b.tick();
    a.tick();
    new DailyQuestionService(TestBank.load(), places, posted::add, clock, "a2", Duration.ofHours(2))
        .tick();

    // THEN exactly one post was made for that day
    assertEquals(1, posted.size());
    assertEquals(LocalDate.of(2026, 3, 2), posted.get(0).occurrence());

    // AND the next weekday posts once more at its own time
    clock.set(Instant.parse("2026-03-03T08:01:00Z"));
    a.tick();
    b.tick();
    assertEquals(2, posted.size());
  }

  @Test
  void aMissedPostIsCaughtUpWithinTheWindowAndSkippedBeyondIt() {
    // GIVEN the bot was down at 09:00 Berlin and comes back at 10:30 (within 2 h)
    InMemoryPlaces places = new InMemoryPlaces();
    places.save(nineAm("Europe/Berlin"));
    SteppingClock clock = new SteppingClock(Instant.parse("2026-03-02T09:30:00Z"));
    List<DailyPost> posted = new ArrayList<>();
    DailyQuestionService service =
        new DailyQuestionService(
            TestBank.load(), places, posted::add, clock, "a", Duration.ofHours(2));

    // WHEN it ticks
    List<DailyQuestionService.Outcome> outcomes = service.tick();

    // THEN the post is caught up once
    assertEquals(DailyQuestionService.Action.CAUGHT_UP, outcomes.get(0).action());
    assertTrue(posted.get(0).catchUp());

    // GIVEN next day it comes back at 14:00 (5 h late)
    clock.set(Instant.parse("2026-03-03T13:00:00Z"));
    List<DailyQuestionService.Outcome> late = service.tick();

    // THEN that day is skipped, claimed as skipped, and never posted later
    assertEquals(DailyQuestionService.Action.SKIPPED_TOO_LATE, late.get(0).action());
    clock.advance(Duration.ofMinutes(30));
    assertTrue(service.tick().isEmpty());
    assertEquals(1, posted.size());
  }

  @Test
  void theRotationVisitsEveryPrincipleAndAFilterSticksToOne() {
    // GIVEN a weekday rotation
    DailySchedule rotation = nineAm("UTC");
    Set<Principle> seen = new HashSet<>();
    LocalDate day = LocalDate.of(2026, 3, 2);

    // WHEN 16 posting days pass
    int postingDays = 0;
    while (postingDays < 16) {
      if (rotation.postsOn(day.getDayOfWeek())) {
        seen.add(DailyPlanner.principleFor(rotation, day));
        postingDays++;
      }
      day = day.plusDays(1);
    }

    // THEN all 16 principles came up; a filtered schedule always uses its principle
    assertEquals(16, seen.size());
    DailySchedule dive =
        new DailySchedule(
            CHANNEL,
            LocalTime.NOON,
            ZoneId.of("UTC"),
            null,
            null,
            Principle.DIVE_DEEP,
            Level.SDE1,
            true);
    assertEquals(Principle.DIVE_DEEP, DailyPlanner.principleFor(dive, day));
  }

  @Test
  void aNewScheduleDoesNotReportSlotsFromBeforeItExistedAsMissed() {
    // GIVEN a weekday schedule created on a Sunday
    InMemoryPlaces places = new InMemoryPlaces();
    places.save(nineAm("Europe/Berlin"));
    SteppingClock clock = new SteppingClock(Instant.parse("2026-03-08T12:00:00Z"));
    List<DailyPost> posted = new ArrayList<>();
    DailyQuestionService service =
        new DailyQuestionService(
            TestBank.load(), places, posted::add, clock, "a", Duration.ofHours(2));

    // WHEN it ticks on Sunday, then on Monday at 09:00
    List<DailyQuestionService.Outcome> sunday = service.tick();
    clock.set(Instant.parse("2026-03-09T08:00:10Z"));
    service.tick();

    // THEN Friday is neither posted nor claimed as skipped, and Monday posts
    assertTrue(sunday.isEmpty());
    assertEquals(1, places.claims().size());
    assertEquals(LocalDate.of(2026, 3, 9), posted.get(0).occurrence());
  }

  @Test
  void aProcessOnlyClaimsPostsForPlacesItServesAndFailuresKeepTheirReason() {
    // GIVEN two schedules, one on a guild this process does not serve
    InMemoryPlaces places = new InMemoryPlaces();
    PlaceId other = new PlaceId("discord", "guild-2", "chan-9");
    places.save(nineAm("UTC"));
    places.save(DailySchedule.workdays(other, LocalTime.of(9, 0), ZoneId.of("UTC"), Level.SDE2));
    SteppingClock clock = new SteppingClock(Instant.parse("2026-03-02T09:00:05Z"));
    DailyQuestionService service =
        new DailyQuestionService(
            TestBank.load(),
            places,
            post -> {
              throw new DailyPostRefused("missing permission: Create Public Threads");
            },
            clock,
            "a",
            Duration.ofHours(2),
            place -> place.equals(CHANNEL));

    // WHEN it ticks
    List<DailyQuestionService.Outcome> outcomes = service.tick();

    // THEN only the served place was claimed, and its failure carries the platform's reason
    assertEquals(1, outcomes.size());
    assertEquals(DailyQuestionService.Action.FAILED, outcomes.get(0).action());
    assertTrue(outcomes.get(0).detail().contains("Create Public Threads"));
    assertEquals(List.of(CHANNEL), places.claims().stream().map(c -> c.place()).toList());
  }
}
