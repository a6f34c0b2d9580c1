package dev.starcoach.core.engine;

import dev.starcoach.core.content.Probe;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.engine.CoachReply.PartScore;
import dev.starcoach.core.engine.probe.ProbeDimension;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.session.AskedProbe;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import dev.starcoach.core.session.SessionMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The mock interview: the question alone, one full answer split into its STAR parts and scored,
 * then two or three follow-up probes written from the person's own answer (or, when they asked for
 * them, the walkthrough's sample-story probes) aimed at the weakest parts, then the verdict.
 */
final class MockInterview implements Mode {
  private final SessionFactory sessions;
  private final Judge judge;

  MockInterview(SessionFactory sessions, Judge judge) {
    this.sessions = sessions;
    this.judge = judge;
  }

  /**
   * A new mock that will ask the walkthrough's own sample-story probes (the person asked for them)
   * instead of probes written from their answer; other sessions are returned unchanged.
   */
  static PracticeSession withSampleProbes(PracticeSession s, Question q) {
    if (s.mode() != SessionMode.MOCK || q.probes().isEmpty()) {
      return s;
    }
    List<AskedProbe> samples =
        q.probes().stream().map(p -> AskedProbe.sample(p.question(), p.focus())).toList();
    return s.withProbes(samples).withProbePlan(List.of());
  }

  @Override
  public Change answer(PracticeSession s, Question q, String text) {
    return s.phase() == Phase.PROBES ? answerProbe(s, q, text) : answerFull(s, q, text);
  }

  private Change answerFull(PracticeSession s, Question q, String text) {
    Instant now = sessions.now();
    long reply = SessionFactory.replyMillis(s, now);
    int budget = q.totalBudgetSeconds(s.level());
    Assessment full = judge.full(text, s.level(), q);
    List<PartScore> parts = judge.parts(full, q, s.level());
    PracticeSession scored =
        s.withAnswer(
            RecordedAnswer.scored(AnswerKind.FULL, 0, "Full answer", text, full, reply, now));
    boolean samples = !s.probes().isEmpty() && s.probes().get(0).isSample();
    PracticeSession answered =
        samples
            ? scored.withProbePlan(judge.probePlan(q, parts, full.score()))
            : scored.withProbes(judge.writeProbes(s, q, text, full, parts));
    List<Integer> plan = answered.probePlan();
    List<CoachReply> replies = new ArrayList<>();
    replies.add(new CoachReply.MockBreakdown(full, parts, Judge.missing(parts), reply, budget));
    PracticeSession next;
    if (plan.isEmpty()) {
      next = answered.advance(Phase.FINISHED, 0, now);
      replies.add(judge.verdict(next, q));
    } else {
      next = answered.advance(Phase.PROBES, 0, now);
      replies.add(prompt(next, q));
    }
    return Change.to(
        next, List.of(sessions.row(s, q, AnswerKind.FULL, text, full, reply, now)), replies);
  }

  private Change answerProbe(PracticeSession s, Question q, String text) {
    AskedProbe probe = probe(s, q);
    Instant now = sessions.now();
    long reply = SessionFactory.replyMillis(s, now);
    Assessment a = judge.probe(text, s.level(), q, probe, fullAnswer(s));
    PracticeSession answered =
        s.withAnswer(
            RecordedAnswer.scored(
                AnswerKind.PROBE, s.position(), probe.question(), text, a, reply, now));
    List<CoachReply> replies = new ArrayList<>();
    replies.add(new CoachReply.AnswerFeedback(AnswerKind.PROBE, null, probe.question(), a, reply));
    PracticeSession next = afterProbe(answered, q, now, replies);
    return Change.to(
        next, List.of(sessions.row(s, q, AnswerKind.PROBE, text, a, reply, now)), replies);
  }

