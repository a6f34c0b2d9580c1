package dev.starcoach.core.engine.probe;

import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.FindingCategory;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a follow-up probe digs into, with the STAR step it tests, the findings that call for it, and
 * the words by which an answer shows it addressed it.
 */
public enum ProbeDimension {
  /** From what to what, and how it was measured. */
  MEASURE(
      Step.RESULT,
      List.of(
          FindingCategory.NO_METRIC,
          FindingCategory.NO_BASELINE,
          FindingCategory.VAGUE_OUTCOME,
          FindingCategory.NO_BUSINESS_IMPACT),
      "percent, measured, measure, dashboard, dropped, rose, fell, baseline, halved,"
          + " doubled, survey, metric, metrics, graph, logs, before, after"),
  /** What the person did themselves once they had raised it or handed it on. */
  FOLLOW_THROUGH(
      Step.ACTION,
      List.of(
          FindingCategory.HANDOFF,
          FindingCategory.WE_LANGUAGE,
          FindingCategory.NO_FOLLOW_THROUGH,
          FindingCategory.PASSIVE_VOICE),
      "checked, wrote, called, followed, built, tested, met, reviewed, paired, sent,"
          + " added, fixed, verified, monitored, confirmed, tracked, chased, myself,"
          + " personally, owned, until, kept"),
  /** Why it was theirs to take on, and where their part ended. */
  OWNERSHIP(
      Step.TASK,
      List.of(FindingCategory.ASSIGNED, FindingCategory.NO_SCOPE_BOUNDARY),
      "nobody, no one, my job, not my, volunteered, decided, offered, chose, took it,"
          + " scope, outside, owned, ownership, responsible, myself"),
  /** What changed in how they work afterwards. */
  REFLECTION(
      Step.REFLECTION,
      List.of(FindingCategory.GENERIC_REFLECTION, FindingCategory.NO_SECOND_ORDER),
      "now i, since then, i now, changed, habit, checklist, every time, these days,"
          + " learned, differently, next time, always, stopped, started, today"),
  /** The choice they made and what they weighed. */
  DECISION(
      Step.ACTION,
      List.of(
          FindingCategory.HEDGING,
          FindingCategory.ARCHITECTURE_TOUR,
          FindingCategory.TOO_SHORT,
          FindingCategory.TOO_LONG),
      "because, chose, instead, option, options, trade-off, tradeoff, weighed, risk,"
          + " rather than, decided, alternative, cost, picked, rejected"),
  /** The stakes: who was affected and how much it mattered. */
  STAKES(
      Step.SITUATION,
      List.of(),
      "customers, users, revenue, deadline, outage, complaints, tickets, affected,"
          + " blocked, launch, percent");

  private final Step focus;
  private final List<FindingCategory> causes;
  private final List<String> cues;

  ProbeDimension(Step focus, List<FindingCategory> causes, String cues) {
    this.focus = focus;
    this.causes = causes;
    this.cues = List.of(cues.split(",\\s*"));
  }

  /** The stable id kept in sessions ({@code measure}, {@code follow_through}, ...). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The STAR step whose claims this dimension tests. */
  public Step focus() {
    return focus;
  }

  /** What a probe of this dimension tests, in a few words, for hints. */
  public String tests() {
    return switch (this) {
      case MEASURE -> "the result in numbers, from what to what, and how you measured it";
      case FOLLOW_THROUGH -> "what you did yourself, and how you saw it through";
      case OWNERSHIP -> "why it was yours to take on, and where your part stopped";
      case REFLECTION -> "what changed in how you work since then";
      case DECISION -> "the options you had and why you chose yours";
      case STAKES -> "who was affected and what was at stake";
    };
  }

  /** Words and phrases that show an answer speaks to this dimension (lowercase). */
  List<String> cues() {
    return cues;
  }

  /** The dimension a finding calls for, if any. */
  public static Optional<ProbeDimension> forFinding(FindingCategory category) {
    for (ProbeDimension d : values()) {
      if (d.causes.contains(category)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /** The dimension a missing STAR part calls for. */
  public static ProbeDimension forMissing(Step step) {
    return switch (step) {
      case SITUATION -> STAKES;
      case TASK -> OWNERSHIP;
      case ACTION -> FOLLOW_THROUGH;
      case RESULT -> MEASURE;
      case REFLECTION -> REFLECTION;
    };
  }

  /** Looks a dimension up by its id. */
  public static Optional<ProbeDimension> byId(String id) {
    for (ProbeDimension d : values()) {
      if (d.id().equals(id)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
