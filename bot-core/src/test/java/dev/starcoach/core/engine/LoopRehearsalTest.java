package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.loop.Interview;
import dev.starcoach.core.loop.Loop;
import dev.starcoach.core.loop.LoopStatus;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.story.Story;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Loop rehearsals through the engine, on the shipped bank and in-memory stores. */
class LoopRehearsalTest {
  private final SteppingClock clock = SteppingClock.monday9am();
  private final InMemoryStores stores = new InMemoryStores();
  private CoachEngine engine = LoopScript.engine(stores, clock);
  private final SessionKey ada = SessionKey.of("test", "room-1", "ada");
  private final List<Outcome> outcomes = new ArrayList<>();

  private Outcome send(CoachEvent event) {
    clock.advance(Duration.ofSeconds(45));
    Outcome outcome = engine.handle(ada, event);
    outcomes.add(outcome);
    return outcome;
  }

  private PracticeSession open() {
    return stores.findOpen(ada).orElseThrow(() -> new AssertionError("no practice open"));
  }

  private Question question() {
    return LoopScript.BANK.byId(open().questionId()).orElseThrow();
  }

  /**
   * Plays the open round: the full answer, then every probe, until the round's session ends. A
   * strong probe answer takes up the probe's own words (so it is on topic) and adds the person's
   * evidence; a weak one does not.
   */
  private Outcome playRound(String fullAnswer, String probeAnswer) {
    String round = open().id();
    Outcome last = send(new CoachEvent.SubmitAnswer(fullAnswer));
    while (stores.findOpen(ada).map(s -> s.id().equals(round)).orElse(false)) {
      String probe = lastProbe(last);
      last =
          send(
              new CoachEvent.SubmitAnswer(
                  probeAnswer.equals(LoopScript.STRONG_PROBE)
                      ? "About \"" + probe + "\": " + probeAnswer
                      : probeAnswer));
    }
    return last;
  }

