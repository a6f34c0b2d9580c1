package dev.starcoach.discord;

import static dev.starcoach.discord.GroupFixture.ROLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.starcoach.core.daily.DailyQuestionService;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A schedule set through {@code /daily set} and run by the core scheduler with a stepping clock:
 * each weekday's question is posted once, at the right local time, through the Discord publisher,
 * across the change to summer time in Europe.
 */
class DailyScheduleDiscordTest {

  @Test
  void givenWeekdaysAt9InBerlin_whenTwoWeeksAcrossTheClockChangePass_thenOnePostPerWeekdayAt9()
      throws Exception {
    // GIVEN Monday 23 March 2026, 00:00 UTC, and a server manager setting 09:00 Europe/Berlin
    GroupFixture discord = new GroupFixture(Instant.parse("2026-03-23T00:00:00Z"));
    discord.member(true);
    discord.listener.onSlash(
        discord.slash(
            "daily",
            "set",
            Map.of("time", "09:00", "zone", "Europe/Berlin", "mention", "<@&" + ROLE + ">")));
    discord.sent.clear();

    // WHEN the scheduler ticks every quarter of an hour for two weeks (Berlin moves to summer time
    // on Sunday 29 March)
    List<DailyQuestionService.Action> actions = new ArrayList<>();
    Instant end = Instant.parse("2026-04-06T00:00:00Z");
    while (discord.clock.instant().isBefore(end)) {
      discord.scheduler.tick().forEach(o -> actions.add(o.action()));
      discord.clock.advance(Duration.ofMinutes(15));
    }

    // THEN ten posts went to the channel, one per weekday, each at 09:00 Berlin time
    List<GroupFixture.Sent> posts = discord.to("channel");
    List<Instant> expected = new ArrayList<>();
    for (String day : List.of("23", "24", "25", "26", "27")) {
      expected.add(Instant.parse("2026-03-" + day + "T08:00:00Z"));
    }
    for (String day : List.of("03-30", "03-31", "04-01", "04-02", "04-03")) {
      expected.add(Instant.parse("2026-" + day + "T07:00:00Z"));
    }
    assertEquals(expected, posts.stream().map(GroupFixture.Sent::at).toList());
    posts.forEach(
        p ->
            assertEquals(
                9, p.at().atZone(ZoneId.of("Europe/Berlin")).getHour(), "posted at 09:00 local"));
    // AND the scheduler reported ten posts, and no slot from before the schedule existed
    assertEquals(Collections.nCopies(10, DailyQuestionService.Action.POSTED), actions);
    // AND each post opened its answer thread and pinged only the schedule's role
    assertEquals(10, discord.threadNames.size());
    posts.forEach(
        p ->
            assertEquals(
                List.of(Long.toUnsignedString(ROLE)), List.copyOf(p.data().getMentionedRoles())));
    // AND nothing else was sent anywhere
    assertEquals(10, discord.sent.size());
  }
}
