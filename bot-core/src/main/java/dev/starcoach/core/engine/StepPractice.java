package dev.starcoach.core.engine;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.StepGuide;
import dev.starcoach.core.content.Walkthrough;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import dev.starcoach.core.session.SessionMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Guided and drill practice: the five STAR steps one at a time, each answer timed and scored.
 * Guided adds the step's coaching before and a strong example after; drill gives hints only on
 * request. A summary table ends it.
 */
final class StepPractice implements Mode {
  private static final Step[] STEPS = Step.values();

  private final SessionFactory sessions;
  private final Judge judge;

  StepPractice(SessionFactory sessions, Judge judge) {
    this.sessions = sessions;
    this.judge = judge;
  }

  @Override
  public Change answer(PracticeSession s, Question q, String text) {
    Step step = STEPS[s.position()];
    Instant now = sessions.now();
    long reply = SessionFactory.replyMillis(s, now);
    Assessment a = judge.step(step, text, s.level(), q);
    AnswerKind kind = AnswerKind.of(step);
    PracticeSession answered =
        s.withAnswer(RecordedAnswer.scored(kind, s.position(), step.label(), text, a, reply, now));
    List<CoachReply> replies = new ArrayList<>();
    replies.add(new CoachReply.AnswerFeedback(kind, step, step.label(), a, reply));
    if (showsExamples(s, q)) {
      replies.add(strongExample(q, step, s.level()));
    }
    PracticeSession next = advance(answered, q, now, replies);
    return Change.to(next, List.of(sessions.row(s, q, kind, text, a, reply, now)), replies);
  }

  @Override
  public Change skip(PracticeSession s, Question q) {
    Step step = STEPS[s.position()];
    Instant now = sessions.now();
    PracticeSession skipped =
        s.withAnswer(
            RecordedAnswer.skipped(
                AnswerKind.of(step),
                s.position(),
                step.label(),
                q.targetSeconds(step, s.level()),
                SessionFactory.replyMillis(s, now),
                now));
    List<CoachReply> replies = new ArrayList<>();
    replies.add(new CoachReply.Notice("Skipped " + step.label() + "."));
    if (showsExamples(s, q)) {
      replies.add(strongExample(q, step, s.level()));
    }
    return Change.to(advance(skipped, q, now, replies), List.of(), replies);
  }

  @Override
  public Change stop(PracticeSession s, Question q) {
    PracticeSession stopped = s.advance(Phase.STOPPED, s.position(), sessions.now());
    return Change.to(stopped, List.of(), List.of(Summaries.of(stopped, q, false)));
  }

  @Override
  public CoachReply hint(PracticeSession s, Question q) {
    Step step = STEPS[s.position()];
    if (q.isWalkthrough()) {
      StepGuide guide = q.walkthrough().step(step);
      return new CoachReply.Hint(step, guide.coaching(), guide.commonMistake(), guide.keyPhrases());
    }
    return new CoachReply.Hint(
        step,
        GenericCoaching.tip(step),
        GenericCoaching.mistake(step),
        GenericCoaching.keyPhrases(step));
  }

  @Override
  public CoachReply prompt(PracticeSession s, Question q) {
    Step step = STEPS[s.position()];
    String coaching = null;
    String mistake = null;
    if (s.mode() == SessionMode.GUIDED) {
      StepGuide guide = q.isWalkthrough() ? q.walkthrough().step(step) : null;
      coaching = guide != null ? guide.coaching() : GenericCoaching.tip(step);
      mistake = guide != null ? guide.commonMistake() : GenericCoaching.mistake(step);
    }
    return new CoachReply.StepPrompt(
        step,
        s.position() + 1,
        STEPS.length,
        q.targetSeconds(step, s.level()),
        coaching,
        mistake,
        GenericCoaching.levelNote(step, s.level()));
  }

  @Override
  public String label(PracticeSession s) {
    return STEPS[Math.min(s.position(), STEPS.length - 1)].label();
  }

  private PracticeSession advance(
      PracticeSession answered, Question q, Instant now, List<CoachReply> replies) {
    int nextPosition = answered.position() + 1;
    if (nextPosition < STEPS.length) {
      PracticeSession next = answered.advance(Phase.STEPS, nextPosition, now);
      replies.add(prompt(next, q));
      return next;
    }
    PracticeSession done = answered.advance(Phase.FINISHED, nextPosition, now);
    replies.add(Summaries.of(done, q, true));
    return done;
  }

  private static boolean showsExamples(PracticeSession s, Question q) {
    return s.mode() == SessionMode.GUIDED && q.isWalkthrough();
  }

  private static CoachReply.StrongExample strongExample(Question q, Step step, Level level) {
    Walkthrough w = q.walkthrough();
    StepGuide guide = w.step(step);
    String example = step == Step.REFLECTION ? w.reflectionFor(level) : guide.example();
    return new CoachReply.StrongExample(step, example, phrasesIn(guide.keyPhrases(), example));
  }

  /**
   * The key phrases that appear in the example shown: a reflection's phrases may belong to another
   * level's reflection, and a phrase the person cannot see in the example teaches nothing.
   */
  static List<String> phrasesIn(List<String> phrases, String example) {
    String shown = plain(example);
    return phrases.stream().filter(p -> shown.contains(plain(p))).toList();
  }

  private static String plain(String text) {
    return text == null
        ? ""
        : text.toLowerCase(java.util.Locale.ROOT)
            .replace('\u2019', '\'')
            .replace('\u2018', '\'')
            .replaceAll("\\s+", " ");
  }
}
