package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.engine.StoryView.LoopDebrief;
import dev.starcoach.core.engine.StoryView.LoopEvidence;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.fit.FitCell;
import dev.starcoach.core.story.fit.FitStrength;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The debrief: evidence per round, strongest and weakest, and what a Bar Raiser probes next. */
class LoopDebriefsTest {
  private static final Instant T0 = Instant.parse("2026-03-16T09:00:00Z");
  private static final SessionKey KEY = SessionKey.of("test", "room", "ada");

  private static Question question(Principle p) {
    return new Question(p.id() + "-q", p, "Tell me about a time.", List.of(), List.of(), null, "t");
  }

  private static LoopEvidence round(Principle p, Verdict verdict, int score) {
    return new LoopEvidence(
        p,
        question(p),
        new BarRaiserVerdict(verdict, score, List.of()),
        Optional.empty(),
        FitStrength.USABLE,
        List.of("x"));
  }

  private static PracticeSession mock(String fullAnswer, List<Finding> findings, boolean dodged) {
    RecordedAnswer full =
        new RecordedAnswer(
            AnswerKind.FULL,
            0,
            "Full answer",
            fullAnswer,
            70,
            100,
            150,
            1000,
            T0,
            false,
            Verdict.HIRE,
            findings,
            List.of());
    List<RecordedAnswer> answers =
        dodged
            ? List.of(full, RecordedAnswer.skipped(AnswerKind.PROBE, 0, "Why?", 0, 10, T0))
            : List.of(full);
    return new PracticeSession(
        "s1",
        KEY,
        SessionMode.MOCK,
        "q",
        Level.SDE2,
        Phase.FINISHED,
        1,
        List.of(0),
        answers,
        0,
        T0,
        T0,
        T0,
        3);
  }

  private static Story story(int n, String title, String action) {
    return new Story(
        KEY.person(),
        new StoryNumber(n),
        title,
        Map.of(Step.ACTION, action),
        List.of(),
        List.of(),
        Map.of(),
        T0,
        T0,
        Optional.empty());
  }

  @Test
  void givenAWeakestRoundBelowHire_whenDebriefed_thenTheBarRaiserProbesThatPrinciple() {
    // GIVEN three rounds, Dive Deep the weakest at Leaning No Hire, and Frugality uncovered
    List<LoopEvidence> rounds =
        List.of(
            round(Principle.OWNERSHIP, Verdict.HIRE, 74),
            round(Principle.DIVE_DEEP, Verdict.LEANING_NO_HIRE, 48),
            round(Principle.DELIVER_RESULTS, Verdict.STRONG_HIRE, 88));

    // WHEN the loop is debriefed
    LoopDebrief d = LoopDebriefs.debrief(rounds, List.of(Principle.FRUGALITY)).orElseThrow();

    // THEN the strongest is Deliver Results, the weakest Dive Deep, and Dive Deep is probed next
    assertEquals(Optional.of(2), d.strongest());
    assertEquals(Optional.of(1), d.weakest());
    assertEquals(Principle.DIVE_DEEP, d.probeNext());
    assertTrue(d.probeWhy().contains("thinnest evidence"), d.probeWhy());
    assertTrue(d.probeWhy().contains("Leaning No Hire, 48"), d.probeWhy());
  }

  @Test
  void givenEveryRoundHired_whenDebriefed_thenAnUnaskedUncoveredPrincipleIsProbed() {
    // GIVEN two hired rounds, and Ownership (asked) and Frugality (not asked) without a story
    List<LoopEvidence> rounds =
        List.of(
            round(Principle.OWNERSHIP, Verdict.HIRE, 70),
            round(Principle.THINK_BIG, Verdict.HIRE, 75));

    LoopDebrief d =
        LoopDebriefs.debrief(rounds, List.of(Principle.OWNERSHIP, Principle.FRUGALITY))
            .orElseThrow();

    // THEN the Bar Raiser goes for the principle nobody covered
    assertEquals(Principle.FRUGALITY, d.probeNext());
    assertTrue(d.probeWhy().contains("No interviewer asked about Frugality"), d.probeWhy());
  }

  @Test
  void givenEveryRoundHiredAndNothingUncovered_whenDebriefed_thenTheWeakestRoundIsProbed() {
    List<LoopEvidence> rounds =
        List.of(
            round(Principle.OWNERSHIP, Verdict.STRONG_HIRE, 90),
            round(Principle.THINK_BIG, Verdict.HIRE, 71));

    LoopDebrief d = LoopDebriefs.debrief(rounds, List.of()).orElseThrow();

    assertEquals(Principle.THINK_BIG, d.probeNext());
    assertTrue(d.probeWhy().startsWith("Every answer reached Hire"), d.probeWhy());
  }

