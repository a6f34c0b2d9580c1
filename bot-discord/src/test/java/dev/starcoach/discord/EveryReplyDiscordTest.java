package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Lens;
import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuizItem;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.content.Verdict;
import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyQuestionService;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.StoryView;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.BarRaiserVerdict;
import dev.starcoach.core.scoring.Finding;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.stats.Leaderboard;
import dev.starcoach.core.stats.PersonStats;
import dev.starcoach.core.testing.StoryViewSamples;
import dev.starcoach.core.testing.TestBank;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

/**
 * Every kind of engine reply, with worst-case content (the longest texts, the most findings and
 * options, markdown and mention syntax everywhere), rendered for Discord and checked against
 * Discord's limits.
 */
class EveryReplyDiscordTest {
  /** The longest user id and place the buttons can carry. */
  private static final DiscordRenderer.Owner OWNER =
      new DiscordRenderer.Owner(-1L, Places.guild(-1L));

  private static final String NASTY = "**bold** <@123> <#9> @everyone `x` _y_ ~~z~~ ||s|| \\ > q\n";

  private final DiscordRenderer renderer = new DiscordRenderer();
  private final Question base = TestBank.load().byId(TestBank.WALKTHROUGH_ID).orElseThrow();

  @Test
  void givenOneOfEachReplyType_whenTheListIsBuilt_thenNoTypeIsMissing() {
    // GIVEN every type the engine may send (the sealed interface's permitted types)
    Set<Class<?>> permitted = Set.of(CoachReply.class.getPermittedSubclasses());

    // WHEN the worst-case replies are listed
    Set<Class<?>> covered = worstCase().stream().map(Object::getClass).collect(Collectors.toSet());

    // THEN each type is there
    assertEquals(permitted, covered);
  }

  @Test
  void givenTheStoryReplies_whenListed_thenEveryStoryViewTypeIsThere() {
    // GIVEN every story view the engine may send
    Set<Class<?>> views = Set.of(StoryView.class.getPermittedSubclasses());

    // WHEN the worst-case story replies are listed
    Set<Class<?>> shown =
        worstCase().stream()
            .filter(CoachReply.StoryShown.class::isInstance)
            .map(r -> ((CoachReply.StoryShown) r).view().getClass())
            .collect(Collectors.toSet());

    // THEN each view type is rendered by the limits check
    assertEquals(views, shown);
  }

  @Test
  void givenTheDailyReplies_whenListed_thenEveryResultAndEveryPostingOutcomeIsThere() {
    // GIVEN every kind of daily result and every way posting at once can end
    Set<Class<?>> results = Set.of(DailyAdmin.Result.class.getPermittedSubclasses());
    Set<DailyQuestionService.Action> actions = EnumSet.allOf(DailyQuestionService.Action.class);

    // WHEN the worst-case daily replies are listed
    List<DailyAdmin.Result> shown =
        worstCase().stream()
            .filter(CoachReply.DailyShown.class::isInstance)
            .map(r -> ((CoachReply.DailyShown) r).result())
            .toList();

    // THEN each result type and each posting outcome is rendered by the limits check
    assertEquals(results, shown.stream().map(Object::getClass).collect(Collectors.toSet()));
    assertEquals(
        actions,
        shown.stream()
            .filter(DailyAdmin.Result.Posted.class::isInstance)
            .map(r -> ((DailyAdmin.Result.Posted) r).outcome().action())
            .collect(Collectors.toSet()));
  }

  @Test
  void givenWorstCaseReplies_whenRendered_thenEachStaysWithinDiscordsLimits() {
    for (CoachReply reply : worstCase()) {
      // WHEN rendered
      MessageCreateData message = renderer.render(reply, OWNER);

      // THEN Discord would take it
      List<String> broken = DiscordLimits.violations(message);
      assertTrue(broken.isEmpty(), describe(reply) + ": " + broken);
    }
  }

  @Test
  void givenTheHelpCard_whenRenderedEitherWay_thenItStaysWithinDiscordsLimits() {
    assertTrue(DiscordLimits.violations(renderer.help()).isEmpty());
    assertTrue(
        DiscordLimits.violations(renderer.render(new CoachReply.Help(true), OWNER)).isEmpty());
  }

