package dev.starcoach.core.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.starcoach.core.testing.InMemoryInbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inbox round every adapter shares: take over what a stopped instance left, purge the old. */
class InboxSweepTest {
  private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");
  private static final Duration STALE = Duration.ofSeconds(60);

  private static InboundEvent event(String platform, String id) {
    return new InboundEvent(platform, id, "message", "{}", T0);
  }

  @Test
  void givenEventsADeadInstanceHeld_whenARoundRuns_thenOnlyThisPlatformsStaleOnesAreResumed() {
    // GIVEN a dead instance held two Slack events and one Discord event, and a live one holds one
    InMemoryInbox inbox = new InMemoryInbox();
    inbox.accept(event("slack", "Ev1"), "dead");
    inbox.accept(event("slack", "Ev2"), "dead");
    inbox.accept(event("discord", "I1"), "dead");
    InboxSweep sweep = new InboxSweep(inbox, "slack", "me", STALE);
    List<String> resumed = new ArrayList<>();

    // WHEN this instance's Slack round runs before the holds are stale, and then after
    sweep.round(T0.plusSeconds(30), () -> false, e -> resumed.add(e.id()));
    List<String> early = List.copyOf(resumed);
    sweep.round(T0.plusSeconds(61), () -> false, e -> resumed.add(e.id()));

    // THEN nothing was taken while the holds were fresh, then both Slack events, once each
    assertEquals(List.of(), early);
    assertEquals(List.of("Ev1", "Ev2"), resumed);
  }

  @Test
  void givenTheAdapterIsClosing_whenARoundRuns_thenNothingIsTakenOver() {
    // GIVEN a stale event
    InMemoryInbox inbox = new InMemoryInbox();
    inbox.accept(event("slack", "Ev1"), "dead");
    List<String> resumed = new ArrayList<>();

    // WHEN a round runs while the adapter closes
    new InboxSweep(inbox, "slack", "me", STALE)
        .round(T0.plusSeconds(120), () -> true, e -> resumed.add(e.id()));

    // THEN the event stays pending for another instance
    assertEquals(List.of(), resumed);
    assertEquals(1, inbox.pending("slack", 10).size());
  }

  @Test
  void givenEventsDoneLongAgo_whenARoundRuns_thenTheirIdsArePurgedAtMostHourly() {
    // GIVEN one event done two days ago and one done just now
    InMemoryInbox inbox = new InMemoryInbox();
    Instant now = T0.plus(Duration.ofDays(2));
    inbox.accept(event("slack", "old"), "me");
    inbox.markDone("slack", "old", T0);
    inbox.accept(event("slack", "new"), "me");
    inbox.markDone("slack", "new", now);
    InboxSweep sweep = new InboxSweep(inbox, "slack", "me", STALE);

    // WHEN a round runs
    sweep.round(now, () -> false, e -> {});

    // THEN only the id kept longer than a day is gone
    assertEquals(1, inbox.size());
  }
}