  @Test
  void givenNoRoundAnswered_whenDebriefed_thenThereIsNoDebrief() {
    assertTrue(LoopDebriefs.debrief(List.of(), List.of(Principle.FRUGALITY)).isEmpty());
  }

  @Test
  void givenAnAnswerWithFindingsFromAStory_whenItsEvidenceIsWritten_thenItNamesBothAndTheStory() {
    // GIVEN a full answer with a metric strength and a we-language issue, and a skipped probe
    String answer =
        "I traced the garbled invoice names to a Latin-1 mail template and switched it to"
            + " UTF-8; garbled names fell from 3% to 0.";
    PracticeSession s =
        mock(
            answer,
            List.of(
                new Finding(FindingCategory.METRIC_DELTA, "Good.", "fell from 3% to 0", 12),
                new Finding(FindingCategory.WE_LANGUAGE, "Say I.", "we", -8)),
            true);
    // AND two stories, one of them this one
    List<Story> stories =
        List.of(
            story(1, "Cutting build times", "I split the build into cached stages."),
            story(
                2,
                "Garbled invoices",
                "I found the invoice template saved as Latin-1, switched it to UTF-8, and"
                    + " garbled names fell to 0."));

    // WHEN the round's evidence is written
    LoopEvidence e =
        LoopDebriefs.evidence(
            question(Principle.DIVE_DEEP),
            new BarRaiserVerdict(Verdict.HIRE, 70, List.of()),
            s,
            stories,
            cell(FitStrength.USABLE));

    // THEN it names what was shown and what held it back, the dodged probe, and the story
    assertEquals(new StoryView.StoryRef(new StoryNumber(2), "Garbled invoices"), e.story().get());
    assertTrue(
        e.evidence().contains("Showed a result as a number that moved (\"fell from 3% to 0\")."),
        e.evidence().toString());
    assertTrue(e.evidence().get(0).startsWith("Dive Deep evidence"), e.evidence().toString());
    assertTrue(e.evidence().get(2).startsWith("Held it back: \"we\""), e.evidence().toString());
    assertTrue(e.evidence().get(3).startsWith("Skipped 1 follow-up probe"));
  }

  @Test
  void givenAnAnswerSharingFewWordsWithAnyStory_whenItsEvidenceIsWritten_thenNoStoryIsNamed() {
    PracticeSession s =
        mock("I negotiated a cheaper contract for our build machines.", List.of(), false);
    List<Story> stories = List.of(story(1, "Garbled invoices", "I fixed a Latin-1 template."));

    LoopEvidence e =
        LoopDebriefs.evidence(
            question(Principle.FRUGALITY),
            new BarRaiserVerdict(Verdict.HIRE, 70, List.of()),
            s,
            stories,
            cell(FitStrength.USABLE));

    assertTrue(e.story().isEmpty());
    assertEquals(
        "The answer gave the interviewer nothing else to point to, either way.",
        e.evidence().get(1));
  }

  @Test
  void
      givenAWellToldAnswerThatShowsAnotherPrinciple_whenDebriefed_thenItIsTheWeakestAndProbedNext() {
    // GIVEN a Hire at 80 that showed nothing of its principle, and a Hire at 65 that showed its own
    LoopEvidence offPrinciple =
        new LoopEvidence(
            Principle.HIRE_AND_DEVELOP_THE_BEST,
            question(Principle.HIRE_AND_DEVELOP_THE_BEST),
            new BarRaiserVerdict(Verdict.HIRE, 80, List.of()),
            Optional.empty(),
            FitStrength.ABSENT,
            List.of(
                LoopDebriefs.principleLine(
                    Principle.HIRE_AND_DEVELOP_THE_BEST, cell(FitStrength.ABSENT))));
    LoopEvidence onPrinciple = round(Principle.DIVE_DEEP, Verdict.HIRE, 65);

    // WHEN the loop is debriefed
    LoopDebrief d = LoopDebriefs.debrief(List.of(offPrinciple, onPrinciple), List.of()).get();

    // THEN the off-principle answer is the weakest, whatever its score, and is probed next
    assertEquals(Optional.of(0), d.weakest());
    assertEquals(Optional.of(1), d.strongest());
    assertEquals(Principle.HIRE_AND_DEVELOP_THE_BEST, d.probeNext());
    assertTrue(
        d.probeWhy().contains("nothing that read as Hire and Develop the Best"), d.probeWhy());
    assertTrue(
        offPrinciple
            .evidence()
            .get(0)
            .startsWith("Nothing here read as Hire and Develop the Best"));
  }

  private static FitCell cell(FitStrength strength) {
    return new FitCell(
        Principle.DIVE_DEEP, strength, List.of("you went to the source"), Optional.empty());
  }
}
