package dev.starcoach.slack;

import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.StoryView;
import java.util.Optional;

/**
 * Which replies are about the story bank: the story view a reply carries, or empty. A visitor, so a
 * new reply type is a compile error here too, and the adapter never tests reply types.
 */
final class StoryReplies implements CoachReply.Visitor<Optional<StoryView>> {
  static final StoryReplies INSTANCE = new StoryReplies();

  private StoryReplies() {}

  /** The story view {@code reply} carries, if it carries one. */
  static Optional<StoryView> of(CoachReply reply) {
    return reply.accept(INSTANCE);
  }

  @Override
  public Optional<StoryView> practiceStarted(CoachReply.PracticeStarted r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> stepPrompt(CoachReply.StepPrompt r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> answerFeedback(CoachReply.AnswerFeedback r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> strongExample(CoachReply.StrongExample r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> hint(CoachReply.Hint r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> fullAnswerPrompt(CoachReply.FullAnswerPrompt r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> mockBreakdown(CoachReply.MockBreakdown r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> probePrompt(CoachReply.ProbePrompt r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> verdictCard(CoachReply.VerdictCard r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> sessionSummary(CoachReply.SessionSummary r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> quizQuestion(CoachReply.QuizQuestion r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> quizFeedback(CoachReply.QuizFeedback r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> quizSummary(CoachReply.QuizSummary r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> lensCard(CoachReply.LensCard r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> lensChoices(CoachReply.LensChoices r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> questionList(CoachReply.QuestionList r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> levelInfo(CoachReply.LevelInfo r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> resumeNotice(CoachReply.ResumeNotice r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> dataExport(CoachReply.DataExport r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> forgetConfirmation(CoachReply.ForgetConfirmation r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> forgotten(CoachReply.Forgotten r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> dailyShown(CoachReply.DailyShown r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> statsCard(CoachReply.StatsCard r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> leaderboardCard(CoachReply.LeaderboardCard r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> help(CoachReply.Help r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> notice(CoachReply.Notice r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> errorNotice(CoachReply.ErrorNotice r) {
    return Optional.empty();
  }

  @Override
  public Optional<StoryView> story(CoachReply.StoryShown r) {
    return Optional.of(r.view());
  }
}
