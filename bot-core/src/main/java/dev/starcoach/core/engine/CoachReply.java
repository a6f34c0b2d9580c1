package dev.starcoach.core.engine;

import dev.starcoach.core.content.Lens;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuizItem;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.stats.Leaderboard;
import dev.starcoach.core.stats.PersonStats;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Something the engine says, for an adapter to render. Platform-neutral data only. */
public sealed interface CoachReply {

  /** Hands this reply to the visitor's method for its type. */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per reply type. A renderer implements it, so adding a reply type is a compile error
   * in every renderer until it says how to show it.
   *
   * @param <R> what the renderer makes of a reply
   */
  interface Visitor<R> {
    R practiceStarted(PracticeStarted reply);

    R stepPrompt(StepPrompt reply);

    R answerFeedback(AnswerFeedback reply);

    R strongExample(StrongExample reply);

    R hint(Hint reply);

    R fullAnswerPrompt(FullAnswerPrompt reply);

    R mockBreakdown(MockBreakdown reply);

    R probePrompt(ProbePrompt reply);

    R verdictCard(VerdictCard reply);

    R sessionSummary(SessionSummary reply);

    R quizQuestion(QuizQuestion reply);

    R quizFeedback(QuizFeedback reply);

    R quizSummary(QuizSummary reply);

    R lensCard(LensCard reply);

    R lensChoices(LensChoices reply);

    R questionList(QuestionList reply);

    R levelInfo(LevelInfo reply);

    R resumeNotice(ResumeNotice reply);

    R dataExport(DataExport reply);

    R forgetConfirmation(ForgetConfirmation reply);

    R forgotten(Forgotten reply);

    R dailyShown(DailyShown reply);

    R statsCard(StatsCard reply);

    R leaderboardCard(LeaderboardCard reply);

    R help(Help reply);

    R notice(Notice reply);

    R errorNotice(ErrorNotice reply);

    R story(StoryShown reply);
  }

