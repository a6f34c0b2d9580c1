package dev.starcoach.core.engine.probe;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.engine.CoachReply.PartScore;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.session.AskedProbe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the follow-up probes of a mock from the person's own answer: the dimensions that cost the
 * answer most (missing parts first, then the first issue of the weakest parts), each asked about a
 * short phrase quoted from what the person said. The wording rotates with the day, so a person who
 * practises daily never gets the same wording of a dimension twice in a row.
 */
public final class ProbeWriter {
  private static final int QUOTE_WORDS = 8;
  private static final List<Step> MISSING_COST =
      List.of(Step.ACTION, Step.RESULT, Step.REFLECTION, Step.TASK, Step.SITUATION);
  private static final List<ProbeDimension> FILLERS =
      List.of(
          ProbeDimension.FOLLOW_THROUGH,
          ProbeDimension.DECISION,
          ProbeDimension.MEASURE,
          ProbeDimension.REFLECTION,
          ProbeDimension.OWNERSHIP);

  private ProbeWriter() {}

  /**
   * The probes for one full answer. When the answer's findings name fewer dimensions than wanted,
   * the rest are those with something quotable in the answer (a team named, a claimed action).
   *
   * @param parts the STAR parts found, each scored as its step
   * @param missing the STAR parts not found
   * @param count how many probes to write
   * @param rotation a number that moves on by one each day (the epoch day the session started)
   */
  public static List<AskedProbe> write(
      Principle principle,
      String answer,
      Assessment full,
      List<PartScore> parts,
      List<Step> missing,
      int count,
      long rotation) {
    List<Pick> picks = dimensions(answer, full, parts, missing, count);
    List<AskedProbe> probes = new ArrayList<>();
    Set<String> quoted = new LinkedHashSet<>();
    for (Pick pick : picks) {
      String quote = Quotes.pick(pick.dimension(), answer, parts, pick.evidence(), quoted);
      if (!quote.isEmpty()) {
        quoted.add(quote.toLowerCase(Locale.ROOT));
      }
      List<String> templates = ProbeTemplates.of(pick.dimension(), principle, !quote.isEmpty());
      String template =
          templates.get(
              (int) Math.floorMod(rotation + pick.dimension().ordinal(), (long) templates.size()));
      probes.add(
          new AskedProbe(
              template.replace("{quote}", quote),
              pick.dimension().focus(),
              pick.dimension().id(),
              quote));
    }
    return probes;
  }

  /** The costliest dimensions, at most {@code count}, each once, costliest first. */
  static List<Pick> dimensions(
      String answer, Assessment full, List<PartScore> parts, List<Step> missing, int count) {
    List<Pick> picks = new ArrayList<>();
    for (Step step : MISSING_COST) {
      if (missing.contains(step)) {
        add(picks, ProbeDimension.forMissing(step), "");
      }
    }
    List<PartScore> weakestFirst = new ArrayList<>(parts);
    weakestFirst.sort(Comparator.comparingInt(p -> p.assessment().score()));
    for (PartScore part : weakestFirst) {
      List<Finding> issues = part.assessment().findings(FindingKind.ISSUE);
      if (issues.isEmpty()) {
        continue;
      }
      Finding first = issues.get(0);
      ProbeDimension d =
          ProbeDimension.forFinding(first.category())
              .orElse(ProbeDimension.forMissing(part.step()));
      add(picks, d, first.evidence());
    }
    for (Finding f : full.findings(FindingKind.ISSUE)) {
      ProbeDimension.forFinding(f.category()).ifPresent(d -> add(picks, d, f.evidence()));
    }
    for (ProbeDimension d : FILLERS) {
      if (Quotes.quotable(d, answer)) {
        add(picks, d, "");
      }
    }
    for (ProbeDimension d : FILLERS) {
      add(picks, d, "");
    }
    return List.copyOf(picks.subList(0, Math.min(count, picks.size())));
  }

  private static void add(List<Pick> picks, ProbeDimension d, String evidence) {
    if (picks.stream().noneMatch(p -> p.dimension() == d)) {
      picks.add(new Pick(d, evidence));
    }
  }

  /** One dimension chosen, with the words of the answer that called for it (or empty). */
  record Pick(ProbeDimension dimension, String evidence) {}

  static int quoteWords() {
    return QUOTE_WORDS;
  }
}
