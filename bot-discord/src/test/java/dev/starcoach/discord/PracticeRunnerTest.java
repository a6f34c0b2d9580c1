package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Discord practice flow without JDA: a real engine on in-memory stores, and outboxes that
 * record what would be posted. What is open comes from the engine's outcomes only.
 */
class PracticeRunnerTest {
  private static final long USER = 200000000000000001L;
  private static final String GUILD = Places.guild(700000000000000001L);
  private static final SessionKey KEY = Places.key(GUILD, USER);
  private static final SessionKey DM_KEY = Places.key(Places.DM, USER);
  private static final DiscordRenderer.Owner OWNER = new DiscordRenderer.Owner(USER, GUILD);
  private static final CoachEvent.StartPractice DRILL =
      new CoachEvent.StartPractice(SessionMode.DRILL, TestBank.WALKTHROUGH_ID, null);

  private final InMemoryStores stores = new InMemoryStores();
  private final CoachEngine engine = TestServices.engine(stores, SteppingClock.monday9am(), 5);
  private PracticeRoutes routes = new PracticeRoutes();
  private PracticeRunner runner = new PracticeRunner(engine, new DiscordRenderer(), routes);
  private final RecordingOutbox personal = new RecordingOutbox();
  private final RecordingOutbox thread = new RecordingOutbox();
  private int homesOpened;

  // ---- starting ----

  @Test
  void givenNoPractice_whenOneStartsInAServer_thenItRunsInItsHomeAndThePersonIsToldWhere() {
    // WHEN a drill starts from a server channel
    start();

    // THEN one home was opened, the note is personal, the start card and prompt are in the home
    assertEquals(1, homesOpened);
    assertEquals(1, personal.posted().size());
    assertTrue(personal.posted().get(0).personal());
    assertTrue(personal.said("private thread"));
    assertEquals(
        List.of("Drill practice · " + principle(), "Step 1 of 5 · Situation"), thread.titles());
    // AND the route knows the open step from the outcome
    assertEquals("s0", PromptTag.of(routes.open(KEY).orElseThrow()));
    assertEquals(Optional.of(99L), routes.channelOf(KEY));
  }

  @Test
  void givenAnOpenPractice_whenAnotherStarts_thenRefusedWhereItIsSaidAndThePromptRepeated() {
    // GIVEN an open drill in its thread
    start();
    RecordingOutbox again = new RecordingOutbox();

    // WHEN a second practice is asked for
    runner.start(KEY, DRILL, OWNER, again, this::home);

    // THEN no home is opened; the refusal, where it runs and the current prompt come personally
    assertEquals(1, homesOpened);
    assertTrue(again.posted().get(0).text().contains("already have"));
    assertTrue(again.said("It is in <#99>."));
    assertEquals("Step 1 of 5 · Situation", again.titles().get(again.titles().size() - 1));
  }

  @Test
  void givenAListOfQuestions_whenAsked_thenNoHomeIsOpenedAndTheListIsPersonal() {
    runner.start(KEY, new CoachEvent.ListQuestions(null), OWNER, personal, this::home);

    assertEquals(0, homesOpened);
    assertTrue(personal.titles().get(0).startsWith("All questions"));
  }

  // ---- buttons ----

  @Test
  void givenAButtonOfTheCurrentPrompt_whenPressed_thenItActsAndSaysDone() {
    start();
    RecordingOutbox here = new RecordingOutbox();

    PracticeRunner.Result result =
        runner.component(button(ComponentId.Action.SKIP, "s0"), new CoachEvent.SkipStep(), here);

    assertEquals(PracticeRunner.Result.DONE, result);
    assertEquals(1, open().position());
    assertEquals("s1", PromptTag.of(routes.open(KEY).orElseThrow()));
  }

  @Test
  void givenAButtonOfAnEarlierPrompt_whenPressed_thenRefusedAsStaleAndNotApplied() {
    // GIVEN a drill moved on to Task through this runner
    start();
    runner.component(button(ComponentId.Action.SKIP, "s0"), new CoachEvent.SkipStep(), thread);
    RecordingOutbox here = new RecordingOutbox();

    // WHEN the Situation prompt's Skip is pressed again
    PracticeRunner.Result result =
        runner.component(button(ComponentId.Action.SKIP, "s0"), new CoachEvent.SkipStep(), here);

    // THEN it is stale, said personally, and the practice still waits on Task
    assertEquals(PracticeRunner.Result.STALE, result);
    assertTrue(here.posted().get(0).personal());
    assertTrue(here.said("earlier prompt"));
    assertEquals(1, open().position());
  }

  @Test
  void givenARestart_whenAStaleButtonIsPressed_thenTheEngineSaysWhereItStandsAndNothingApplies() {
    // GIVEN a drill at Task, and a new process that has seen no outcome for the person
    start();
    runner.component(button(ComponentId.Action.SKIP, "s0"), new CoachEvent.SkipStep(), thread);
    restart();
    RecordingOutbox here = new RecordingOutbox();

    // WHEN the Situation prompt's Skip is pressed
    PracticeRunner.Result result =
        runner.component(button(ComponentId.Action.SKIP, "s0"), new CoachEvent.SkipStep(), here);

    // THEN it is refused as stale, and the resumed practice's current prompt is shown
    assertEquals(PracticeRunner.Result.STALE, result);
    assertTrue(here.said("earlier prompt"));
    assertTrue(here.said("Picking up your drill practice"));
    assertEquals("Step 2 of 5 · Task", here.titles().get(here.titles().size() - 1));
    assertEquals(1, open().position());
  }

