package dev.starcoach.core.engine;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.engine.CoachReply.PartScore;
import dev.starcoach.core.engine.probe.ProbeCheck;
import dev.starcoach.core.engine.probe.ProbeWriter;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.scoring.Segment;
import dev.starcoach.core.session.AskedProbe;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Scoring as the modes use it: one step, a whole story split into parts, probes, the verdict. */
final class Judge {
  private final Scorer scorer;
  private final EngineSettings settings;

  Judge(Scorer scorer, EngineSettings settings) {
    this.scorer = scorer;
    this.settings = settings;
  }

  Assessment step(Step step, String text, Level level, Question q) {
    return scorer.assess(
        new ScoreRequest(AnswerKind.of(step), text, level, null, q.targetSeconds(step, level))
            .withPrinciple(q.principle()));
  }

  Assessment full(String text, Level level, Question q) {
    return scorer.assess(
        new ScoreRequest(AnswerKind.FULL, text, level, null, q.totalBudgetSeconds(level))
            .withPrinciple(q.principle()));
  }

  /**
   * A probe answer scored and then checked against the probe it answers (off topic, or a repeat of
   * the full answer).
   */
  Assessment probe(String text, Level level, Question q, AskedProbe probe, String fullAnswer) {
    Assessment scored =
        scorer.assess(
            new ScoreRequest(AnswerKind.PROBE, text, level, probe.question(), 0)
                .withPrinciple(q.principle()));
    return ProbeCheck.check(scored, text, probe, fullAnswer);
  }

  /**
   * The probes of a mock, written from the person's own answer: two when it already scored 80 or
   * more, else the configured number, the costliest dimensions first.
   */
  List<AskedProbe> writeProbes(
      PracticeSession s, Question q, String text, Assessment full, List<PartScore> parts) {
    int count = full.score() >= 80 ? 2 : settings.maxProbes();
    long day = Math.floorDiv(s.startedAt().getEpochSecond(), 86_400L);
    return ProbeWriter.write(q.principle(), text, full, parts, missing(parts), count, day);
  }

  /** Each STAR part found in a full answer, scored as that step, in STAR order. */
  List<PartScore> parts(Assessment full, Question q, Level level) {
    List<PartScore> parts = new ArrayList<>();
    for (Map.Entry<Step, String> e : textByStep(full).entrySet()) {
      parts.add(new PartScore(e.getKey(), e.getValue(), step(e.getKey(), e.getValue(), level, q)));
    }
    return parts;
  }

  /**
   * The text of each STAR part the scorer found in a full answer, in STAR order; several segments
   * of one step are joined. Shared by mock answers and stories pasted whole.
   */
  static Map<Step, String> textByStep(Assessment full) {
    Map<Step, StringBuilder> byStep = new EnumMap<>(Step.class);
    for (Segment segment : full.segments()) {
      if (segment.text() == null || segment.text().isBlank()) {
        continue;
      }
      byStep
          .computeIfAbsent(segment.step(), k -> new StringBuilder())
          .append(byStep.containsKey(segment.step()) ? " " : "")
          .append(segment.text().strip());
    }
    Map<Step, String> out = new EnumMap<>(Step.class);
    byStep.forEach((step, text) -> out.put(step, text.toString().strip()));
    return out;
  }

  /** The STAR steps no part of a full answer was found for, in STAR order. */
  static List<Step> missing(List<PartScore> parts) {
    Set<Step> found = new HashSet<>();
    parts.forEach(p -> found.add(p.step()));
    List<Step> missing = new ArrayList<>();
    for (Step step : Step.values()) {
      if (!found.contains(step)) {
        missing.add(step);
      }
    }
    return missing;
  }

  /**
   * Two or three of the walkthrough's sample-story probes, aimed first at the weakest or missing
   * steps of the answer (sessions stored before probes were written for the person's answer).
   */
  List<Integer> probePlan(Question q, List<PartScore> parts, int fullScore) {
    Map<Step, Integer> strength = new EnumMap<>(Step.class);
    for (Step step : Step.values()) {
      strength.put(step, 0);
    }
    parts.forEach(p -> strength.put(p.step(), p.assessment().score()));
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < q.probes().size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparingInt((Integer i) -> strength.get(q.probes().get(i).focus()))
            .thenComparingInt(i -> i));
    int count = fullScore >= 80 ? 2 : settings.maxProbes();
    return List.copyOf(order.subList(0, Math.min(count, order.size())));
  }

  /**
   * The Bar Raiser's verdict from the answers kept in the session: their stored assessments are
   * used as they were made, never scored again (answers stored by an older version without their
   * findings are the exception).
   */
  CoachReply.VerdictCard verdict(PracticeSession s, Question q) {
    Assessment full = null;
    List<Assessment> probes = new ArrayList<>();
    int skippedProbes = 0;
    for (RecordedAnswer answer : s.answers()) {
      if (answer.kind() == AnswerKind.FULL) {
        full = kept(answer, s.level());
      } else if (answer.kind() == AnswerKind.PROBE) {
        if (answer.skipped()) {
          skippedProbes++;
        } else {
          probes.add(kept(answer, s.level()));
        }
      }
    }
    BarRaiserVerdict verdict = scorer.conclude(full, probes, s.level());
    if (skippedProbes > 0) {
      List<String> reasons = new ArrayList<>(verdict.reasons());
      reasons.add(
          "Skipped "
              + skippedProbes
              + " follow-up probe"
              + (skippedProbes == 1 ? "" : "s")
              + ": in a real loop a dodged probe reads as a gap in the story.");
      verdict =
          new BarRaiserVerdict(verdict.verdict().atMost(Verdict.HIRE), verdict.score(), reasons);
    }
    return new CoachReply.VerdictCard(q, s.level(), verdict);
  }

  private Assessment kept(RecordedAnswer answer, Level level) {
    Optional<Assessment> stored = answer.assessment();
    boolean legacy = answer.findings().isEmpty() && answer.reasons().isEmpty();
    if (stored.isPresent() && !legacy) {
      return stored.get();
    }
    AnswerKind kind = answer.kind();
    String probe = kind == AnswerKind.PROBE ? answer.prompt() : null;
    return scorer.assess(
        new ScoreRequest(kind, answer.text(), level, probe, answer.targetSeconds()));
  }

  /**
   * Why an answer cannot be taken (empty, or over the limit, which is named: answers are refused,
   * never truncated), or empty when it can.
   */
  Optional<ErrorNotice> refusal(String text, String emptyHint) {
    if (text.isEmpty()) {
      return Optional.of(
          new ErrorNotice(ErrorCode.EMPTY_ANSWER, "That answer is empty. " + emptyHint));
    }
    int length = text.codePointCount(0, text.length());
    if (length > settings.maxAnswerChars()) {
      return Optional.of(
          new ErrorNotice(
              ErrorCode.ANSWER_TOO_LONG,
              "That answer is "
                  + length
                  + " characters; the limit is "
                  + settings.maxAnswerChars()
                  + ". Nothing was saved: shorten it and send it again (shorter is better spoken,"
                  + " too)."));
    }
    return Optional.empty();
  }
}
