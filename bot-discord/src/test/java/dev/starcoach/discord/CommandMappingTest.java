package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.session.SessionMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandMappingTest {
  private static final long OWNER = 42L;

  private static SlashAction slash(String name, Map<String, String> options) {
    return CommandMapping.slash(new SlashRequest(name, options, false));
  }

  @Test
  void givenPracticeWithAllOptions_whenMapped_thenStartPracticeWithModeQuestionAndLevel() {
    // GIVEN /practice mode:mock question:test-stale-cache level:senior
    Map<String, String> options =
        Map.of("mode", "mock", "question", "test-stale-cache", "level", "senior");

    // WHEN mapped
    SlashAction action = slash("practice", options);

    // THEN it starts a mock practice on that question at Senior, in a thread or DM
    assertEquals(
        new SlashAction.Engine(
            new CoachEvent.StartPractice(SessionMode.MOCK, "test-stale-cache", Level.SENIOR), true),
        action);
  }

  @Test
  void givenPracticeWithOnlyAPrinciple_whenMapped_thenThePrincipleIsTheSelector() {
    SlashAction action = slash("practice", Map.of("principle", "dive-deep"));

    assertEquals(
        new SlashAction.Engine(new CoachEvent.StartPractice(null, "dive-deep", null), true),
        action);
  }

  @Test
  void givenPracticeWithQuestionAndPrinciple_whenMapped_thenTheQuestionWins() {
    SlashAction action =
        slash("practice", Map.of("question", "test-stale-cache", "principle", "ownership"));

    assertEquals(
        "test-stale-cache",
        ((CoachEvent.StartPractice) ((SlashAction.Engine) action).event()).selector());
  }

  @Test
  void givenPracticeWithoutOptions_whenMapped_thenEverythingIsLeftToTheEngine() {
    assertEquals(
        new SlashAction.Engine(new CoachEvent.StartPractice(null, null, null), true),
        slash("practice", Map.of("question", "  ")));
  }

  @Test
  void givenABadModeLevelOrPrinciple_whenMapped_thenInvalidNamesTheValue() {
    SlashAction mode = slash("practice", Map.of("mode", "quiz"));
    SlashAction level = slash("practice", Map.of("level", "intern"));
    SlashAction principle = slash("questions", Map.of("principle", "speed"));

    assertTrue(((SlashAction.Invalid) mode).text().contains("quiz"));
    assertTrue(((SlashAction.Invalid) level).text().contains("intern"));
    assertTrue(((SlashAction.Invalid) principle).text().contains("speed"));
  }

  @Test
  void givenTheOtherEngineCommands_whenMapped_thenEachGivesItsEvent() {
    assertEquals(
        new SlashAction.Engine(new CoachEvent.StartQuiz("test-stale-cache"), true),
        slash("quiz", Map.of("question", "test-stale-cache")));
    assertEquals(
        new SlashAction.Engine(new CoachEvent.StartQuiz(null), true), slash("quiz", Map.of()));
    assertEquals(
        new SlashAction.Engine(new CoachEvent.ListQuestions("ownership"), false),
        slash("questions", Map.of("principle", "ownership")));
    assertEquals(
        new SlashAction.Engine(new CoachEvent.ShowLens("earn-trust"), false),
        slash("lens", Map.of("principle", "earn-trust")));
    assertEquals(
        new SlashAction.Engine(new CoachEvent.ChangeLevel(Level.SDE1), false),
        slash("level", Map.of("level", "sde1")));
    assertEquals(
        new SlashAction.Engine(new CoachEvent.ChangeLevel(null), false), slash("level", Map.of()));
    assertEquals(
        new SlashAction.Engine(new CoachEvent.ExportData(), false), slash("export", Map.of()));
    assertEquals(
        new SlashAction.Engine(new CoachEvent.ForgetData(false), false), slash("forget", Map.of()));
    assertEquals(new SlashAction.Help(), slash("help", Map.of()));
  }

  @Test
  void givenStatsLeaderboardAndDaily_whenRouted_thenTheGroupCommandsTakeThemNotTheEngine() {
    // GIVEN the study-group commands; WHEN the listener routes them; THEN group commands take them
    for (String name : List.of("stats", "leaderboard", "daily")) {
      assertTrue(GroupCommands.handles(name), name);
    }
    // AND the engine's mapping does not pretend to know them
    assertInstanceOf(SlashAction.Invalid.class, slash("stats", Map.of()));
    assertFalse(GroupCommands.handles("practice"));
  }

  @Test
  void givenButtons_whenMapped_thenEachGivesItsEngineEvent() {
    assertEquals(
        Optional.of(new CoachEvent.RequestHint()),
        CommandMapping.component(id(ComponentId.Action.HINT), null));
    assertEquals(
        Optional.of(new CoachEvent.SkipStep()),
        CommandMapping.component(id(ComponentId.Action.SKIP), null));
    assertEquals(
        Optional.of(new CoachEvent.StopSession()),
        CommandMapping.component(id(ComponentId.Action.STOP), null));
    assertEquals(
        Optional.of(new CoachEvent.ChooseOption(3)),
        CommandMapping.component(
            new ComponentId(ComponentId.Action.OPTION, 3, "q1", OWNER, Places.DM), null));
    assertEquals(
        Optional.of(new CoachEvent.ForgetData(true)),
        CommandMapping.component(id(ComponentId.Action.FORGET), null));
    assertEquals(Optional.empty(), CommandMapping.component(id(ComponentId.Action.ANSWER), null));
    assertEquals(Optional.empty(), CommandMapping.component(id(ComponentId.Action.KEEP), null));
  }

  @Test
  void givenAModalSubmission_whenMapped_thenTheTextIsTheAnswer() {
    CoachEvent event =
        CommandMapping.component(id(ComponentId.Action.MODAL), "I rebuilt the import job.")
            .orElseThrow();

    assertEquals(new CoachEvent.SubmitAnswer("I rebuilt the import job."), event);
  }

  @Test
  void givenSomeoneElsesButton_whenChecked_thenNotOwner() {
    assertEquals(
        CommandMapping.Check.NOT_OWNER,
        CommandMapping.check(id(ComponentId.Action.SKIP), 7L, Optional.of("s2")));
  }

  @Test
  void givenAButtonOfAnEarlierPrompt_whenChecked_thenStale() {
    assertEquals(
        CommandMapping.Check.STALE,
        CommandMapping.check(id(ComponentId.Action.SKIP), OWNER, Optional.of("s3")));
    assertEquals(
        CommandMapping.Check.OK,
        CommandMapping.check(id(ComponentId.Action.SKIP), OWNER, Optional.of("s2")));
    assertEquals(
        CommandMapping.Check.OK,
        CommandMapping.check(id(ComponentId.Action.SKIP), OWNER, Optional.empty()));
  }

  private static ComponentId id(ComponentId.Action action) {
    return ComponentId.of(
        action, action == ComponentId.Action.FORGET ? "-" : "s2", OWNER, "guild:9");
  }

  @Test
  void givenTimezone_whenMapped_thenAChangeTimeZoneEventOrAShowWithoutAZone() {
    assertEquals(
        new SlashAction.Engine(new CoachEvent.ChangeTimeZone("Europe/Berlin"), false),
        slash("timezone", Map.of("zone", "Europe/Berlin")));
    assertEquals(
        new SlashAction.Engine(new CoachEvent.ChangeTimeZone(null), false),
        slash("timezone", Map.of()));
  }

  @Test
  void givenADailyPostsPractiseButton_whenMapped_thenAMockPracticeOfItsQuestionAtItsLevel() {
    DailyComponentId id =
        DailyComponentId.button(DailyComponentId.Action.PRACTICE, Level.SENIOR, "test-stale-cache");

    assertEquals(
        new SlashAction.Engine(
            new CoachEvent.StartPractice(SessionMode.MOCK, "test-stale-cache", Level.SENIOR), true),
        CommandMapping.dailyPractice(id));
  }
}