  @Test
  void givenQuestionTextWithMarkdownAndMentions_whenShownInBold_thenItIsEscaped() {
    // GIVEN a question whose text would close the bold and show a mention pill
    Question q = question("Tell me about **that** time <@123> pinged <@&7> in <#9>.");

    // WHEN its start card and mock prompt are rendered
    String started =
        renderer
            .render(new CoachReply.PracticeStarted(SessionMode.DRILL, q, Level.SDE2, 150), OWNER)
            .getEmbeds()
            .get(0)
            .getDescription();
    String mock =
        renderer
            .render(new CoachReply.FullAnswerPrompt(q, Level.SDE2, 150), OWNER)
            .getEmbeds()
            .get(0)
            .getDescription();

    // THEN the bold holds: the text's own asterisks and mention syntax are escaped
    for (String shown : List.of(started, mock)) {
      assertTrue(shown.startsWith("**Tell me about \\*\\*that\\*\\* time \\<@123>"), shown);
      assertTrue(shown.contains("\\<@&7> in \\<#9>.**"), shown);
    }
  }

  @Test
  void givenATextEndingInAnEscapeWhenClipped_whenBold_thenNoLoneBackslashEscapesTheClosingMarkup() {
    // GIVEN text whose escaped form is cut right after a backslash
    String text = "a".repeat(9) + "*tail";

    // WHEN clipped to 10 characters in bold
    String bold = Markup.bold(text, 10);

    // THEN it closes cleanly
    assertEquals("**aaaaaaaaa…**", bold);
    assertFalse(bold.contains("\\…"));
  }

  private List<CoachReply> worstCase() {
    Question q = question(NASTY.repeat(300));
    String longText = NASTY.repeat(200);
    List<String> nineOptions = Collections.nCopies(9, longText);
    QuizItem item = new QuizItem(longText, nineOptions, 9, longText);
    List<Lens> lenses = new ArrayList<>();
    for (Principle p : Principle.values()) {
      lenses.add(new Lens(p, longText, longText, longText));
    }
    Assessment a = assessment();
    List<CoachReply.PartScore> parts =
        Arrays.stream(Step.values()).map(s -> new CoachReply.PartScore(s, longText, a)).toList();
    List<CoachReply.SummaryRow> rows =
        Arrays.stream(Step.values())
            .map(s -> new CoachReply.SummaryRow(longText, 100, 9999.9, 9999, 99_999_999L))
            .toList();
    List<Question> many = Collections.nCopies(500, q);
    List<String> phrases = Collections.nCopies(50, longText);
    List<CoachReply> replies = new ArrayList<>();
    replies.addAll(practiceReplies(q, longText, item, lenses, a, parts, rows, many, phrases));
    replies.addAll(groupReplies(longText));
    replies.addAll(StoryViewSamples.worstCase(longText, q));
    return replies;
  }

  private static List<CoachReply> practiceReplies(
      Question q,
      String longText,
      QuizItem item,
      List<Lens> lenses,
      Assessment a,
      List<CoachReply.PartScore> parts,
      List<CoachReply.SummaryRow> rows,
      List<Question> many,
      List<String> phrases) {
    return List.of(
        new CoachReply.PracticeStarted(SessionMode.GUIDED, q, Level.SENIOR, 99_999),
        new CoachReply.StepPrompt(Step.REFLECTION, 5, 5, 99_999, longText, longText, longText),
        new CoachReply.AnswerFeedback(AnswerKind.PROBE, null, longText, a, 99_999_999L),
        new CoachReply.StrongExample(Step.ACTION, longText, phrases),
        new CoachReply.Hint(Step.RESULT, longText, longText, phrases),
        new CoachReply.FullAnswerPrompt(q, Level.SENIOR, 99_999),
        new CoachReply.MockBreakdown(a, parts, List.of(Step.values()), 99_999_999L, 99_999),
        new CoachReply.ProbePrompt(999, 999, longText, Step.RESULT),
        new CoachReply.VerdictCard(
            q,
            Level.SENIOR,
            new BarRaiserVerdict(Verdict.NO_HIRE, 0, Collections.nCopies(50, longText))),
        new CoachReply.SessionSummary(
            q, SessionMode.DRILL, Level.SENIOR, rows, 100, 99_999, 99_999, true),
        new CoachReply.QuizQuestion(q, 999, 999, item),
        new CoachReply.QuizFeedback(999, false, 9, 1, longText, longText),
        new CoachReply.QuizSummary(q, 999, 999),
        new CoachReply.LensCard(q, lenses.get(0)),
        new CoachReply.LensChoices(q, lenses),
        new CoachReply.QuestionList(null, many),
        new CoachReply.LevelInfo(Level.SENIOR, false),
        new CoachReply.ResumeNotice(SessionMode.MOCK, q, longText),
        new CoachReply.DataExport(longText),
        new CoachReply.StoryShown(
            new dev.starcoach.core.engine.StoryView.StoryRemoved(
                new dev.starcoach.core.story.StoryNumber(1), "A story")),
        new CoachReply.ForgetConfirmation(),
        new CoachReply.Forgotten(Integer.MAX_VALUE),
        new CoachReply.Help(true),
        new CoachReply.Notice(longText),
        new CoachReply.ErrorNotice(CoachReply.ErrorCode.INVALID_COMMAND, longText));
  }

