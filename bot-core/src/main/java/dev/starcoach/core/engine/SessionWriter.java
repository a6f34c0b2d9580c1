package dev.starcoach.core.engine;

import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.StaleSessionException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Stores what modes decide, before anything is said: a new session (one per person and place), or a
 * change written with compare-and-set and decided again on the fresh state when another writer
 * moved the session on. Also knows which sessions this process has seen, so one found open after a
 * restart is announced before it continues.
 */
final class SessionWriter {
  private static final int MAX_CAS_RETRIES = 3;

  private final QuestionBank bank;
  private final CoachStores stores;
  private final Modes modes;
  private final Set<String> liveSessions = ConcurrentHashMap.newKeySet();

  SessionWriter(QuestionBank bank, CoachStores stores, Modes modes) {
    this.bank = bank;
    this.stores = stores;
    this.modes = modes;
  }

  /** Forgets that this process has seen the session (it was erased). */
  void forgetLive(String sessionId) {
    liveSessions.remove(sessionId);
  }

  void insert(PracticeSession session, List<CoachReply> replies, Turn turn) {
    insert(session, replies, turn, true);
  }

  /**
   * Stores a new session and says its replies.
   *
   * @param announce true when it starts a practice ({@link Outcome#started()}); false when it
   *     continues one the person is in (the next round of a loop rehearsal)
   * @return true when it was stored
   */
  boolean insert(PracticeSession session, List<CoachReply> replies, Turn turn, boolean announce) {
    try {
      stores.sessions().save(session, List.of());
    } catch (StaleSessionException e) {
      Optional<PracticeSession> other = stores.sessions().findOpen(session.key());
      other.ifPresentOrElse(
          s -> refuseSecond(s, turn),
          () ->
              turn.say(
                  new ErrorNotice(
                      ErrorCode.CONFLICT,
                      "Another practice was being started at the same moment. Please try"
                          + " again.")));
      turn.open(other.map(modes::where));
      return false;
    }
    liveSessions.add(session.id());
    turn.sayAll(replies);
    if (announce) {
      turn.started();
    }
    turn.open(Optional.of(modes.where(session)));
    return true;
  }

  void refuseSecond(PracticeSession open, Turn turn) {
    String where = bank.byId(open.questionId()).map(q -> " on \"" + q.text() + "\"").orElse("");
    turn.say(
        new ErrorNotice(
            ErrorCode.SESSION_OPEN,
            "You already have a "
                + open.mode().id()
                + " practice open"
                + where
                + ", at "
                + modes.of(open).label(open)
                + ". Answer it, skip this step, or stop it before starting another."));
  }

  /**
   * Lets a mode decide and stores the change before any reply is kept. When another writer moved
   * the session on meanwhile, the change is decided again on the fresh state if it still stands at
   * the same place; otherwise the person is told, and given their text back.
   *
   * @return the session as stored after the change, or empty when nothing was stored
   */
  Optional<PracticeSession> apply(
      PracticeSession session, Turn turn, Function<PracticeSession, Change> decide) {
    PracticeSession current = session;
    for (int attempt = 0; attempt < MAX_CAS_RETRIES; attempt++) {
      Change change = decide.apply(current);
      if (change.refusal().isPresent()) {
        turn.say(change.refusal().get());
        turn.open(Optional.of(modes.where(current)));
        return Optional.empty();
      }
      try {
        stores.sessions().save(change.next(), change.scored());
      } catch (StaleSessionException e) {
        Optional<PracticeSession> fresh = stores.sessions().findOpen(current.key());
        if (fresh.isPresent()
            && fresh.get().id().equals(current.id())
            && fresh.get().phase() == current.phase()
            && fresh.get().position() == current.position()) {
          current = fresh.get();
          continue;
        }
        turn.say(
            new ErrorNotice(
                ErrorCode.CONFLICT,
                "This practice moved on somewhere else at the same moment, so that was not"
                    + " applied."
                    + change.echo()));
        fresh.ifPresent(s -> turn.say(modes.of(s).prompt(s, modes.question(s))));
        turn.open(fresh.map(modes::where));
        return Optional.empty();
      }
      change.attempts().forEach(a -> stores.quiz().record(a));
      PracticeSession next = change.next();
      if (next.isOpen()) {
        liveSessions.add(next.id());
      } else {
        liveSessions.remove(next.id());
      }
      turn.sayAll(change.replies());
      turn.open(next.isOpen() ? Optional.of(modes.where(next)) : Optional.empty());
      return Optional.of(next);
    }
    turn.say(
        new ErrorNotice(
            ErrorCode.CONFLICT, "This practice is busy elsewhere. Please send that again."));
    return Optional.empty();
  }

  void resumeIfNew(PracticeSession session, Turn turn) {
    if (!liveSessions.contains(session.id())) {
      resume(session, turn, false);
    }
  }

  void resume(PracticeSession session, Turn turn, boolean repeatPrompt) {
    Optional<Question> question = bank.byId(session.questionId());
    if (question.isEmpty()) {
      return;
    }
    liveSessions.add(session.id());
    Mode mode = modes.of(session);
    turn.say(new CoachReply.ResumeNotice(session.mode(), question.get(), mode.label(session)));
    if (repeatPrompt) {
      turn.say(mode.prompt(session, question.get()));
    }
  }
}
