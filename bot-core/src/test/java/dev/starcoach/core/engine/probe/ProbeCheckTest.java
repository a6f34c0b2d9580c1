package dev.starcoach.core.engine.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.scoring.rules.RuleScorer;
import dev.starcoach.core.session.AskedProbe;
import org.junit.jupiter.api.Test;

/** Probe answers are judged against the probe they answer (scores from the current RuleScorer). */
class ProbeCheckTest {
  private static final String FULL =
      "Last spring our notification service mangled accented customer names in e-mails. I"
          + " reproduced the bug locally with a name containing an umlaut, traced it to a template"
          + " library that assumed plain ASCII, and I wrote a fix that set the character set on"
          + " every message. Complaints went down and the fix shipped within a week.";

  private static final AskedProbe MEASURE =
      new AskedProbe(
          "When you say \"Complaints went down\", how would I check that? Give me the before, the"
              + " after and the source.",
          Step.RESULT,
          "measure",
          "Complaints went down");

  private static final AskedProbe FOLLOW =
      new AskedProbe(
          "Once \"The platform team fixed the mail gateway\" happened, how did you follow it"
              + " through to the end?",
          Step.ACTION,
          "follow_through",
          "The platform team fixed the mail gateway");

  private final Scorer scorer = RuleScorer.withDefaults();

  private Assessment judged(String answer, AskedProbe probe) {
    Assessment scored =
        scorer.assess(new ScoreRequest(AnswerKind.PROBE, answer, Level.SDE2, probe.question(), 0));
    return ProbeCheck.check(scored, answer, probe, FULL);
  }

  @Test
  void givenAnAnswerThatIgnoresTheProbe_whenJudged_thenOffTopicComesFirstAndItScoresBelow40() {
    // GIVEN a measurement probe, and an answer about something else entirely
    String answer =
        "Our office moved to a new building last spring, and the canteen now serves proper"
            + " espresso on Fridays, which everyone on my floor seems to enjoy.";

    // WHEN it is judged against the probe
    Assessment a = judged(answer, MEASURE);

    // THEN off_topic is the first finding and the score stays below 40
    assertEquals(FindingCategory.OFF_TOPIC, a.findings().get(0).category());
    assertTrue(a.score() < 40, "scored " + a.score());
  }

  @Test
  void givenADirectSpecificAnswerToTheSameProbe_whenJudged_thenItScoresAtLeast70() {
    // GIVEN a direct answer: the before, the after and where the numbers came from
    String answer =
        "Complaints tagged as garbled names fell from about 30 a week to 2 a week within a month"
            + " of the fix. I measured it myself from the ticket tags on the support dashboard, and"
            + " I checked the two that remained: both came from an old mobile client.";

    // WHEN it is judged against the probe
    Assessment a = judged(answer, MEASURE);

    // THEN it is not off topic and scores at least 70
    assertTrue(a.findings().stream().noneMatch(f -> f.category() == FindingCategory.OFF_TOPIC));
    assertTrue(a.score() >= 70, "scored " + a.score() + " " + a.findings());
  }

  @Test
  void givenADirectAnswerToAFollowThroughProbe_whenJudged_thenItScoresAtLeast70() {
    // GIVEN what the person did after the other team's fix
    String answer =
        "After the gateway fix I wrote a test that sends a mail with accented names through the"
            + " gateway, added it to our release checks, and I checked the complaint queue myself"
            + " every morning for two weeks until it stayed at zero.";

    // WHEN it is judged against the probe
    Assessment a = judged(answer, FOLLOW);

    // THEN it scores at least 70 with no off_topic finding
    assertTrue(a.findings().stream().noneMatch(f -> f.category() == FindingCategory.OFF_TOPIC));
    assertTrue(a.score() >= 70, "scored " + a.score() + " " + a.findings());
  }

  @Test
  void givenTheFullAnswerRepeated_whenJudged_thenItIsRecognisedAsARepeat() {
    // GIVEN the Action paragraph of the full answer, pasted again as the probe answer
    String answer =
        "I reproduced the bug locally with a name containing an umlaut, traced it to a template"
            + " library that assumed plain ASCII, and I wrote a fix that set the character set on"
            + " every message.";

    // WHEN it is judged against the follow-through probe
    Assessment a = judged(answer, FOLLOW);

    // THEN a repeat message comes first and the score is capped
    assertEquals(FindingCategory.OFF_TOPIC, a.findings().get(0).category());
    assertTrue(a.findings().get(0).message().startsWith("This repeats your full answer"));
    assertTrue(a.score() <= ProbeCheck.REPEAT_CAP, "scored " + a.score());
  }
}
