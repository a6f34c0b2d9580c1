package dev.starcoach.core.engine;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.engine.StoryView.LoopDebrief;
import dev.starcoach.core.engine.StoryView.LoopEvidence;
import dev.starcoach.core.engine.StoryView.StoryRef;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.scoring.FindingKind;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.fit.FitCell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The debrief of a loop, read the way a hiring committee reads a loop: what each interviewer's
 * answer showed for its principle or lacked, the person's story it told, the strongest and weakest
 * round, and the principle a Bar Raiser would probe next. Pure.
 *
 * <p>The principle to probe next: the weakest round when it fell short of Hire (the thinnest
 * evidence); otherwise a principle no story covers that no interviewer asked; otherwise the weakest
 * round, to push for depth.
 */
final class LoopDebriefs {
  /** How many strengths and how many issues each round names. */
  static final int PER_KIND = 2;

  private static final int QUOTE_WORDS = 10;

  private LoopDebriefs() {}

  /**
   * What one round's answer showed: first whether it showed the round's principle at all (the story
   * estimator's cell for that principle, read from the answer), then its full answer's findings and
   * its probes.
   */
  static LoopEvidence evidence(
      Question question,
      BarRaiserVerdict verdict,
      PracticeSession session,
      List<Story> stories,
      FitCell principle) {
    Optional<RecordedAnswer> full =
        session.answers().stream()
            .filter(a -> a.kind() == AnswerKind.FULL && !a.skipped())
            .reduce((first, later) -> later);
    List<String> lines = new ArrayList<>();
    lines.add(principleLine(question.principle(), principle));
    List<Finding> findings = full.map(RecordedAnswer::findings).orElse(List.of());
    findings.stream()
        .filter(f -> f.kind() == FindingKind.STRENGTH)
        .sorted(Comparator.comparingInt(Finding::points).reversed())
        .limit(PER_KIND)
        .forEach(f -> lines.add("Showed " + showed(f.category()) + quote(f)));
    findings.stream()
        .filter(f -> f.kind() == FindingKind.ISSUE)
        .sorted(Comparator.comparingInt(Finding::points))
        .limit(PER_KIND)
        .forEach(f -> lines.add("Held it back: " + lacked(f.category()) + quote(f)));
    long dodged =
        session.answers().stream().filter(a -> a.kind() == AnswerKind.PROBE && a.skipped()).count();
    if (dodged > 0) {
      lines.add(
          "Skipped "
              + dodged
              + " follow-up "
              + (dodged == 1 ? "probe" : "probes")
              + ": a committee reads a dodged probe as a gap in the story.");
    }
    if (lines.size() == 1 && findings.isEmpty()) {
      lines.add("The answer gave the interviewer nothing else to point to, either way.");
    }
    Optional<StoryRef> story =
        full.flatMap(a -> StoryMatcher.match(a.text(), stories))
            .map(s -> new StoryRef(s.number(), s.title()));
    return new LoopEvidence(
        question.principle(), question, verdict, story, principle.estimated(), lines);
  }

  /** The round's first line: did the answer show the principle this interviewer asked about? */
  static String principleLine(Principle asked, FitCell cell) {
    String name = asked.displayName();
    List<String> reasons = cell.reasons();
    String first = reasons.isEmpty() ? "" : ": " + reasons.get(0);
    return switch (cell.estimated()) {
      case STRONG -> "Clear " + name + " evidence" + first;
      case USABLE -> name + " evidence" + first;
      case WEAK ->
          "Some sign of "
              + name
              + first
              + "; say plainly what you did that shows it, so a committee counts it.";
      case ABSENT ->
          "Nothing here read as "
              + name
              + ", however well it was told: this interviewer's principle went unheard.";
    };
  }

