package dev.starcoach.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.EngineSettings;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.inbox.InboundEvent;
import dev.starcoach.core.inbox.ProcessLocalInbox;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.core.testing.TestPlaces;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Settings, text escaping, the /star grammar and plain-message parsing. */
class SmallPartsTest {

  @Test
  void settingsComeFromTheEnvironmentAndHideTheSecrets() {
    Optional<SlackSettings> none = SlackSettings.fromEnvironment(Map.of());
    assertTrue(none.isEmpty(), "no bot token: Slack is off");

    SlackSettings s =
        SlackSettings.fromEnvironment(
                Map.of(
                    "SLACK_BOT_TOKEN", "xoxb-secret-1",
                    "SLACK_SIGNING_SECRET", "signing-secret-2",
                    "SLACK_API_URL", "http://127.0.0.1:9999/api"))
            .orElseThrow();
    assertEquals(SlackSettings.DEFAULT_PORT, s.port());
    assertFalse(s.socketMode());
    assertEquals("http://127.0.0.1:9999/api/", s.apiUrl());
    assertFalse(s.toString().contains("xoxb-secret-1"), s.toString());
    assertFalse(s.toString().contains("signing-secret-2"), s.toString());

    SlackSettings socket =
        SlackSettings.fromEnvironment(
                Map.of(
                    "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1", "SLACK_PORT", "8080"))
            .orElseThrow();
    assertTrue(socket.socketMode());
    assertEquals(8080, socket.port());
    assertFalse(socket.toString().contains("xapp-1"));
  }