  /**
   * Daily results of every kind (a schedule with every field at its longest, each posting outcome,
   * a channel with hundreds of admins), stats with every step and years of trend, and a board of
   * hundreds of members with the longest ids, all in the longest zone name.
   */
  private static List<CoachReply> groupReplies(String longText) {
    PlaceId place = Places.placeId(-1L, -1L);
    ZoneId zone = ZoneId.of("America/Argentina/ComodRivadavia");
    DailySchedule schedule =
        new DailySchedule(
            place,
            LocalTime.of(23, 59),
            zone,
            EnumSet.complementOf(EnumSet.of(DayOfWeek.FRIDAY)),
            longText,
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
                      place, LocalDate.of(9999, 12, 31), action, longText, longText))));
    }
    Set<String> admins = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      admins.add(Long.toUnsignedString(-1L - i));
      admins.add(longText + i);
    }
    replies.add(
        daily(
            new DailyAdmin.Result.PlaceShown(new PlaceSettings(place, admins, zone), zone, true)));
    replies.add(
        daily(
            new DailyAdmin.Result.PlaceShown(new PlaceSettings(place, admins, null), zone, false)));
    replies.add(daily(new DailyAdmin.Result.Refused(longText)));
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
    List<Leaderboard.Standing> standings = new ArrayList<>();
    for (int i = 1; i <= 500; i++) {
      standings.add(
          new Leaderboard.Standing(
              i,
              new PersonId(Places.PLATFORM, Long.toUnsignedString(-i)),
              Integer.MAX_VALUE,
              7,
              100));
    }
    replies.add(
        new CoachReply.LeaderboardCard(
            new Leaderboard.Week(LocalDate.of(9999, 12, 27), zone, standings), true, 52));
    return replies;
  }

  private static CoachReply daily(DailyAdmin.Result result) {
    return new CoachReply.DailyShown(result);
  }

  private static String describe(CoachReply reply) {
    String name = reply.getClass().getSimpleName();
    if (reply instanceof CoachReply.StoryShown story) {
      name += " " + story.view().getClass().getSimpleName();
    }
    if (reply instanceof CoachReply.DailyShown shown) {
      DailyAdmin.Result result = shown.result();
      name += " " + result.getClass().getSimpleName();
      if (result instanceof DailyAdmin.Result.Posted posted) {
        name += " " + posted.outcome().action();
      }
    }
    return name;
  }

  private Question question(String text) {
    return new Question(
        base.id(),
        base.principle(),
        text,
        base.tags(),
        base.probes(),
        base.walkthrough(),
        base.source());
  }

  private static Assessment assessment() {
    List<Finding> findings = new ArrayList<>();
    for (FindingCategory c : FindingCategory.values()) {
      findings.add(new Finding(c, NASTY.repeat(20), NASTY.repeat(20)));
    }
    return new Assessment(
        100, Verdict.STRONG_HIRE, 99_999.9, 99_999, findings, List.of(), List.of());
  }
}
