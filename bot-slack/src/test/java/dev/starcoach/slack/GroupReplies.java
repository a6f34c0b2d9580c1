package dev.starcoach.slack;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.LeaderboardRange;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.stats.Leaderboard;
import dev.starcoach.core.stats.PersonStats;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The group replies (daily results, stats, boards) at their worst, for the limits tests. */
final class GroupReplies {
  private GroupReplies() {}

  /**
   * Daily results of every kind (a schedule with every field at its longest, each posting outcome
   * with a long reason, a channel with hundreds of long admin ids), stats with every step and ten
   * years of trend, and boards of hundreds of members, all in the longest zone name.
   *
   * @param board members on the biggest board, the last one ranked last
   */
  static List<CoachReply> worstCase(int board) {
    PlaceId place = new PlaceId("slack", "T" + "9".repeat(40), "C" + "9".repeat(40));
    ZoneId zone = ZoneId.of("America/Argentina/ComodRivadavia");
    DailySchedule schedule =
        new DailySchedule(
            place,
            LocalTime.of(23, 59),
            zone,
            EnumSet.complementOf(EnumSet.of(DayOfWeek.FRIDAY)),
            SlackLimitsTest.ANSWER,
            Arrays.stream(Principle.values())
                .max(Comparator.comparingInt(p -> p.displayName().length()))
                .orElseThrow(),
            Level.SENIOR,
            true);
    ZonedDateTime next = ZonedDateTime.of(9999, 12, 29, 23, 59, 0, 0, zone);
    List<CoachReply> replies = new ArrayList<>();
    replies.add(daily(new DailyAdmin.Result.Schedule(schedule, next, true)));
    replies.add(daily(new DailyAdmin.Result.Schedule(schedule.withEnabled(false), null, false)));
    replies.add(daily(new DailyAdmin.Result.NoSchedule()));
    for (DailyQuestionService.Action action : DailyQuestionService.Action.values()) {
      replies.add(
          daily(
              new DailyAdmin.Result.Posted(
                  new DailyQuestionService.Outcome(
                      place,
                      LocalDate.of(9999, 12, 31),
                      action,
                      SlackLimitsTest.ANSWER,
                      SlackLimitsTest.ANSWER))));
    }
    Set<String> admins = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      admins.add("S" + i + "X".repeat(40));
      admins.add(SlackLimitsTest.ANSWER.substring(0, 200) + i);
    }
    replies.add(
        daily(
            new DailyAdmin.Result.PlaceShown(new PlaceSettings(place, admins, zone), zone, true)));
    replies.add(
        daily(
            new DailyAdmin.Result.PlaceShown(new PlaceSettings(place, admins, null), zone, false)));
    replies.add(
        daily(
            new DailyAdmin.Result.PlaceShown(
                new PlaceSettings(place, Set.of(), null), null, false)));
    replies.add(daily(new DailyAdmin.Result.Refused(SlackLimitsTest.ANSWER)));
    Map<AnswerKind, Integer> averages = new EnumMap<>(AnswerKind.class);
    for (AnswerKind kind : AnswerKind.values()) {
      averages.put(kind, 100);
    }
    List<PersonStats.WeekPoint> trend = new ArrayList<>();
    for (int week = 0; week < 520; week++) {
      trend.add(new PersonStats.WeekPoint(LocalDate.of(2000, 1, 3).plusWeeks(week), 999, 100));
    }
    FindingCategory longestIssue =
        Arrays.stream(FindingCategory.values())
            .max(Comparator.comparingInt(c -> c.id().length()))
            .orElseThrow();
    replies.add(
        new CoachReply.StatsCard(
            new PersonStats(
                Integer.MAX_VALUE,
                Integer.MAX_VALUE,
                averages,
                AnswerKind.REFLECTION,
                longestIssue,
                Integer.MAX_VALUE,
                trend),
            zone,
            EnumSet.complementOf(EnumSet.of(DayOfWeek.FRIDAY))));
    replies.add(
        new CoachReply.StatsCard(
            new PersonStats(0, 0, Map.of(), null, null, 0, List.of()), zone, Set.of()));
    List<Leaderboard.Standing> standings = new ArrayList<>();
    for (int i = 1; i <= board; i++) {
      standings.add(
          new Leaderboard.Standing(i, new PersonId("slack", "U" + i), Integer.MAX_VALUE, 7, 100));
    }
    Leaderboard.Week week = new Leaderboard.Week(LocalDate.of(9999, 12, 27), zone, standings);
    replies.add(new CoachReply.LeaderboardCard(week, false, 0));
    replies.add(new CoachReply.LeaderboardCard(week, true, LeaderboardRange.MAX_WEEKS_AGO));
    replies.add(
        new CoachReply.LeaderboardCard(
            new Leaderboard.Week(LocalDate.of(2026, 3, 2), zone, List.of()), true, 1));
    return replies;
  }

  private static CoachReply daily(DailyAdmin.Result result) {
    return new CoachReply.DailyShown(result);
  }

  /** Collects the daily results among replies (a visitor, like every renderer). */
  static final class DailyResults implements CoachReply.Visitor<Void> {
    private final List<DailyAdmin.Result> into;

    DailyResults(List<DailyAdmin.Result> into) {
      this.into = into;
    }

    @Override
    public Void dailyShown(CoachReply.DailyShown reply) {
      into.add(reply.result());
      return null;
    }

    @Override
    public Void story(CoachReply.StoryShown reply) {
      return null;
    }

    @Override
    public Void practiceStarted(CoachReply.PracticeStarted reply) {
      return null;
    }

    @Override
    public Void stepPrompt(CoachReply.StepPrompt reply) {
      return null;
    }

    @Override
    public Void answerFeedback(CoachReply.AnswerFeedback reply) {
      return null;
    }

    @Override
    public Void strongExample(CoachReply.StrongExample reply) {
      return null;
    }

    @Override
    public Void hint(CoachReply.Hint reply) {
      return null;
    }

    @Override
    public Void fullAnswerPrompt(CoachReply.FullAnswerPrompt reply) {
      return null;
    }

    @Override
    public Void mockBreakdown(CoachReply.MockBreakdown reply) {
      return null;
    }

    @Override
    public Void probePrompt(CoachReply.ProbePrompt reply) {
      return null;
    }

    @Override
    public Void verdictCard(CoachReply.VerdictCard reply) {
      return null;
    }

    @Override
    public Void sessionSummary(CoachReply.SessionSummary reply) {
      return null;
    }

    @Override
    public Void quizQuestion(CoachReply.QuizQuestion reply) {
      return null;
    }

    @Override
    public Void quizFeedback(CoachReply.QuizFeedback reply) {
      return null;
    }

    @Override
    public Void quizSummary(CoachReply.QuizSummary reply) {
      return null;
    }

    @Override
    public Void lensCard(CoachReply.LensCard reply) {
      return null;
    }

    @Override
    public Void lensChoices(CoachReply.LensChoices reply) {
      return null;
    }

    @Override
    public Void questionList(CoachReply.QuestionList reply) {
      return null;
    }

    @Override
    public Void levelInfo(CoachReply.LevelInfo reply) {
      return null;
    }

    @Override
    public Void resumeNotice(CoachReply.ResumeNotice reply) {
      return null;
    }

    @Override
    public Void dataExport(CoachReply.DataExport reply) {
      return null;
    }

    @Override
    public Void forgetConfirmation(CoachReply.ForgetConfirmation reply) {
      return null;
    }

    @Override
    public Void forgotten(CoachReply.Forgotten reply) {
      return null;
    }

    @Override
    public Void statsCard(CoachReply.StatsCard reply) {
      return null;
    }

    @Override
    public Void leaderboardCard(CoachReply.LeaderboardCard reply) {
      return null;
    }

    @Override
    public Void help(CoachReply.Help reply) {
      return null;
    }

    @Override
    public Void notice(CoachReply.Notice reply) {
      return null;
    }

    @Override
    public Void errorNotice(CoachReply.ErrorNotice reply) {
      return null;
    }
  }
}
