package dev.starcoach.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.content.ContentLoader;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.engine.CoachEvent.StartPractice;
import dev.starcoach.core.engine.CoachEvent.SubmitAnswer;
import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.testing.FakeScorer;
import dev.starcoach.core.testing.InMemoryReminders;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.RecordingConversation;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestPlaces;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Quiz and lens follow the question and the story the person last practised. */
class PracticeFollowsPersonTest {
  private static final String NO_WALKTHROUGH = "own-owned-a-mistake";

  private final QuestionBank bank =
      new ContentLoader().load(List.of(Path.of("..", "config", "content")));
  private final SteppingClock clock = SteppingClock.monday9am();
  private final InMemoryStores stores = new InMemoryStores();
  private final CoachEngine engine =
      new CoachEngine(
          bank,
          new FakeScorer(),
          stores.bundle(),
          new TestPlaces(stores, clock).services(),
          clock,
          new Random(7),
          EngineSettings.defaults(),
          new InMemoryReminders(stores));
  private final SessionKey dana = SessionKey.of("test", "room-1", "dana");
  private final RecordingConversation chat = new RecordingConversation();

  private void send(CoachEvent event) {
    clock.advance(Duration.ofSeconds(30));
    engine.handle(dana, event, chat);
  }

  private void drillWithoutWalkthrough() {
    send(new StartPractice(SessionMode.DRILL, NO_WALKTHROUGH, null));
    send(
        new SubmitAnswer(
            "I shipped a config change that broke login for 5% of customers for an hour."));
    send(new CoachEvent.StopSession());
  }

  @Test
  void givenADrillWithoutWalkthrough_whenAQuizIsAsked_thenItSaysWhatIsAvailableInstead() {
    // GIVEN a drill on a question that has no walkthrough
    assertFalse(bank.byId(NO_WALKTHROUGH).orElseThrow().isWalkthrough());
    drillWithoutWalkthrough();

    // WHEN the person asks for a quiz, then for a quiz on that very question
    send(new CoachEvent.StartQuiz(null));
    CoachReply.ErrorNotice plain = chat.last(CoachReply.ErrorNotice.class);
    send(new CoachEvent.StartQuiz(NO_WALKTHROUGH));
    CoachReply.ErrorNotice named = chat.last(CoachReply.ErrorNotice.class);

    // THEN no unseen walkthrough is quizzed; both replies name the question and an alternative
    assertTrue(chat.all(CoachReply.QuizQuestion.class).isEmpty());
    for (CoachReply.ErrorNotice notice : List.of(plain, named)) {
      assertEquals(ErrorCode.NOT_AVAILABLE, notice.code());
      assertTrue(notice.text().contains(NO_WALKTHROUGH), notice.text());
      assertTrue(notice.text().contains("Instead: quiz own-"), notice.text());
    }
  }

  @Test
  void givenAQuizAfterADrill_whenALensIsAsked_thenItRetellsThePersonsStory() {
    // GIVEN a drill on the person's own story, then a quiz on an Ownership walkthrough
    drillWithoutWalkthrough();
    String walkthrough =
        bank.byPrinciple(Principle.OWNERSHIP).stream()
            .filter(q -> q.isWalkthrough() && !q.walkthrough().quiz().isEmpty())
            .findFirst()
            .orElseThrow()
            .id();
    send(new CoachEvent.StartQuiz(walkthrough));
    send(new CoachEvent.StopSession());

    // WHEN they ask for the Customer Obsession lens
    send(new CoachEvent.ShowLens("customer obsession"));

    // THEN the lens is on the drilled question and quotes the person's own sentence
    CoachReply.LensCard lens = chat.last(CoachReply.LensCard.class);
    assertEquals(NO_WALKTHROUGH, lens.question().id());
    assertTrue(lens.lens().leadWith().contains("broke login for 5% of customers"), lens.toString());
  }
}