  /**
   * The debrief of the rounds answered, or empty when none was.
   *
   * @param uncovered principles no usable story serves, weakest first
   */
  static Optional<LoopDebrief> debrief(List<LoopEvidence> rounds, List<Principle> uncovered) {
    if (rounds.isEmpty()) {
      return Optional.empty();
    }
    int strongest = 0;
    int weakest = 0;
    for (int i = 1; i < rounds.size(); i++) {
      if (standing(rounds.get(i)) > standing(rounds.get(strongest))) {
        strongest = i;
      }
      if (standing(rounds.get(i)) < standing(rounds.get(weakest))) {
        weakest = i;
      }
    }
    LoopEvidence low = rounds.get(weakest);
    String lowName = low.principle().displayName();
    String lowCall = " (" + low.verdict().verdict().label() + ", " + score(low) + ")";
    Principle probe;
    String why;
    Optional<Principle> unasked =
        uncovered.stream()
            .filter(p -> rounds.stream().noneMatch(r -> r.principle() == p))
            .findFirst();
    if (!low.showedPrinciple()) {
      probe = low.principle();
      why =
          "The "
              + lowName
              + " interviewer heard nothing that read as "
              + lowName
              + lowCall
              + ": a committee cannot count a principle it did not hear, so a Bar Raiser asks it"
              + " again. Prepare a story that shows it.";
    } else if (!low.verdict().verdict().isHire()) {
      probe = low.principle();
      why =
          "The "
              + lowName
              + " answer was the thinnest evidence in the loop"
              + lowCall
              + ": a Bar Raiser probes where a hire decision is least safe, so expect "
              + lowName
              + " again, with a different story.";
    } else if (unasked.isPresent()) {
      probe = unasked.get();
      why =
          "No interviewer asked about "
              + probe.displayName()
              + " and no story of yours covers it yet: a Bar Raiser goes looking for the"
              + " principle the loop left uncovered.";
    } else {
      probe = low.principle();
      why =
          "Every answer reached Hire; the lowest was "
              + lowName
              + lowCall
              + ", so that is where a Bar Raiser would push for more depth.";
    }
    return Optional.of(
        new LoopDebrief(rounds, Optional.of(strongest), Optional.of(weakest), probe, why));
  }

  private static int score(LoopEvidence e) {
    return e.verdict().score();
  }

  /**
   * How a committee ranks a round: an answer that did not show its principle ranks below every
   * answer that did, however well told; then by the verdict's score.
   */
  private static int standing(LoopEvidence e) {
    return (e.showedPrinciple() ? 1000 : 0) + score(e);
  }

  private static String quote(Finding f) {
    String evidence = f.evidence().strip();
    if (evidence.isEmpty()) {
      return ".";
    }
    String[] words = evidence.split("\\s+");
    String cut =
        words.length <= QUOTE_WORDS
            ? evidence
            : String.join(" ", Arrays.asList(words).subList(0, QUOTE_WORDS)) + " ...";
    return " (\"" + cut + "\").";
  }

  /** A strength, as what the answer showed. */
  static String showed(FindingCategory c) {
    return switch (c) {
      case I_STATEMENTS -> "what you did yourself, in the first person";
      case SCOPE_BOUNDARY -> "where your job ended and you stepped past it";
      case SELF_INITIATED -> "work you started without being asked";
      case METRIC_DELTA -> "a result as a number that moved";
      case BUSINESS_IMPACT -> "what the result meant for the business";
      case SECOND_ORDER -> "an effect beyond the first fix";
      case SPECIFIC_INSIGHT -> "a lesson that belongs to this story";
      case SYSTEMIC_INSIGHT -> "a lesson about how the organisation works";
      case BROUGHT_SOLUTION -> "a solution, not just the problem";
      case DATA_EVIDENCE -> "evidence you gathered yourself";
      case REASONS -> "why you chose what you did";
      case CONCRETE_ACTIONS -> "actions concrete enough to picture";
      default -> c.id().replace('_', ' ');
    };
  }

  /** An issue, as what held the answer back. */
  static String lacked(FindingCategory c) {
    return switch (c) {
      case WE_LANGUAGE -> "\"we\" where the interviewer needs to hear what you did";
      case HANDOFF -> "a hand-off, so someone else did the work";
      case ASSIGNED -> "work that was handed to you, with nothing you chose to take on";
      case NO_SCOPE_BOUNDARY -> "no line between your job and what you took on";
      case NO_METRIC -> "no number for the result";
      case NO_BASELINE -> "no baseline to compare the result with";
      case NO_BUSINESS_IMPACT -> "no word on what the result meant for the business";
      case NO_SECOND_ORDER -> "nothing beyond the first fix";
      case VAGUE_OUTCOME -> "an outcome too vague to check";
      case GENERIC_REFLECTION -> "a lesson that could close any story";
      case TOO_LONG -> "more words than an interviewer can hold";
      case TOO_SHORT -> "too few words to show the principle";
      case ARCHITECTURE_TOUR -> "an architecture tour in place of the story";
      case HEDGING -> "hedging where a decision was needed";
      case PASSIVE_VOICE -> "passive voice that hides who acted";
      case NO_FOLLOW_THROUGH -> "no follow-through after raising it";
      case OFF_TOPIC -> "an answer that missed the question";
      case UNSUPPORTED_CLAIM -> "a claim the story does not back up";
      case BLAME -> "blame on other people";
      default -> c.id().replace('_', ' ');
    };
  }
}