  @Test
  void givenARestart_whenTheCurrentPromptsButtonIsPressed_thenItActs() {
    start();
    restart();
    RecordingOutbox here = new RecordingOutbox();

    PracticeRunner.Result result =
        runner.component(
            button(ComponentId.Action.MODAL, "s0"),
            new CoachEvent.SubmitAnswer("I traced the stale cache in 3 logs."),
            here);

    assertEquals(PracticeRunner.Result.DONE, result);
    assertEquals("Situation · feedback", here.titles().get(0));
    assertEquals(1, open().position());
  }

  @Test
  void givenAnEmptyAnswer_whenSubmitted_thenRefusedSoItsButtonsStay() {
    start();

    PracticeRunner.Result result =
        runner.component(
            button(ComponentId.Action.MODAL, "s0"), new CoachEvent.SubmitAnswer(" "), thread);

    assertEquals(PracticeRunner.Result.REFUSED, result);
    assertEquals(0, open().position());
  }

  // ---- typed DMs ----

  @Test
  void givenAnOpenDmPractice_whenLoneCommandWordsAndTextAreTyped_thenTheEngineDecides() {
    // GIVEN a drill open in DMs
    RecordingOutbox dm = new RecordingOutbox();
    runner.typed(USER, "/practice drill " + TestBank.WALKTHROUGH_ID, dm);
    assertTrue(stores.findOpen(DM_KEY).isPresent());

    // WHEN "hint" and then an answer are typed
    runner.typed(USER, " Hint ", dm);
    runner.typed(USER, "I traced the stale cache in 3 logs.", dm);

    // THEN the hint came, then the answer was taken for Situation
    assertTrue(dm.titles().contains("Hint · Situation"));
    assertTrue(dm.titles().contains("Situation · feedback"));
    assertEquals(1, stores.findOpen(DM_KEY).orElseThrow().position());
  }

  @Test
  void givenNoPractice_whenACommandOrAnUnknownSlashCommandIsTyped_thenCommandOrRefusal() {
    RecordingOutbox dm = new RecordingOutbox();

    runner.typed(USER, "/dance", dm);
    runner.typed(USER, "/help", dm);

    assertTrue(dm.posted().get(0).personal());
    assertTrue(dm.said("Unknown command"));
    assertEquals("STAR Coach", dm.titles().get(1));
    assertTrue(stores.findOpen(DM_KEY).isEmpty());
  }

  @Test
  void givenAServerPracticeMovedToDms_whenTyped_thenItAnswersThatPracticeUntilItEnds() {
    // GIVEN a server drill that moved to DMs
    start();
    routes.movedToDm(USER, GUILD);
    RecordingOutbox dm = new RecordingOutbox();

    // WHEN an answer is typed, then "stop", then a line after it ended
    runner.typed(USER, "I traced the stale cache in 3 logs.", dm);
    runner.typed(USER, "stop", dm);
    String after = routes.dmPlace(USER);

    // THEN the answer moved the server practice on, stop ended it, and DMs answer DMs again
    assertEquals(Phase.STOPPED, stores.sessionsOf(KEY.person()).get(0).phase());
    assertEquals(Places.DM, after);
  }

  @Test
  void givenStorageDown_whenAnEventFails_thenWhereThePracticeRunsIsNotForgotten() {
    start();
    routes.movedToDm(USER, GUILD);
    stores.setOffline(true);

    runner.typed(USER, "stop", new RecordingOutbox());

    assertEquals(GUILD, routes.dmPlace(USER));
    assertTrue(routes.open(KEY).isPresent());
  }

  @Test
  void givenAConfirmedForget_whenApplied_thenEveryRouteOfThePersonIsDropped() {
    start();
    routes.movedToDm(USER, GUILD);

    runner.component(
        button(ComponentId.Action.FORGET, PromptTag.NONE),
        new CoachEvent.ForgetData(true),
        personal);

    assertTrue(routes.open(KEY).isEmpty());
    assertEquals(Places.DM, routes.dmPlace(USER));
  }

  // ---- helpers ----

  private void start() {
    runner.start(KEY, DRILL, OWNER, personal, this::home);
  }

  private PracticeHomes.Home home() {
    homesOpened++;
    routes.practiceIn(KEY, 99L);
    return new PracticeHomes.Home(thread, "Your practice is in your private thread <#99>.");
  }

  /** A new process: nothing learnt yet, and the engine's own memory of live sessions gone. */
  private void restart() {
    routes = new PracticeRoutes();
    CoachEngine fresh = TestServices.engine(stores, SteppingClock.monday9am(), 5);
    runner = new PracticeRunner(fresh, new DiscordRenderer(), routes);
  }

  private PracticeSession open() {
    return stores.findOpen(KEY).orElseThrow();
  }

  private static ComponentId button(ComponentId.Action action, String tag) {
    return ComponentId.of(action, tag, USER, GUILD);
  }

  private static String principle() {
    return TestBank.load().byId(TestBank.WALKTHROUGH_ID).orElseThrow().principle().displayName();
  }
}
