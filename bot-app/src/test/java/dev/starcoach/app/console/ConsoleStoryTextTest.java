package dev.starcoach.app.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.engine.StoryView;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.story.MappingDecision;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryNumber;
import dev.starcoach.core.story.StoryVersion;
import dev.starcoach.core.story.fit.CoverageMap;
import dev.starcoach.core.story.fit.FitCell;
import dev.starcoach.core.story.fit.FitStrength;
import dev.starcoach.core.story.fit.StoryFit;
import dev.starcoach.core.testing.TestBank;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The console text of story views, without colour. */
class ConsoleStoryTextTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private final ConsoleStoryText text =
      new ConsoleStoryText(UnaryOperator.identity(), UnaryOperator.identity());

  private static StoryFit fit(Map<Principle, FitStrength> strengths, List<String> reasons) {
    Map<Principle, FitCell> cells = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      FitStrength s = strengths.getOrDefault(p, FitStrength.ABSENT);
      cells.put(
          p, new FitCell(p, s, s == FitStrength.ABSENT ? List.of() : reasons, Optional.empty()));
    }
    return new StoryFit(cells);
  }

  private static Story story(int n) {
    return new Story(
        new PersonId("console", "me"),
        new StoryNumber(n),
        "Story number " + n,
        Map.of(Step.ACTION, "I rolled it back."),
        List.of("ops"),
        List.of(
            new StoryVersion(
                1, Step.ACTION, "I rolled it back.", 64, T0, StoryVersion.StorySource.added())),
        Map.of(Principle.FRUGALITY, MappingDecision.REJECTED),
        T0,
        T0,
        Optional.empty());
  }

  @Test
  void givenTwelveStories_whenTheMapIsRendered_thenEveryLineFits80Columns() {
    // GIVEN twelve stories, the first strong for Ownership, the second weak, three usable
    List<CoverageMap.Column> columns = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      FitStrength s =
          i == 1
              ? FitStrength.STRONG
              : i == 2 ? FitStrength.WEAK : i <= 5 ? FitStrength.USABLE : FitStrength.ABSENT;
      columns.add(
          new CoverageMap.Column(
              new StoryNumber(i), "t" + i, fit(Map.of(Principle.OWNERSHIP, s), List.of("r"))));
    }

    // WHEN it is rendered
    String out = text.coverage(new StoryView.CoverageView(new CoverageMap(columns)));

    // THEN it fits, shows the symbols in order and the count, and marks every other principle
    out.lines().forEach(l -> assertTrue(l.length() <= 80, l.length() + ": " + l));
    String ownership = out.lines().filter(l -> l.startsWith("Ownership ")).findFirst().get();
    assertEquals("Ownership               ●  ○  ◐  ◐  ◐  ·  ·  ·  ·  ·  ·  ·      4", ownership);
    assertEquals(15, out.lines().filter(l -> l.endsWith("needs 2 more")).count());
    assertTrue(out.lines().anyMatch(l -> l.startsWith("Principle") && l.contains(" 12 usable")));
  }

  @Test
  void givenAStoryWithReasons_whenDetailed_thenStepsScoresTagsAndReasonsAreShown() {
    // GIVEN a story that serves Ownership with a reason, and a rejected Frugality
    Story s = story(4);
    StoryFit f =
        fit(Map.of(Principle.OWNERSHIP, FitStrength.STRONG), List.of("nobody asked you to"));

    // WHEN its detail is rendered
    String out = text.detail(new StoryView.StoryDetail(new StoryView.Entry(s, f)));

    // THEN the step, its score, the tag, the version count and the reason are there
    assertTrue(out.contains("Story 4 — Story number 4  [ops]"), out);
    assertTrue(out.contains("1 of 5 steps · 1 version"), out);
    assertTrue(out.contains("Action (64/100)\n  I rolled it back."), out);
    assertTrue(out.contains("not written yet: /story edit 4 situation"), out);
    assertTrue(out.contains("● Ownership — strong\n      - nobody asked you to"), out);
    assertTrue(out.contains("You ruled out: Frugality"), out);
  }

  @Test
  void givenLoopViews_whenRendered_thenEveryFieldIsShown() {
    // GIVEN a next pick, a round and a debrief of two rounds
    Question q = TestBank.load().all().get(0);
    StoryView.NextPick pick =
        new StoryView.NextPick(
            Principle.DIVE_DEEP, Step.ACTION, List.of("no usable story for Dive Deep yet"));
    StoryView.LoopRound round = new StoryView.LoopRound(2, 5, Principle.EARN_TRUST);
    StoryView.LoopDebrief debrief =
        new StoryView.LoopDebrief(
            List.of(
                new StoryView.LoopEvidence(
                    Principle.OWNERSHIP,
                    q,
                    new BarRaiserVerdict(Verdict.HIRE, 78, List.of()),
                    Optional.of(new StoryView.StoryRef(new StoryNumber(3), "The manual gate")),
                    List.of("went past their remit")),
                new StoryView.LoopEvidence(
                    Principle.FRUGALITY,
                    q,
                    new BarRaiserVerdict(Verdict.LEANING_NO_HIRE, 41, List.of()),
                    Optional.empty(),
                    List.of("no cost named"))),
            Optional.of(0),
            Optional.of(1),
            Principle.FRUGALITY,
            "the weakest answer, and no story in the bank serves it");

    // WHEN each is rendered
    String p = text.nextPick(pick);
    String r = text.loopRound(round);
    String d = text.loopDebrief(debrief);

    // THEN each field is in the text
    assertTrue(p.contains("Next: Dive Deep, aimed at your Action"), p);
    assertTrue(p.contains("- no usable story for Dive Deep yet"), p);
    assertEquals("Interviewer 2 of 5 — Earn Trust", r);
    assertTrue(d.contains("1. Ownership — " + Verdict.HIRE.label() + ", 78/100  ★ strongest"), d);
    assertTrue(
        d.contains("2. Frugality — " + Verdict.LEANING_NO_HIRE.label() + ", 41/100  ▼ weakest"), d);
    assertTrue(d.contains("Story 3: \"The manual gate\""), d);
    assertTrue(d.contains("- went past their remit"), d);
    assertTrue(d.contains(q.text()), d);
    assertTrue(d.contains("A Bar Raiser would probe next: Frugality\n  the weakest answer"), d);
  }

  @Test
  void givenTheOtherViews_whenRendered_thenTheyNameTheStory() {
    Story s = story(7);
    StoryView.Entry e = new StoryView.Entry(s, fit(Map.of(), List.of()));
    assertEquals(
        "Removed story 7 (\"Story number 7\") and all its versions.",
        text.removed(new StoryView.StoryRemoved(new StoryNumber(7), "Story number 7")));
    assertTrue(text.shared(new StoryView.StoryShared(s)).contains("Action\n  I rolled it back."));
    assertTrue(
        text.matchOffer(new StoryView.StoryMatchOffer(new StoryNumber(7), "Story number 7"))
            .contains("/story save 7"));
    assertTrue(
        text.saved(new StoryView.StorySaved(e, StoryView.SaveKind.STEP_SAVED, List.of(Step.ACTION)))
            .startsWith("Saved a new Action for story 7"));
    assertTrue(
        text.decided(
                new StoryView.MappingDecided(
                    e, Principle.FRUGALITY, Optional.of(MappingDecision.REJECTED)))
            .startsWith("Story 7 no longer counts for Frugality."));
    assertTrue(
        text.stepAsked(new StoryView.StoryStepAsked(s, Step.RESULT, true))
            .startsWith("New Result for story 7"));
    assertTrue(
        text.listing(new StoryView.StoryListing(List.of(e))).contains(" 7  Story number 7  [ops]"));
  }
}
