package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.inbox.EventInbox;
import dev.starcoach.core.inbox.InboundEvent;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.StorageUnavailableException;
import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import dev.starcoach.core.testing.TestBank;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/**
 * Every Discord entry answers in an outage: with the database (stores and inbox) unreachable, a
 * slash command, a button and the answer form each get the "cannot be reached, send that again"
 * reply, through the same inbox and runner the listener uses.
 */
class OutageDiscordTest {
  private static final long USER = 200000000000000001L;
  private static final String GUILD = Places.guild(700000000000000001L);
  private static final SessionKey KEY = Places.key(GUILD, USER);
  private static final DiscordRenderer.Owner OWNER = new DiscordRenderer.Owner(USER, GUILD);

  private final SteppingClock clock = SteppingClock.monday9am();
  private final InMemoryStores stores = new InMemoryStores();
  private final CoachEngine engine = TestServices.engine(stores, clock, 5);
  private final PracticeRunner runner =
      new PracticeRunner(engine, new DiscordRenderer(), new PracticeRoutes());
  private final DiscordInbox inbox =
      new DiscordInbox(new DownInbox(), "instance", clock, Duration.ofSeconds(60));
  private long nextId = 1_200_000_000_000_000_001L;

  @Test
  void givenTheDatabaseIsDown_thenASlashCommandAButtonAndTheFormEachGetTheRetryReply() {
    // GIVEN a drill open in a private thread, then the database goes away
    RecordingOutbox thread = new RecordingOutbox();
    runner.start(
        KEY,
        new CoachEvent.StartPractice(SessionMode.DRILL, TestBank.WALKTHROUGH_ID, null),
        OWNER,
        new RecordingOutbox(),
        () -> new PracticeHomes.Home(thread, "In your thread."));
    stores.setOffline(true);

    // WHEN a slash command comes in (the inbox cannot store it either)
    RecordingOutbox slash = new RecordingOutbox();
    take(
        () ->
            runner.start(
                KEY,
                new CoachEvent.StartPractice(SessionMode.DRILL, null, null),
                OWNER,
                slash,
                () -> new PracticeHomes.Home(slash, "unused")));
    // and a button, and the answer form
    RecordingOutbox button = new RecordingOutbox();
    ComponentId hint = ComponentId.of(ComponentId.Action.HINT, "s0", USER, GUILD);
    take(() -> runner.component(hint, new CoachEvent.RequestHint(), button));
    RecordingOutbox form = new RecordingOutbox();
    ComponentId modal = ComponentId.of(ComponentId.Action.MODAL, "s0", USER, GUILD);
    take(() -> runner.component(modal, new CoachEvent.SubmitAnswer("An answer."), form));

    // THEN each got the retry reply
    for (RecordingOutbox out : List.of(slash, button, form)) {
      assertTrue(
          out.posted().stream()
              .anyMatch(p -> p.text() != null && p.text().contains("cannot be reached")),
          out.titles().toString());
    }
  }

  /** Takes an interaction in through the inbox, as the listener does, and runs its work. */
  private void take(Runnable work) {
    Executor executor = inbox.tracking(Runnable::run);
    inbox.intake(interaction(), () -> executor.execute(work));
  }

  private StoredInteraction interaction() {
    return new StoredInteraction(
        nextId++,
        StoredInteraction.OTHER,
        USER,
        GUILD,
        true,
        "token",
        clock.instant(),
        null,
        null,
        null,
        Map.of(),
        false);
  }

  /** An inbox whose database is unreachable. */
  private static final class DownInbox implements EventInbox {
    private static StorageUnavailableException down() {
      return new StorageUnavailableException("inbox offline", null);
    }

    @Override
    public boolean accept(InboundEvent event, String instanceId) {
      throw down();
    }

    @Override
    public void markDone(String platform, String id, Instant now) {
      throw down();
    }

    @Override
    public void release(String platform, String id) {
      throw down();
    }

    @Override
    public void renew(String instanceId, Instant now) {
      throw down();
    }

    @Override
    public Optional<InboundEvent> claimNext(
        String platform, String instanceId, Instant now, Duration staleAfter) {
      throw down();
    }

    @Override
    public List<InboundEvent> pending(String platform, int limit) {
      throw down();
    }

    @Override
    public int purgeDone(Instant before) {
      throw down();
    }
  }
}
