package dev.starcoach.core.daily;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.daily.DailyAdmin.Authority;
import dev.starcoach.core.daily.DailyAdmin.Result;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.core.testing.InMemoryPlaces;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code daily admins} and {@code daily zone}: parsing, who may do what, and what is saved. */
class DailyAdminPlaceTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private final PlaceId place = new PlaceId("discord", "G1", "C1");
  private final InMemoryPlaces places = new InMemoryPlaces();
  private final SteppingClock clock = SteppingClock.monday9am();
  private final DailyQuestionService service =
      new DailyQuestionService(
          TestBank.load(), places, post -> {}, clock, "t", Duration.ofHours(2));
  private final DailyAdmin admin = new DailyAdmin(places, service, places.settings(), clock);

  // ---- parsing ----

  @Test
  void givenAdminsAndZoneCommands_whenParsed_thenTheRequestsCarryActionIdAndZone() {
    assertEquals(
        new DailyRequest.Admins(DailyRequest.AdminAction.ADD, "123"),
        DailyRequest.parse("admins add 123"));
    assertEquals(
        new DailyRequest.Admins(DailyRequest.AdminAction.REMOVE, "<@U1|ana>"),
        DailyRequest.parse("ADMINS remove <@U1|ana>"));
    assertEquals(
        new DailyRequest.Admins(DailyRequest.AdminAction.LIST, null), DailyRequest.parse("admins"));
    assertEquals(
        new DailyRequest.Admins(DailyRequest.AdminAction.LIST, null),
        DailyRequest.parse("admins list"));
    assertEquals(new DailyRequest.Zone(BERLIN), DailyRequest.parse("zone Europe/Berlin"));
    assertEquals(new DailyRequest.Zone(null), DailyRequest.parse("zone"));
  }

  @Test
  void givenBadAdminsOrZoneArguments_whenParsed_thenInvalidSaysWhatIsWrongAndHow() {
    String noId = ((DailyRequest.Invalid) DailyRequest.parse("admins add")).message();
    assertTrue(noId.contains("needs who") && noId.contains("daily admins add"), noId);
    String badVerb = ((DailyRequest.Invalid) DailyRequest.parse("admins promote 1")).message();
    assertTrue(badVerb.contains("promote") && badVerb.contains("daily admins add ID"), badVerb);
    String badZone = ((DailyRequest.Invalid) DailyRequest.parse("zone Mars/Base")).message();
    assertTrue(badZone.contains("'Mars/Base'") && badZone.contains("IANA"), badZone);
    String twoWords = ((DailyRequest.Invalid) DailyRequest.parse("zone New York")).message();
    assertTrue(twoWords.contains("New York"), twoWords);
  }

  // ---- admins ----

  @Test
  void givenAPlatformAdmin_whenAddingAndRemovingAdmins_thenTheListIsSavedAndShown() {
    // WHEN a platform admin adds two ids
    admin.apply(place, Authority.PLATFORM_ADMIN, DailyRequest.parse("admins add 555"));
    Result added = admin.apply(place, Authority.PLATFORM_ADMIN, DailyRequest.parse("admins add 7"));

    // THEN both are saved and the result says it changed
    Result.PlaceShown shown = (Result.PlaceShown) added;
    assertTrue(shown.changed());
    assertEquals(Set.of("555", "7"), shown.settings().admins());
    assertEquals(Set.of("555", "7"), places.settings().find(place).orElseThrow().admins());

    // WHEN one is removed
    Result removed =
        admin.apply(place, Authority.PLATFORM_ADMIN, DailyRequest.parse("admins remove 555"));

    // THEN only the other is left
    assertEquals(Set.of("7"), ((Result.PlaceShown) removed).settings().admins());
    assertEquals(Set.of("7"), places.settings().find(place).orElseThrow().admins());
  }

  @Test
  void givenAnIdAlreadyListed_whenAddedAgain_thenNothingChanges() {
    admin.apply(place, Authority.PLATFORM_ADMIN, DailyRequest.parse("admins add 555"));

    Result again =
        admin.apply(place, Authority.PLATFORM_ADMIN, DailyRequest.parse("admins add 555"));

    assertFalse(((Result.PlaceShown) again).changed());
    assertEquals(Set.of("555"), places.settings().find(place).orElseThrow().admins());
  }

  @Test
  void givenAnIdNotListed_whenRemoved_thenRefusedNamingIt() {
    Result refused =
        admin.apply(place, Authority.PLATFORM_ADMIN, DailyRequest.parse("admins remove 999"));

    String message = ((Result.Refused) refused).message();
    assertTrue(message.contains("999") && message.contains("not on this channel's admin list"));
  }

  @Test
  void givenAConfiguredAdmin_whenAddingAnother_thenRefusedBecauseOnlyPlatformAdminsMay() {
    // GIVEN role 555 is a configured admin of the place
    places.settings().save(new PlaceSettings(place, Set.of("555"), BERLIN));

    // WHEN someone with only that role tries to add another admin
    Result refused =
        admin.apply(place, Authority.PLACE_ADMIN, DailyRequest.parse("admins add 777"));

    // THEN refused, saying configured admins cannot add more, and the list is unchanged
    String message = ((Result.Refused) refused).message();
    assertTrue(message.contains("cannot add or remove others"), message);
    assertEquals(Set.of("555"), places.settings().find(place).orElseThrow().admins());
    // AND the boolean overload counts as a configured admin too
    assertInstanceOf(
        Result.Refused.class, admin.apply(place, true, DailyRequest.parse("admins remove 555")));
    assertEquals(Set.of("555"), places.settings().find(place).orElseThrow().admins());
  }

  @Test
  void givenAMember_whenListingAdmins_thenShownAndWhenAddingThenRefused() {
    places.settings().save(new PlaceSettings(place, Set.of("555"), null));

    Result listed = admin.apply(place, Authority.MEMBER, DailyRequest.parse("admins"));
    Result refused = admin.apply(place, Authority.MEMBER, DailyRequest.parse("admins add 1"));

    assertEquals(Set.of("555"), ((Result.PlaceShown) listed).settings().admins());
    assertFalse(((Result.PlaceShown) listed).changed());
    assertTrue(((Result.Refused) refused).message().startsWith("Only server managers"));
    assertEquals(Set.of("555"), places.settings().find(place).orElseThrow().admins());
  }

  // ---- zone ----

  @Test
  void givenAPlaceAdmin_whenSettingTheZone_thenSavedKeepingTheAdmins() {
    places.settings().save(new PlaceSettings(place, Set.of("555"), null));

    Result set =
        admin.apply(place, Authority.PLACE_ADMIN, DailyRequest.parse("zone Europe/Berlin"));

    Result.PlaceShown shown = (Result.PlaceShown) set;
    assertTrue(shown.changed());
    assertEquals(BERLIN, shown.effectiveZone());
    PlaceSettings saved = places.settings().find(place).orElseThrow();
    assertEquals(BERLIN, saved.zone());
    assertEquals(Set.of("555"), saved.admins());
  }

  @Test
  void givenAMember_whenShowingTheZone_thenShownAndWhenSettingItThenRefused() {
    Result shown = admin.apply(place, Authority.MEMBER, DailyRequest.parse("zone"));
    Result refused = admin.apply(place, Authority.MEMBER, DailyRequest.parse("zone Asia/Tokyo"));

    assertNull(((Result.PlaceShown) shown).effectiveZone());
    assertTrue(((Result.Refused) refused).message().contains("Only admins"));
    assertTrue(places.settings().find(place).isEmpty());
  }

  @Test
  void givenNoZoneButASchedule_whenShown_thenTheScheduleZoneIsTheEffectiveOne() {
    places.save(
        DailySchedule.workdays(place, LocalTime.of(9, 0), ZoneId.of("Asia/Tokyo"), Level.SDE2));

    Result.PlaceShown shown =
        (Result.PlaceShown) admin.apply(place, Authority.MEMBER, DailyRequest.parse("zone"));

    assertNull(shown.settings().zone());
    assertEquals(ZoneId.of("Asia/Tokyo"), shown.effectiveZone());
  }
}