  @Test
  void aBadPortNamesTheVariable() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SlackSettings.fromEnvironment(
                    Map.of("SLACK_BOT_TOKEN", "x", "SLACK_PORT", "http")));
    assertTrue(e.getMessage().startsWith("SLACK_PORT"), e.getMessage());
  }

  @Test
  void escapingCoversTheThreeCharactersSlackParses() {
    assertEquals("&lt;!here&gt; &amp;lt; a*b", SlackText.escape("<!here> &lt; a*b"));
    assertEquals("<@U1> & >", SlackText.unescapeIncoming("&lt;@U1&gt; &amp; &gt;"));
    assertEquals("", SlackText.escape(null));
    assertEquals("abc…", SlackText.truncate("abcdef", 4));
    assertEquals("1 min 05 s", SlackText.duration(65_000));
  }

  @Test
  void slashTextUsesTheSharedGrammar() {
    SlashRequest practice = SlashRequest.parse("practice mock ownership --level senior");
    CoachEvent.StartPractice start =
        assertInstanceOf(
            CoachEvent.StartPractice.class,
            assertInstanceOf(SlashRequest.ToEngine.class, practice).event());
    assertEquals(SessionMode.MOCK, start.mode());
    assertEquals("ownership", start.selector());
    assertEquals(Level.SENIOR, start.level());

    assertEquals(new SlashRequest.Stats(), SlashRequest.parse("stats"));
    assertEquals(
        new SlashRequest.Board("workspace 2"), SlashRequest.parse("Leaderboard workspace 2"));
    assertEquals(new SlashRequest.Board(""), SlashRequest.parse("leaderboard"));
    assertEquals(
        new SlashRequest.Daily("set 09:00 Europe/Berlin"),
        SlashRequest.parse("daily set 09:00 Europe/Berlin"));
    assertEquals(
        new SlashRequest.ToEngine(new CoachEvent.ChangeTimeZone("Europe/Berlin")),
        SlashRequest.parse("timezone Europe/Berlin"));
    assertEquals(new SlashRequest.ShowHelp("dance"), SlashRequest.parse("dance"));
    assertEquals(new SlashRequest.ShowHelp(null), SlashRequest.parse(""));
    assertEquals(new SlashRequest.ShowHelp(null), SlashRequest.parse("quit"));
    assertInstanceOf(SlashRequest.Invalid.class, SlashRequest.parse("level wizard"));
  }

  @Test
  void aPlainMessageGoesToTheEngineAsTypedWithoutSlacksOwnPrefix() {
    // GIVEN lines as members type them, WHEN read, THEN only "star " is taken off
    assertEquals(
        new CoachEvent.TypedLine("I fixed the cache"), SlackCoach.textEvent("I fixed the cache"));
    assertEquals(new CoachEvent.TypedLine("quiz"), SlackCoach.textEvent("star quiz"));
    assertEquals(new CoachEvent.TypedLine("hint"), SlackCoach.textEvent("  Star hint "));
    assertEquals(new CoachEvent.TypedLine("/skip"), SlackCoach.textEvent("/skip"));
    assertEquals(new CoachEvent.TypedLine(""), SlackCoach.textEvent("star"));
    assertEquals(
        new CoachEvent.TypedLine("starfish are stars"), SlackCoach.textEvent("starfish are stars"));
  }

  @Test
  void theEngineDecidesAnswerOrCommandForSlackLines() {
    // GIVEN an engine with a drill open
    InMemoryStores stores = new InMemoryStores();
    CoachEngine engine =
        new CoachEngine(
            TestBank.load(),
            new FakeScorer(),
            stores.bundle(),
            new TestPlaces(stores, SteppingClock.monday9am()).services(),
            SteppingClock.monday9am(),
            new Random(7),
            EngineSettings.defaults(),
            new InMemoryReminders(stores));
    SessionKey key = SessionKey.of("slack", "team:T", "U1");
    assertTrue(engine.handle(key, SlackCoach.textEvent("star practice drill")).started());

    // WHEN bare words and a sentence are typed, THEN the words steer and the sentence answers
    assertInstanceOf(
        CoachReply.Hint.class, engine.handle(key, SlackCoach.textEvent("Hint")).replies().get(0));
    assertInstanceOf(
        CoachReply.Help.class, engine.handle(key, SlackCoach.textEvent("help")).replies().get(0));
    Outcome answered = engine.handle(key, SlackCoach.textEvent("I fixed the cache"));
    assertInstanceOf(CoachReply.AnswerFeedback.class, answered.replies().get(0));
    assertEquals(1, answered.open().orElseThrow().position());
    Outcome stopped = engine.handle(key, SlackCoach.textEvent("stop"));
    assertFalse(stopped.practiceOpen());

    // AND with nothing open, a sentence is refused as an answer while a command runs
    assertEquals(
        Optional.of(CoachReply.ErrorCode.NO_SESSION),
        engine.handle(key, SlackCoach.textEvent("hello there")).refusal());
    assertTrue(
        engine.handle(key, SlackCoach.textEvent("star quiz " + TestBank.WALKTHROUGH_ID)).started());
  }

  @Test
  void aDestinationRoundTripsThroughModalMetadata() {
    assertEquals(
        new Destination("D1", null), Destination.decode(new Destination("D1", null).encode()));
    assertEquals(new Destination("C1", "17.5"), Destination.decode("C1|17.5"));
    assertNull(Destination.decode(""));
    assertTrue(new Destination("D1", null).direct());
    assertFalse(new Destination("C1", "1").direct());
  }

  @Test
  void retriedEventIdsAreSeenOnceByTheProcessInbox() {
    ProcessLocalInbox inbox = new ProcessLocalInbox();
    java.time.Instant t = java.time.Instant.EPOCH;
    assertTrue(inbox.accept(new InboundEvent("slack", "Ev1", "http", "{}", t), "i"));
    assertFalse(inbox.accept(new InboundEvent("slack", "Ev1", "http", "{}", t), "i"));
    assertTrue(inbox.accept(new InboundEvent("slack", "Ev2", "http", "{}", t), "i"));
  }

  @Test
  void untrustedTextIsEscapedAndCutForTheLog() {
    // GIVEN a body that tries to forge a log line, and a very long one
    String forged = "x\n2026-01-01 INFO forged\r\u2028";
    String huge = "a".repeat(5_000_000);

    // WHEN they are made safe for the log
    String safeForged = SafeLog.of(forged);
    String safeHuge = SafeLog.of(huge);

    // THEN no line break survives (each is spelled out) and the long one is cut, saying by how much
    assertEquals("x\\u000a2026-01-01 INFO forged\\u000d\\u2028", safeForged);
    assertEquals("a".repeat(SafeLog.MAX_CHARS) + "...(4999800 more chars)", safeHuge);
  }
}
