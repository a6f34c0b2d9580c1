package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.engine.OpenPractice;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PracticeRoutesTest {

  @Test
  void givenMorePeopleThanTheCap_whenLearnt_thenTheLeastRecentlyUsedAreDropped() {
    // GIVEN routes capped at two
    PracticeRoutes routes = new PracticeRoutes(2);
    SessionKey a = key(1);
    SessionKey b = key(2);
    SessionKey c = key(3);
    routes.learn(a, open("a"));
    routes.learn(b, open("b"));
    routes.open(a);

    // WHEN a third person's practice is learnt
    routes.learn(c, open("c"));

    // THEN the least recently used (b) is gone, and the size stays at the cap
    assertEquals(2, routes.size());
    assertTrue(routes.open(b).isEmpty());
    assertEquals("a", routes.open(a).orElseThrow().sessionId());
  }

  @Test
  void givenMoreDmRedirectionsThanTheCap_whenRecorded_thenTheOldestFallBackToDms() {
    PracticeRoutes routes = new PracticeRoutes(1);

    routes.movedToDm(1, "guild:1");
    routes.movedToDm(2, "guild:2");

    assertEquals(Places.DM, routes.dmPlace(1));
    assertEquals("guild:2", routes.dmPlace(2));
  }

  @Test
  void givenAnOpenPractice_whenAnOutcomeShowsNoneOpen_thenItsRouteAndDmRedirectionGo() {
    PracticeRoutes routes = new PracticeRoutes();
    SessionKey key = Places.key("guild:7", 1);
    routes.learn(key, open("s"));
    routes.practiceIn(key, 99);
    routes.movedToDm(1, "guild:7");

    routes.learn(key, new Outcome(List.of(), false, Optional.empty(), Optional.empty()));

    assertEquals(0, routes.size());
    assertEquals(Places.DM, routes.dmPlace(1));
  }

  @Test
  void givenAChannel_whenANewSessionOpensAtTheSameKey_thenTheOldChannelIsNotReused() {
    PracticeRoutes routes = new PracticeRoutes();
    SessionKey key = Places.key("guild:7", 1);
    routes.learn(key, open("first"));
    routes.practiceIn(key, 99);

    routes.learn(key, open("second"));

    assertTrue(routes.channelOf(key).isEmpty());
  }

  private static SessionKey key(long user) {
    return Places.key("guild:7", user);
  }

  private static Outcome open(String sessionId) {
    return new Outcome(
        List.of(),
        false,
        Optional.of(
            new OpenPractice(sessionId, SessionMode.DRILL, "q", Phase.STEPS, 0, "Situation")),
        Optional.empty());
  }
}
