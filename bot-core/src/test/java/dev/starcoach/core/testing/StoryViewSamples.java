package dev.starcoach.core.testing;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.engine.CoachReply;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Story views for renderer tests: one of every {@link StoryView} type with worst-case content (the
 * longest texts, the most stories, reasons and rounds), and small stories to build realistic ones.
 */
public final class StoryViewSamples {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  private StoryViewSamples() {}

  /** A story of the test person with these step texts. */
  public static Story story(int number, String title, Map<Step, String> steps) {
    List<StoryVersion> versions = new ArrayList<>();
    int v = 1;
    for (Map.Entry<Step, String> e : new EnumMap<>(steps).entrySet()) {
      versions.add(
          new StoryVersion(
              v++, e.getKey(), e.getValue(), 70, AT, StoryVersion.StorySource.added()));
    }
    return new Story(
        new PersonId("test", "u1"),
        new StoryNumber(number),
        title,
        steps,
        List.of(),
        versions,
        Map.of(),
        AT,
        AT,
        Optional.empty());
  }

  /** A fit with {@code strength} for the given principles and absent elsewhere. */
  public static StoryFit fit(Map<Principle, FitStrength> strengths, List<String> reasons) {
    Map<Principle, FitCell> cells = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      FitStrength s = strengths.getOrDefault(p, FitStrength.ABSENT);
      cells.put(
          p, new FitCell(p, s, s == FitStrength.ABSENT ? List.of() : reasons, Optional.empty()));
    }
    return new StoryFit(cells);
  }

  /** One reply per story view type, each at its worst: for limit checks. */
  public static List<CoachReply> worstCase(String longText, Question question) {
    Map<Step, String> steps = new EnumMap<>(Step.class);
    for (Step s : Step.values()) {
      steps.put(s, longText);
    }
    List<StoryVersion> versions = new ArrayList<>();
    for (int i = 1; i <= 500; i++) {
      versions.add(
          new StoryVersion(
              i,
              Step.values()[i % 5],
              longText,
              100,
              AT,
              StoryVersion.StorySource.practice("s" + i)));
    }
    Map<Principle, MappingDecision> decisions = new EnumMap<>(Principle.class);
    Map<Principle, FitCell> cells = new EnumMap<>(Principle.class);
    for (Principle p : Principle.values()) {
      decisions.put(p, MappingDecision.CONFIRMED);
      cells.put(
          p,
          new FitCell(
              p,
              FitStrength.STRONG,
              Collections.nCopies(20, longText),
              Optional.of(MappingDecision.CONFIRMED)));
    }
    StoryFit fit = new StoryFit(cells);
    Story story =
        new Story(
            new PersonId("test", "u1"),
            new StoryNumber(Integer.MAX_VALUE),
            longText,
            steps,
            Collections.nCopies(50, longText),
            versions,
            decisions,
            AT,
            AT,
            Optional.of(AT));
    StoryView.Entry entry = new StoryView.Entry(story, fit);
    List<StoryView.Entry> many = Collections.nCopies(50, entry);
    List<CoverageMap.Column> columns = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      columns.add(new CoverageMap.Column(new StoryNumber(i), longText, fit));
    }
    Principle longest = Principle.BROAD_RESPONSIBILITY;
    List<StoryView.LoopEvidence> rounds = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      rounds.add(
          new StoryView.LoopEvidence(
              longest,
              question,
              new BarRaiserVerdict(Verdict.LEANING_NO_HIRE, 100, Collections.nCopies(20, longText)),
              Optional.of(new StoryView.StoryRef(new StoryNumber(Integer.MAX_VALUE), longText)),
              dev.starcoach.core.story.fit.FitStrength.ABSENT,
              Collections.nCopies(20, longText)));
    }
    List<StoryView> views =
        List.of(
            new StoryView.StoryListing(many),
            new StoryView.StoryListing(List.of()),
            new StoryView.StoryDetail(entry),
            new StoryView.StoryStepAsked(story, Step.REFLECTION, true),
            new StoryView.StoryStepAsked(story, Step.SITUATION, false),
            new StoryView.StorySaved(entry, StoryView.SaveKind.ADDED, List.of(Step.values())),
            new StoryView.StorySaved(
                new StoryView.Entry(
                    story(Integer.MAX_VALUE, longText, Map.of(Step.TASK, longText)), fit),
                StoryView.SaveKind.STEP_SAVED,
                List.of(Step.TASK)),
            new StoryView.StorySaved(
                entry, StoryView.SaveKind.UPDATED_FROM_PRACTICE, List.of(Step.values())),
            new StoryView.StoryRemoved(new StoryNumber(Integer.MAX_VALUE), longText),
            new StoryView.CoverageView(new CoverageMap(columns)),
            new StoryView.CoverageView(new CoverageMap(List.of())),
            new StoryView.StoryShared(story),
            new StoryView.MappingDecided(entry, longest, Optional.of(MappingDecision.CONFIRMED)),
            new StoryView.MappingDecided(entry, longest, Optional.of(MappingDecision.REJECTED)),
            new StoryView.MappingDecided(entry, longest, Optional.empty()),
            new StoryView.StoryMatchOffer(new StoryNumber(Integer.MAX_VALUE), longText),
            new StoryView.NextPick(longest, Step.REFLECTION, Collections.nCopies(50, longText)),
            new StoryView.LoopRound(999, 999, longest),
            new StoryView.LoopDebrief(rounds, Optional.of(0), Optional.of(11), longest, longText));
    List<CoachReply> replies = new ArrayList<>();
    for (StoryView view : views) {
      replies.add(new CoachReply.StoryShown(view));
    }
    return replies;
  }
}
