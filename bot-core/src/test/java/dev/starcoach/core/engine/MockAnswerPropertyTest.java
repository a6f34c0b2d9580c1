package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.scoring.rules.RuleScorer;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import dev.starcoach.core.testing.TestPlaces;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any full answer a person types gets its breakdown and probes: writing probes never fails. */
class MockAnswerPropertyTest {
  private static final RuleScorer SCORER = RuleScorer.withDefaults();

  @Provide
  Arbitrary<String> answers() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.of(
                "I",
                "we",
                "the",
                "team",
                "fixed",
                "40%",
                "from",
                "12",
                "to",
                "3",
                "because",
                "learned",
                "asked",
                "nobody",
                "Situation:",
                "Task:",
                "Action:",
                "Result:",
                "so",
                "and",
                "but",
                ",",
                ".",
                "-",
                "\n",
                "  ",
                "platform",
                "measured",
                "now"),
            Arbitraries.strings().ofMinLength(1).ofMaxLength(12));
    return word.list().ofMinSize(1).ofMaxSize(120).map(ws -> String.join(" ", ws));
  }

  @Property(tries = 150)
  void aMockAnswerAlwaysGetsItsBreakdown(@ForAll("answers") String answer) {
    // GIVEN a fresh mock interview
    InMemoryStores stores = new InMemoryStores();
    SteppingClock clock = SteppingClock.monday9am();
    CoachEngine engine =
        new CoachEngine(
            TestBank.load(),
            SCORER,
            stores.bundle(),
            new TestPlaces(stores, clock).services(),
            clock,
            new Random(1),
            EngineSettings.defaults(),
            new InMemoryReminders(stores));
    SessionKey key = SessionKey.of("test", "p", "prop");
    engine.handle(
        key, new CoachEvent.StartPractice(SessionMode.MOCK, TestBank.WALKTHROUGH_ID, null));

    // WHEN any text is the full answer
    Outcome outcome = engine.handle(key, new CoachEvent.SubmitAnswer(answer));

    // THEN it is refused with a reason or broken down; never an exception
    List<CoachReply> replies = outcome.replies();
    assertTrue(
        replies.stream()
            .anyMatch(
                r -> r instanceof CoachReply.MockBreakdown || r instanceof CoachReply.ErrorNotice),
        replies.toString());
  }
}