  @Override
  public Change skip(PracticeSession s, Question q) {
    if (s.phase() != Phase.PROBES) {
      return Change.to(
          s,
          List.of(),
          List.of(
              new CoachReply.Notice(
                  "A mock interview is one answer: tell the whole story, or stop to end it.")));
    }
    Instant now = sessions.now();
    PracticeSession skipped =
        s.withAnswer(
            RecordedAnswer.skipped(
                AnswerKind.PROBE,
                s.position(),
                probe(s, q).question(),
                0,
                SessionFactory.replyMillis(s, now),
                now));
    List<CoachReply> replies = new ArrayList<>();
    replies.add(new CoachReply.Notice("Skipped that probe."));
    return Change.to(afterProbe(skipped, q, now, replies), List.of(), replies);
  }

  @Override
  public Change stop(PracticeSession s, Question q) {
    PracticeSession stopped = s.advance(Phase.STOPPED, s.position(), sessions.now());
    boolean answeredFull = s.answers().stream().anyMatch(a -> a.kind() == AnswerKind.FULL);
    CoachReply last =
        answeredFull
            ? judge.verdict(stopped, q)
            : new CoachReply.Notice("Mock interview stopped before an answer was given.");
    return Change.to(stopped, List.of(), List.of(last));
  }

  @Override
  public CoachReply hint(PracticeSession s, Question q) {
    if (s.phase() == Phase.PROBES) {
      AskedProbe probe = probe(s, q);
      return new CoachReply.Hint(
          probe.focus(),
          "This probe tests: "
              + tests(s, q, probe)
              + ". Answer with what you did yourself, the evidence you had, and how you"
              + " followed it through.",
          "Answering with what someone else did, or with a problem but no solution.",
          List.of());
    }
    return new CoachReply.Hint(
        null,
        "Tell it in STAR order in " + q.budget(s.level()).describe() + ".",
        "Running out of time before the Result: the part the interviewer remembers.",
        List.of());
  }

  @Override
  public CoachReply prompt(PracticeSession s, Question q) {
    if (s.phase() == Phase.PROBES) {
      AskedProbe probe = probe(s, q);
      return new CoachReply.ProbePrompt(
          s.position() + 1, s.probePlan().size(), probe.question(), probe.focus());
    }
    return new CoachReply.FullAnswerPrompt(q, s.level(), q.totalBudgetSeconds(s.level()));
  }

  @Override
  public String label(PracticeSession s) {
    return s.phase() == Phase.PROBES
        ? "probe " + (s.position() + 1) + " of " + s.probePlan().size()
        : "the full answer";
  }

  private PracticeSession afterProbe(
      PracticeSession answered, Question q, Instant now, List<CoachReply> replies) {
    int nextPosition = answered.position() + 1;
    if (nextPosition < answered.probePlan().size()) {
      PracticeSession next = answered.advance(Phase.PROBES, nextPosition, now);
      replies.add(prompt(next, q));
      return next;
    }
    PracticeSession done = answered.advance(Phase.FINISHED, nextPosition, now);
    replies.add(judge.verdict(done, q));
    return done;
  }

  /**
   * The probe at the session's position: one written for the person's answer, or in a session
   * stored before probes were written, the walkthrough's sample-story probe of the plan.
   */
  private static AskedProbe probe(PracticeSession s, Question q) {
    int index = s.probePlan().get(s.position());
    if (!s.probes().isEmpty()) {
      return s.probes().get(index);
    }
    Probe sample = q.probes().get(index);
    return new AskedProbe(sample.question(), sample.focus(), "", "");
  }

  /** What the probe is looking for, in a few words. */
  private static String tests(PracticeSession s, Question q, AskedProbe probe) {
    if (s.probes().isEmpty() || probe.isSample()) {
      return q.probes().get(s.probePlan().get(s.position())).probes();
    }
    return ProbeDimension.byId(probe.dimension())
        .map(ProbeDimension::tests)
        .orElse("the part of your story it quotes");
  }

  private static String fullAnswer(PracticeSession s) {
    return s.answers().stream()
        .filter(a -> a.kind() == AnswerKind.FULL)
        .map(RecordedAnswer::text)
        .reduce((first, later) -> later)
        .orElse("");
  }
}
