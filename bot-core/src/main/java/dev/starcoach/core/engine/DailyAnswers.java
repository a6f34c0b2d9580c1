package dev.starcoach.core.engine;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.engine.CoachReply.PartScore;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.ScoreBand;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.CoachStores;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Answers to a daily question posted in a thread: scored as a mock answer and kept in history. */
final class DailyAnswers {
  private final QuestionBank bank;
  private final CoachStores stores;
  private final SessionFactory sessions;
  private final Judge judge;

  DailyAnswers(QuestionBank bank, CoachStores stores, SessionFactory sessions, Judge judge) {
    this.bank = bank;
    this.stores = stores;
    this.sessions = sessions;
    this.judge = judge;
  }

  /** Scores and stores the answer; the feedback goes to {@code turn}; the band when taken. */
  Optional<ScoreBand> answer(
      SessionKey key, String questionId, Level level, String text, Turn turn) {
    Optional<Question> found = bank.byId(questionId);
    if (found.isEmpty()) {
      turn.say(
          new ErrorNotice(ErrorCode.UNKNOWN_QUESTION, "That daily question is no longer loaded."));
      return Optional.empty();
    }
    Optional<ErrorNotice> refused = judge.refusal(text, "Post your answer in the thread again.");
    if (refused.isPresent()) {
      turn.say(refused.get());
      return Optional.empty();
    }
    Question q = found.get();
    Instant now = sessions.now();
    int budget = q.totalBudgetSeconds(level);
    Assessment full = judge.full(text, level, q);
    List<PartScore> parts = judge.parts(full, q, level);
    PracticeSession session =
        sessions
            .open(key, SessionMode.MOCK, q, level, Phase.FINISHED)
            .withAnswer(
                RecordedAnswer.scored(AnswerKind.FULL, 0, "Daily question", text, full, 0, now));
    stores
        .sessions()
        .save(session, List.of(sessions.row(session, q, AnswerKind.FULL, text, full, 0, now)));
    turn.say(new CoachReply.MockBreakdown(full, parts, Judge.missing(parts), 0, budget));
    return Optional.of(ScoreBand.of(full.score()));
  }
}
