package dev.starcoach.core.engine;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.engine.GapCoach.Standing;
import dev.starcoach.core.engine.StoryView.LoopEvidence;
import dev.starcoach.core.loop.Interview;
import dev.starcoach.core.loop.InterviewResult;
import dev.starcoach.core.loop.Loop;
import dev.starcoach.core.loop.LoopStatus;
import dev.starcoach.core.loop.LoopStore;
import dev.starcoach.core.loop.StaleLoopException;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.story.StoryStore;
import dev.starcoach.core.story.fit.CoverageMap;
import dev.starcoach.core.story.fit.PrincipleFit;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Loop rehearsals: {@link LoopPlan#ROUNDS} mock interviews across different principles in one
 * sitting, one per interviewer, then a debrief. Each round is an ordinary mock session; the loop
 * itself is kept in the {@link LoopStore}, so a crash or restart continues it: the engine tells
 * this class when a session closes, and a round's session is known by the id the loop reserved for
 * it before it was stored.
 */
final class LoopRehearsal {
  private final QuestionBank bank;
  private final CoachStores stores;
  private final StoryStore stories;
  private final LoopStore loops;
  private final QuestionPicker picker;
  private final SessionFactory sessions;
  private final Judge judge;
  private final Modes modes;
  private final SessionWriter writer;
  private final PrincipleFit fit;
  private final RandomGenerator random;
  private final GapCoach gaps = new GapCoach();

  LoopRehearsal(
      QuestionBank bank,
      CoachStores stores,
      QuestionPicker picker,
      SessionFactory sessions,
      Judge judge,
      Modes modes,
      SessionWriter writer,
      PrincipleFit fit,
      RandomGenerator random) {
    this.bank = bank;
    this.stores = stores;
    this.stories = stores.stories();
    this.loops = stores.loops();
    this.picker = picker;
    this.sessions = sessions;
    this.judge = judge;
    this.modes = modes;
    this.writer = writer;
    this.fit = fit;
    this.random = random;
  }

  /** {@code practice loop}: a new loop, or the open one where it stands. */
  void start(SessionKey key, Level level, Turn turn) {
    Optional<Loop> open = loops.findOpen(key);
    if (open.isPresent()) {
      continueOpen(open.get(), turn);
      return;
    }
    Optional<PracticeSession> session = stores.sessions().findOpen(key);
    if (session.isPresent()) {
      writer.refuseSecond(session.get(), turn);
      return;
    }
    List<Story> bankOfStories = stories.list(key.person());
    CoverageMap coverage = StoryCoverage.of(bankOfStories, fit);
    List<Principle> available = available();
    List<Principle> weakestFirst =
        gaps.rank(coverage, stores.history().answersOf(key.person()), available).stream()
            .map(Standing::principle)
            .toList();
    List<Interview> interviews = new ArrayList<>();
    for (Principle p :
        LoopPlan.principles(coverage, weakestFirst, available, LoopPlan.ROUNDS, random)) {
      Optional<Question> q = picker.forPractice(key, p.id(), false, turn);
      if (q.isEmpty()) {
        return;
      }
      interviews.add(Interview.planned(p, q.get().id()));
    }
    if (interviews.isEmpty()) {
      turn.say(new ErrorNotice(ErrorCode.NOT_AVAILABLE, "No questions are loaded."));
      return;
    }
    Instant now = sessions.now();
    Loop loop = new Loop(sessions.newId(), key, level, interviews, LoopStatus.OPEN, now, now, 0);
    startRound(loop, 0, true, turn);
  }

  /** After a restart, with no practice open: a loop whose round ended meanwhile moves on. */
  void resumeStalled(SessionKey key, Turn turn) {
    loops.findOpen(key).ifPresent(loop -> continueOpen(loop, turn));
  }

  /**
   * A session closed (finished or stopped). When it was the current round of the person's open
   * loop, the round's result is recorded and the next round starts in the same turn; after the last
   * round, or when the person stopped, the debrief follows.
   */
  void closed(PracticeSession session, Turn turn) {
    if (session.mode() != SessionMode.MOCK) {
      return;
    }
    Optional<Loop> open = loops.findOpen(session.key());
    if (open.isEmpty()) {
      return;
    }
    Loop loop = open.get();
    Optional<Integer> current = loop.current();
    if (current.isPresent()
        && loop.interviews().get(current.get()).sessionId().equals(Optional.of(session.id()))) {
      advance(loop, current.get(), session, turn);
    }
  }

  private void continueOpen(Loop loop, Turn turn) {
    Optional<Integer> current = loop.current();
    if (current.isEmpty()) {
      finish(loop, LoopStatus.FINISHED, turn);
      return;
    }
    int index = current.get();
    Interview interview = loop.interviews().get(index);
    Optional<PracticeSession> open = stores.sessions().findOpen(loop.key());
    if (open.isPresent()) {
      PracticeSession s = open.get();
      if (!interview.sessionId().equals(Optional.of(s.id()))) {
        writer.refuseSecond(s, turn);
        return;
      }
      writer.resumeIfNew(s, turn);
      turn.say(
          new CoachReply.Notice(
              "Your loop rehearsal is under way: interviewer "
                  + (index + 1)
                  + " of "
                  + loop.interviews().size()
                  + ", on "
                  + interview.principle().displayName()
                  + ". Answer below, or stop to end the loop with a debrief of the rounds done."));
      turn.say(modes.of(s).prompt(s, modes.question(s)));
      turn.open(Optional.of(modes.where(s)));
      return;
    }
    Optional<PracticeSession> ended =
        interview
            .sessionId()
            .flatMap(
                id ->
                    stores.sessions().sessionsOf(loop.key().person()).stream()
                        .filter(s -> s.id().equals(id) && !s.isOpen())
                        .findFirst());
    if (ended.isPresent()) {
      advance(loop, index, ended.get(), turn);
    } else {
      startRound(loop, index, true, turn);
    }
  }

  private void advance(Loop loop, int index, PracticeSession ended, Turn turn) {
    Instant now = sessions.now();
    Loop recorded = loop.with(index, loop.interviews().get(index).ended(resultOf(ended, now)), now);
    Optional<Integer> next = recorded.current();
    if (ended.phase() == Phase.STOPPED || next.isEmpty()) {
      finish(
          recorded,
          ended.phase() == Phase.STOPPED ? LoopStatus.STOPPED : LoopStatus.FINISHED,
          turn);
      return;
    }
    startRound(recorded, next.get(), false, turn);
  }

  /**
   * Reserves a new session's id in the loop, stores the loop, then the session (so a crash between
   * the two leaves a reservation that {@link #continueOpen} starts again).
   */
  private void startRound(Loop loop, int index, boolean announce, Turn turn) {
    Interview interview = loop.interviews().get(index);
    Question q =
        bank.byId(interview.questionId())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "loop "
                            + loop.id()
                            + " asks '"
                            + interview.questionId()
                            + "', not loaded"));
    PracticeSession session =
        sessions.open(loop.key(), SessionMode.MOCK, q, loop.level(), Phase.FULL_ANSWER);
    if (!saved(loop.with(index, interview.inSession(session.id()), sessions.now()), turn)) {
      return;
    }
    List<CoachReply> replies = new ArrayList<>();
    replies.add(
        new CoachReply.StoryShown(
            new StoryView.LoopRound(index + 1, loop.interviews().size(), interview.principle())));
    // every round shows its question the way a mock start does (some renderers show the question
    // only there); only the first round starts a practice, later ones continue it in place
    replies.add(
        new CoachReply.PracticeStarted(
            SessionMode.MOCK, q, loop.level(), q.totalBudgetSeconds(loop.level())));
    replies.add(modes.of(SessionMode.MOCK).prompt(session, q));
    writer.insert(session, replies, turn, announce);
  }

  private void finish(Loop loop, LoopStatus how, Turn turn) {
    if (!saved(loop.closed(how, sessions.now()), turn)) {
      return;
    }
    Optional<StoryView.LoopDebrief> debrief = debrief(loop);
    turn.say(
        debrief
            .<CoachReply>map(CoachReply.StoryShown::new)
            .orElseGet(
                () ->
                    new CoachReply.Notice(
                        "The loop rehearsal ended before any answer, so there is nothing to"
                            + " debrief. Start another with practice loop when you are ready.")));
  }

  private boolean saved(Loop loop, Turn turn) {
    try {
      loops.save(loop);
      return true;
    } catch (StaleLoopException e) {
      turn.say(
          new ErrorNotice(
              ErrorCode.CONFLICT,
              "Your loop rehearsal moved on somewhere else at the same moment. Send practice loop"
                  + " to see where it stands."));
      return false;
    }
  }

  private Optional<StoryView.LoopDebrief> debrief(Loop loop) {
    List<Story> told = stories.list(loop.key().person());
    List<PracticeSession> all = stores.sessions().sessionsOf(loop.key().person());
    List<LoopEvidence> rounds = new ArrayList<>();
    for (Interview i : loop.interviews()) {
      if (i.result().isEmpty() || !i.result().get().answered()) {
        continue;
      }
      Optional<PracticeSession> s =
          all.stream().filter(x -> i.sessionId().equals(Optional.of(x.id()))).findFirst();
      Optional<Question> q = bank.byId(i.questionId());
      if (s.isPresent() && q.isPresent()) {
        BarRaiserVerdict verdict = judge.verdict(s.get(), q.get()).verdict();
        rounds.add(LoopDebriefs.evidence(q.get(), verdict, s.get(), told));
      }
    }
    CoverageMap coverage = StoryCoverage.of(told, fit);
    List<Principle> uncovered =
        gaps.rank(coverage, stores.history().answersOf(loop.key().person()), available()).stream()
            .filter(st -> st.usableStories() == 0)
            .map(Standing::principle)
            .toList();
    return LoopDebriefs.debrief(rounds, uncovered);
  }

  private InterviewResult resultOf(PracticeSession ended, Instant now) {
    boolean answered =
        ended.answers().stream().anyMatch(a -> a.kind() == AnswerKind.FULL && !a.skipped());
    if (!answered) {
      return InterviewResult.unanswered(now);
    }
    BarRaiserVerdict verdict = judge.verdict(ended, modes.question(ended)).verdict();
    return new InterviewResult(true, verdict.verdict(), verdict.score(), now);
  }

  /** The principles with questions to ask, in their own order. */
  private List<Principle> available() {
    List<Principle> out = new ArrayList<>();
    for (Principle p : Principle.values()) {
      if (!bank.byPrinciple(p).isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }
}