  /** A practice began: which question, how, and at what level. */
  record PracticeStarted(SessionMode mode, Question question, Level level, int budgetSeconds)
      implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.practiceStarted(this);
    }
  }

  /**
   * Asks for one STAR step.
   *
   * @param number 1-based position among {@code of} steps
   * @param coaching the coaching tip (guided mode), or null
   * @param commonMistake the common mistake to avoid (guided mode), or null
   * @param levelNote what this level should show in this step, or null
   */
  record StepPrompt(
      Step step,
      int number,
      int of,
      int targetSeconds,
      String coaching,
      String commonMistake,
      String levelNote)
      implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.stepPrompt(this);
    }
  }

  /**
   * Feedback on one answer to a step or a probe.
   *
   * @param step the step answered, or null for a probe
   * @param prompt the step's name or the probe question
   */
  record AnswerFeedback(
      AnswerKind kind, Step step, String prompt, Assessment assessment, long replyMillis)
      implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.answerFeedback(this);
    }
  }

  /** A strong example of a step, shown after the person's own answer in guided mode. */
  record StrongExample(Step step, String example, List<String> keyPhrases) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.strongExample(this);
    }
  }

  /** A hint on the current step, given on request. */
  record Hint(Step step, String coaching, String commonMistake, List<String> keyPhrases)
      implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.hint(this);
    }
  }

  /** Mock mode: asks the question alone, like a real interview. */
  record FullAnswerPrompt(Question question, Level level, int budgetSeconds) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.fullAnswerPrompt(this);
    }
  }

  /** One STAR part found in a full answer, with its own score. */
  record PartScore(Step step, String text, Assessment assessment) {}

  /**
   * Mock mode: the full answer split into its parts, each scored, and the parts missing.
   *
   * @param full the assessment of the whole answer
   */
  record MockBreakdown(
      Assessment full,
      List<PartScore> parts,
      List<Step> missing,
      long replyMillis,
      int budgetSeconds)
      implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.mockBreakdown(this);
    }

    public MockBreakdown {
      parts = List.copyOf(parts);
      missing = List.copyOf(missing);
    }
  }

  /** Mock mode: one follow-up probe. */
  record ProbePrompt(int number, int of, String question, Step focus) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.probePrompt(this);
    }
  }

  /** Mock mode: the closing Bar Raiser verdict with its reasons. */
  record VerdictCard(Question question, Level level, BarRaiserVerdict verdict)
      implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.verdictCard(this);
    }
  }

  /**
   * One row of a session summary.
   *
   * @param score the step's score, or -1 when skipped
   */
  record SummaryRow(
      String label, int score, double spokenSeconds, int targetSeconds, long replyMillis) {
    /** True when the step was skipped. */
    public boolean skipped() {
      return score < 0;
    }
  }

  /**
   * The end of a guided or drill practice: a table of steps, the average and totals.
   *
   * @param completed false when the person stopped early
   */
  record SessionSummary(
      Question question,
      SessionMode mode,
      Level level,
      List<SummaryRow> rows,
      int averageScore,
      double spokenSeconds,
      int budgetSeconds,
      boolean completed)
      implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.sessionSummary(this);
    }

    public SessionSummary {
      rows = List.copyOf(rows);
    }
  }

  /** One quiz item, numbered from 1. */
  record QuizQuestion(Question question, int number, int of, QuizItem item) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.quizQuestion(this);
    }
  }

  /** Whether a quiz choice was right, with the explanation. Options are numbered from 1. */
  record QuizFeedback(
      int number, boolean correct, int chosen, int answer, String answerText, String explanation)
      implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.quizFeedback(this);
    }
  }

  /** The end of a quiz. */
  record QuizSummary(Question question, int correct, int total) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.quizSummary(this);
    }
  }

  /** How to retell a story for another principle. */
  record LensCard(Question question, Lens lens) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.lensCard(this);
    }
  }

  /** The lenses a question offers, when none or an unknown one was asked for. */
  record LensChoices(Question question, List<Lens> lenses) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.lensChoices(this);
    }

    public LensChoices {
      lenses = List.copyOf(lenses);
    }
  }

  /** A list of questions. {@code principle} is the filter, or null for all. */
  record QuestionList(Principle principle, List<Question> questions) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.questionList(this);
    }

    public QuestionList {
      questions = List.copyOf(questions);
    }
  }

  /** The person's level, after showing or changing it. */
  record LevelInfo(Level level, boolean changed) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.levelInfo(this);
    }
  }

  /**
   * A session found open after a restart or reconnect continues; the current prompt follows.
   *
   * @param stepLabel the name of the step or probe it continues at
   */
  record ResumeNotice(SessionMode mode, Question question, String stepLabel) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.resumeNotice(this);
    }
  }

  /** The person's data as a JSON document. */
  record DataExport(String json) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.dataExport(this);
    }
  }

  /** Asks the person to confirm deleting their data. */
  record ForgetConfirmation() implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.forgetConfirmation(this);
    }
  }

  /** Something about the story bank, gap-aimed practice or a loop rehearsal. */
  record StoryShown(StoryView view) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.story(this);
    }
  }

  /** The person's data was deleted. */
  record Forgotten(int records) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.forgotten(this);
    }
  }

  /**
   * The commands, asked for or needed (an empty line, an unknown word). Each adapter shows them in
   * its own syntax.
   *
   * @param practiceOpen true when a practice is open, so answering is what comes next
   */
  record Help(boolean practiceOpen) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.help(this);
    }
  }

  /** What a daily-question or channel-settings command did. */
  record DailyShown(DailyAdmin.Result result) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.dailyShown(this);
    }
  }

  /**
   * A person's stats.
   *
   * @param zone the zone the streak's days were counted in
   * @param postingDays the days the streak counts
   */
  record StatsCard(PersonStats stats, ZoneId zone, Set<DayOfWeek> postingDays)
      implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.statsCard(this);
    }

    public StatsCard {
      postingDays = Set.copyOf(postingDays);
    }
  }

  /**
   * A weekly leaderboard.
   *
   * @param channelOnly true when it counts one channel's daily answers alone
   * @param weeksAgo 0 for this week
   */
  record LeaderboardCard(Leaderboard.Week week, boolean channelOnly, int weeksAgo)
      implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.leaderboardCard(this);
    }
  }

  /** Plain information, such as "no practice is open". */
  record Notice(String text) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.notice(this);
    }
  }

  /** Something went wrong that the person can act on; {@code code} is stable for adapters. */
  record ErrorNotice(ErrorCode code, String text) implements CoachReply {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.errorNotice(this);
    }
  }

  /** Stable codes for {@link ErrorNotice}. */
  enum ErrorCode {
    EMPTY_ANSWER,
    ANSWER_TOO_LONG,
    NO_SESSION,
    SESSION_OPEN,
    UNKNOWN_QUESTION,
    UNKNOWN_PRINCIPLE,
    NOT_AVAILABLE,
    BAD_CHOICE,
    CONFLICT,
    STORAGE_UNAVAILABLE,
    UNKNOWN_COMMAND,
    INVALID_COMMAND
  }
}