  private static int indexOf(Outcome outcome, Predicate<CoachReply> which) {
    for (int i = 0; i < outcome.replies().size(); i++) {
      if (which.test(outcome.replies().get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String lastProbe(Outcome outcome) {
    return outcome.replies().stream()
        .filter(r -> r instanceof CoachReply.ProbePrompt)
        .map(r -> ((CoachReply.ProbePrompt) r).question())
        .reduce((a, b) -> b)
        .orElse("");
  }

  private static <T extends StoryView> List<T> views(List<Outcome> outcomes, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Outcome o : outcomes) {
      for (CoachReply r : o.replies()) {
        if (r instanceof CoachReply.StoryShown shown && type.isInstance(shown.view())) {
          out.add(type.cast(shown.view()));
        }
      }
    }
    return out;
  }

  private Loop onlyLoop() {
    List<Loop> loops = stores.loops().loopsOf(ada.person());
    assertEquals(1, loops.size());
    return loops.get(0);
  }

  private Story storiesServingThreePrinciples() {
    Story invoices =
        LoopScript.addStory(
            stores,
            ada,
            "Garbled invoices",
            LoopScript.INVOICE_STORY,
            Principle.OWNERSHIP,
            Principle.DELIVER_RESULTS);
    LoopScript.addStory(
        stores,
        ada,
        "Slow builds",
        LoopScript.BUILD_STORY,
        Principle.OWNERSHIP,
        Principle.DIVE_DEEP);
    return invoices;
  }

  @Test
  void givenThreeServedPrinciples_whenALoopIsPlayed_thenFourInterviewersAndADebrief() {
    // GIVEN stories serving Ownership (twice), Deliver Results and Dive Deep
    Story invoices = storiesServingThreePrinciples();

    // WHEN the person starts a loop
    Outcome first = send(new CoachEvent.TypedLine("practice loop"));

    // THEN interviewer 1 of 4 asks a mock question: the round, the start, the prompt
    assertTrue(first.started());
    StoryView.LoopRound round1 =
        (StoryView.LoopRound) ((CoachReply.StoryShown) first.replies().get(0)).view();
    assertEquals(1, round1.number());
    assertEquals(4, round1.of());
    assertInstanceOf(CoachReply.PracticeStarted.class, first.replies().get(1));
    assertInstanceOf(CoachReply.FullAnswerPrompt.class, first.replies().get(2));
    assertEquals(SessionMode.MOCK, first.open().orElseThrow().mode());

    // WHEN the Customer Obsession round is answered weakly, the first other round with the
    // invoice story, and the rest with the bank's strong examples
    Optional<Principle> toldInvoices = Optional.empty();
    while (views(outcomes, StoryView.LoopDebrief.class).isEmpty()) {
      Principle principle = question().principle();
      if (principle == Principle.CUSTOMER_OBSESSION) {
        playRound(LoopScript.WEAK_FULL, LoopScript.WEAK_PROBE);
      } else if (toldInvoices.isEmpty()) {
        toldInvoices = Optional.of(principle);
        playRound(LoopScript.marked(LoopScript.INVOICE_STORY), LoopScript.STRONG_PROBE);
      } else {
        playRound(LoopScript.strongAnswer(question()), LoopScript.STRONG_PROBE);
      }
    }

    // THEN four rounds were announced in order, on four different principles: the three the
    // stories serve and the weakest gap
    List<StoryView.LoopRound> rounds = views(outcomes, StoryView.LoopRound.class);
    assertEquals(List.of(1, 2, 3, 4), rounds.stream().map(StoryView.LoopRound::number).toList());
    Set<Principle> asked =
        new HashSet<>(rounds.stream().map(StoryView.LoopRound::principle).toList());
    assertEquals(
        Set.of(
            Principle.OWNERSHIP,
            Principle.DELIVER_RESULTS,
            Principle.DIVE_DEEP,
            Principle.CUSTOMER_OBSESSION),
        asked);
    // AND each later round followed its predecessor's verdict in the same turn, in the same place
    for (Outcome o : outcomes) {
      Optional<Integer> number =
          views(List.of(o), StoryView.LoopRound.class).stream()
              .map(StoryView.LoopRound::number)
              .findFirst();
      if (number.isPresent() && number.get() > 1) {
        assertFalse(o.started(), "a later round continues the practice, it does not start one");
        int verdict = indexOf(o, r -> r instanceof CoachReply.VerdictCard);
        int round =
            indexOf(
                o,
                r ->
                    r instanceof CoachReply.StoryShown s
                        && s.view() instanceof StoryView.LoopRound);
        assertTrue(verdict >= 0 && verdict < round, "the verdict, then the next round: " + o);
        CoachReply.PracticeStarted card = (CoachReply.PracticeStarted) o.replies().get(round + 1);
        assertEquals(SessionMode.MOCK, card.mode(), "each round shows its question");
        assertInstanceOf(
            CoachReply.FullAnswerPrompt.class, o.replies().get(o.replies().size() - 1));
      }
    }

    // AND the debrief reads each interviewer's evidence, names the story told in round 1,
    // and sends the Bar Raiser to the weak Customer Obsession answer
    StoryView.LoopDebrief debrief = views(outcomes, StoryView.LoopDebrief.class).get(0);
    assertEquals(4, debrief.rounds().size());
    Principle invoicePrinciple = toldInvoices.orElseThrow();
    StoryView.LoopEvidence invoiceRound =
        debrief.rounds().stream()
            .filter(r -> r.principle() == invoicePrinciple)
            .findFirst()
            .orElseThrow();
    assertEquals(
        Optional.of(new StoryView.StoryRef(invoices.number(), "Garbled invoices")),
        invoiceRound.story());
    debrief.rounds().forEach(r -> assertFalse(r.evidence().isEmpty()));
    StoryView.LoopEvidence weakest = debrief.rounds().get(debrief.weakest().orElseThrow());
    assertEquals(Principle.CUSTOMER_OBSESSION, weakest.principle());
    assertFalse(weakest.verdict().verdict().isHire());
    assertEquals(Principle.CUSTOMER_OBSESSION, debrief.probeNext());
    assertTrue(
        debrief.probeWhy().contains("thinnest evidence")
            || debrief.probeWhy().contains("nothing that read as Customer Obsession"),
        debrief.probeWhy());
    assertTrue(
        debrief.rounds().get(debrief.strongest().orElseThrow()).verdict().verdict().isHire());

    // AND the loop is finished with every round answered, and nothing is open
    Loop loop = onlyLoop();
    assertEquals(LoopStatus.FINISHED, loop.status());
    assertTrue(loop.interviews().stream().allMatch(i -> i.result().orElseThrow().answered()));
    assertTrue(stores.findOpen(ada).isEmpty());
  }

  @Test
  void givenALoopMidRound_whenTheEngineRestarts_thenANewEngineContinuesTheLoop() {
    // GIVEN a loop with round 1 done and round 2's full answer given (its probes waiting)
    storiesServingThreePrinciples();
    send(new CoachEvent.StartLoop(Optional.empty()));
    playRound(LoopScript.strongAnswer(question()), LoopScript.STRONG_PROBE);
    send(new CoachEvent.SubmitAnswer(LoopScript.strongAnswer(question())));
    assertEquals(Phase.PROBES, open().phase());

    // WHEN the process restarts: a new engine over the same stores, the person back
    engine = LoopScript.engine(stores, clock);
    Outcome back = send(new CoachEvent.Reconnect());

    // THEN the practice resumes at its probe
    assertInstanceOf(CoachReply.ResumeNotice.class, back.replies().get(0));
    assertInstanceOf(CoachReply.ProbePrompt.class, back.replies().get(1));

    // WHEN the rest is answered
    while (stores.findOpen(ada).get().phase() == Phase.PROBES) {
      send(new CoachEvent.SubmitAnswer(LoopScript.STRONG_PROBE));
    }
    while (views(outcomes, StoryView.LoopDebrief.class).isEmpty()) {
      playRound(LoopScript.strongAnswer(question()), LoopScript.STRONG_PROBE);
    }

    // THEN the loop went on through rounds 3 and 4 on the new engine, and its debrief has all four
    assertEquals(
        List.of(1, 2, 3, 4),
        views(outcomes, StoryView.LoopRound.class).stream()
            .map(StoryView.LoopRound::number)
            .toList());
    assertEquals(4, views(outcomes, StoryView.LoopDebrief.class).get(0).rounds().size());
    assertEquals(LoopStatus.FINISHED, onlyLoop().status());
  }

  @Test
  void givenARoundStoredAsFinishedBeforeACrash_whenThePersonIsBack_thenTheNextRoundStarts() {
    // GIVEN round 1 answered, then its end stored by a process that crashed before moving on
    send(new CoachEvent.StartLoop(Optional.empty()));
    send(new CoachEvent.SubmitAnswer(LoopScript.strongAnswer(question())));
    PracticeSession round1 = open();
    stores.save(round1.advance(Phase.FINISHED, round1.position(), clock.instant()), List.of());

    // WHEN a new engine sees the person back
    engine = LoopScript.engine(stores, clock);
    Outcome back = send(new CoachEvent.Reconnect());

    // THEN round 1 is recorded and interviewer 2 asks the next question
    StoryView.LoopRound round2 =
        (StoryView.LoopRound) ((CoachReply.StoryShown) back.replies().get(0)).view();
    assertEquals(2, round2.number());
    assertInstanceOf(
        CoachReply.FullAnswerPrompt.class, back.replies().get(back.replies().size() - 1));
    assertEquals(SessionMode.MOCK, back.open().orElseThrow().mode());
    Interview first = stores.loops().findOpen(ada).orElseThrow().interviews().get(0);
    assertTrue(first.result().orElseThrow().answered());
  }

  @Test
  void givenALoopInRoundTwo_whenStopped_thenTheLoopEndsWithADebriefOfRoundOne() {
    // GIVEN round 1 done and round 2 asked
    send(new CoachEvent.StartLoop(Optional.empty()));
    Principle firstPrinciple = question().principle();
    playRound(LoopScript.strongAnswer(question()), LoopScript.STRONG_PROBE);

    // WHEN the person stops
    Outcome stopped = send(new CoachEvent.TypedLine("stop"));

    // THEN the debrief covers round 1 alone, the loop is stopped, and nothing is open
    StoryView.LoopDebrief debrief = views(List.of(stopped), StoryView.LoopDebrief.class).get(0);
    assertEquals(1, debrief.rounds().size());
    assertEquals(firstPrinciple, debrief.rounds().get(0).principle());
    assertEquals(LoopStatus.STOPPED, onlyLoop().status());
    assertTrue(stopped.open().isEmpty());
    assertTrue(stores.loops().findOpen(ada).isEmpty());
  }

  @Test
  void givenALoopStoppedBeforeAnyAnswer_whenStopped_thenThereIsNothingToDebrief() {
    send(new CoachEvent.StartLoop(Optional.empty()));

    Outcome stopped = send(new CoachEvent.StopSession());

    assertTrue(views(List.of(stopped), StoryView.LoopDebrief.class).isEmpty());
    Predicate<CoachReply> nothing =
        r -> r instanceof CoachReply.Notice n && n.text().contains("nothing to debrief");
    assertTrue(stopped.replies().stream().anyMatch(nothing), stopped.replies().toString());
    assertEquals(LoopStatus.STOPPED, onlyLoop().status());
  }

  @Test
  void givenALoopUnderWay_whenPracticeLoopAgain_thenItSaysWhereItStandsAndStartsNoOther() {
    send(new CoachEvent.StartLoop(Optional.empty()));
    String asked = open().id();

    Outcome again = send(new CoachEvent.StartLoop(Optional.empty()));

    assertTrue(((CoachReply.Notice) again.replies().get(0)).text().contains("interviewer 1 of 4"));
    assertInstanceOf(CoachReply.FullAnswerPrompt.class, again.replies().get(1));
    assertEquals(asked, again.open().orElseThrow().sessionId());
    assertEquals(1, stores.loops().loopsOf(ada.person()).size());
  }

  @Test
  void givenADrillOpen_whenPracticeLoop_thenItIsRefusedAndNoLoopIsKept() {
    send(new CoachEvent.StartPractice(SessionMode.DRILL, "ownership", null));

    // (with a practice open, a bare line is its answer: the command needs its slash)
    Outcome refused = send(new CoachEvent.TypedLine("/practice loop"));

    assertEquals(Optional.of(CoachReply.ErrorCode.SESSION_OPEN), refused.refusal());
    assertTrue(stores.loops().loopsOf(ada.person()).isEmpty());
    assertEquals(SessionMode.DRILL, refused.open().orElseThrow().mode());
  }

  @Test
  void givenNoStories_whenALoopStarts_thenItPlansFourDifferentPrinciples() {
    send(new CoachEvent.StartLoop(Optional.empty()));

    Loop loop = onlyLoop();
    assertEquals(4, loop.interviews().size());
    assertEquals(
        4, new HashSet<>(loop.interviews().stream().map(Interview::principle).toList()).size());
    loop.interviews()
        .forEach(
            i ->
                assertEquals(
                    i.principle(), LoopScript.BANK.byId(i.questionId()).orElseThrow().principle()));
  }

  @Test
  void givenALoop_whenExportedAndForgotten_thenItIsInTheExportAndThenGone() {
    // GIVEN a loop with one round done
    send(new CoachEvent.StartLoop(Optional.empty()));
    playRound(LoopScript.strongAnswer(question()), LoopScript.STRONG_PROBE);
    String loopId = onlyLoop().id();

    // WHEN the person exports, then forgets
    Outcome exported = send(new CoachEvent.ExportData());
    send(new CoachEvent.ForgetData(true));

    // THEN the export held the loop, and after forget no loop is left
    String json = ((CoachReply.DataExport) exported.replies().get(0)).json();
    assertTrue(json.contains("\"loops\""), json);
    assertTrue(json.contains(loopId));
    assertTrue(stores.loops().loopsOf(ada.person()).isEmpty());
    assertTrue(stores.loops().findOpen(ada).isEmpty());
  }
}
