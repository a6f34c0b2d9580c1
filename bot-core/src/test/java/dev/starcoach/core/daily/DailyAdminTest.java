package dev.starcoach.core.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.testing.InMemoryPlaces;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyAdminTest {
  private final PlaceId place = new PlaceId("slack", "T1", "C1");
  private final InMemoryPlaces places = new InMemoryPlaces();
  private final SteppingClock clock = SteppingClock.monday9am();
  private final List<DailyPost> posted = new ArrayList<>();
  private final DailyAdmin admin =
      new DailyAdmin(
          places,
          new DailyQuestionService(
              TestBank.load(), places, posted::add, clock, "t", Duration.ofHours(2)),
          places.settings(),
          clock);

  @Test
  void setParsesEveryPartAndShowGivesTheNextPost() {
    // WHEN an admin sets a full schedule
    DailyRequest request =
        DailyRequest.parse(
            "set 8:30 Europe/Berlin mon,wed,fri --principle dive deep --level senior --mention @prep");
    DailyAdmin.Result result = admin.apply(place, true, request);

    // THEN it is saved as written and the next post is Wednesday 08:30 Berlin
    DailyAdmin.Result.Schedule shown = (DailyAdmin.Result.Schedule) result;
    assertEquals(LocalTime.of(8, 30), shown.schedule().time());
    assertEquals(ZoneId.of("Europe/Berlin"), shown.schedule().zone());
    assertEquals(
        EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
        shown.schedule().weekdays());
    assertEquals(Principle.DIVE_DEEP, shown.schedule().principle());
    assertEquals(Level.SENIOR, shown.schedule().level());
    assertEquals("@prep", shown.schedule().mention());
    assertEquals(DayOfWeek.WEDNESDAY, shown.next().getDayOfWeek());
    assertTrue(shown.changed());
  }

  @Test
  void nonAdminsMayLookButNotChangeAndBadInputSaysWhatIsWrong() {
    admin.apply(place, true, DailyRequest.parse("set 09:00 UTC"));

    assertInstanceOf(
        DailyAdmin.Result.Schedule.class, admin.apply(place, false, new DailyRequest.Show()));
    DailyAdmin.Result refused = admin.apply(place, false, new DailyRequest.Off());
    assertTrue(((DailyAdmin.Result.Refused) refused).message().contains("Only admins"));
    assertTrue(places.find(place).orElseThrow().enabled());

    assertTrue(
        ((DailyRequest.Invalid) DailyRequest.parse("set 25:00 UTC")).message().contains("25:00"));
    assertTrue(
        ((DailyRequest.Invalid) DailyRequest.parse("set 09:00 Mars/Base"))
            .message()
            .contains("Mars/Base"));
    assertTrue(
        ((DailyRequest.Invalid) DailyRequest.parse("set 09:00 UTC weekends"))
            .message()
            .contains("weekends"));
    assertTrue(((DailyRequest.Invalid) DailyRequest.parse("launch")).message().contains("launch"));
  }

  @Test
  void offPausesAndNowPostsAtOnce() {
    admin.apply(place, true, DailyRequest.parse("set 09:00 UTC"));

    DailyAdmin.Result.Schedule paused =
        (DailyAdmin.Result.Schedule) admin.apply(place, true, DailyRequest.parse("off"));
    assertFalse(paused.schedule().enabled());
    assertTrue(places.allEnabled().isEmpty());

    DailyAdmin.Result now = admin.apply(place, true, DailyRequest.parse("now"));
    assertEquals(
        DailyQuestionService.Action.POSTED, ((DailyAdmin.Result.Posted) now).outcome().action());
    assertEquals(1, posted.size());
  }
}
