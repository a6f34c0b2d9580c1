package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.FindingCategory;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.stats.Leaderboard;
import dev.starcoach.core.stats.PersonStats;
import dev.starcoach.core.stats.TrendChart;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class ProgressRendererTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ProgressRenderer renderer = new ProgressRenderer();

  @Test
  void givenStatsAndTheirChart_whenRendered_thenTheEmbedShowsEverythingAndTheAttachedChart()
      throws IOException {
    // GIVEN stats with averages for three steps, a weakest step and its most frequent issue
    PersonStats stats =
        new PersonStats(
            4,
            9,
            Map.of(AnswerKind.SITUATION, 72, AnswerKind.RESULT, 41, AnswerKind.FULL, 65),
            AnswerKind.RESULT,
            FindingCategory.NO_BASELINE,
            3,
            List.of(
                new PersonStats.WeekPoint(LocalDate.of(2026, 2, 23), 4, 55),
                new PersonStats.WeekPoint(LocalDate.of(2026, 3, 2), 5, 66)));
    byte[] chart = TrendChart.png(stats);

    // WHEN rendered
    MessageCreateData data =
        renderer.stats(
            stats,
            chart,
            ZoneId.of("Europe/Berlin"),
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY));
    JsonNode message = json(data);

    // THEN the chart is attached as trend.png and shown as the embed's image
    assertEquals(1, data.getFiles().size());
    assertEquals("trend.png", data.getFiles().get(0).getName());
    assertEquals("attachment://trend.png", message.at("/embeds/0/image/url").asText());
    assertEquals("trend.png", message.at("/attachments/0/filename").asText());
    // AND sessions, streak (with its zone and days), weakest step and issue, averages
    assertEquals(
        "**4** sessions · **9** scored answers", message.at("/embeds/0/description").asText());
    String streak = message.at("/embeds/0/fields/0/value").asText();
    assertTrue(streak.contains("**3** scheduled days") && streak.contains("Europe/Berlin"), streak);
    assertTrue(streak.contains("Mon, Wed"), streak);
    assertEquals(
        "**Result**\nmost frequent issue: `no_baseline`",
        message.at("/embeds/0/fields/1/value").asText());
    String averages = message.at("/embeds/0/fields/2/value").asText();
    assertTrue(averages.contains("Situation     ▰▰▰▰▰▰▰▱▱▱  72"), averages);
    assertTrue(averages.contains("Result        ▰▰▰▰▱▱▱▱▱▱  41"), averages);
    assertTrue(averages.contains("Whole answers ▰▰▰▰▰▰▰▱▱▱  65"), averages);
    assertEquals(0, message.at("/allowed_mentions/parse").size());
  }

  @Test
  void givenNoAnswersYet_whenRendered_thenAnEncouragingNoteAndNoChart() {
    PersonStats none = new PersonStats(0, 0, Map.of(), null, null, 0, List.of());

    MessageCreateData data = renderer.stats(none, null, ZoneId.of("UTC"), null);

    assertTrue(data.getFiles().isEmpty());
    assertTrue(data.getEmbeds().get(0).getDescription().contains("/practice"));
  }

  @Test
  void givenAWeek_whenTheBoardIsRendered_thenRankMemberPointsDaysAndBestPerLine() {
    // GIVEN a week with a tie for first place and a third
    Leaderboard.Week week =
        new Leaderboard.Week(
            LocalDate.of(2026, 3, 2),
            ZoneId.of("America/New_York"),
            List.of(
                standing(1, "201", 36, 2, 82),
                standing(1, "202", 36, 2, 82),
                standing(3, "203", 14, 1, 40)));

    // WHEN rendered as this server's board
    JsonNode message = json(renderer.leaderboard(week, false, 0));

    // THEN one line per member, mentions that cannot ping, and the week's Monday in the title
    assertEquals(
        "Server leaderboard · week of Mon 2 Mar 2026", message.at("/embeds/0/title").asText());
    assertEquals(
        "🥇 <@201> · **36** pts · 2 days · best 82\n"
            + "🥇 <@202> · **36** pts · 2 days · best 82\n"
            + "🥉 <@203> · **14** pts · 1 day · best 40",
        message.at("/embeds/0/description").asText());
    assertTrue(message.at("/embeds/0/footer/text").asText().contains("America/New_York"));
    assertEquals(0, message.at("/allowed_mentions/parse").size());
    assertTrue(!message.at("/allowed_mentions").has("users"));
  }

  @Test
  void givenAnEmptyPastWeek_whenRendered_thenItSaysNobodyAnsweredThen() {
    Leaderboard.Week week =
        new Leaderboard.Week(LocalDate.of(2026, 2, 16), ZoneId.of("UTC"), List.of());

    JsonNode message = json(renderer.leaderboard(week, true, 2));

    assertEquals(
        "Channel leaderboard · week of Mon 16 Feb 2026", message.at("/embeds/0/title").asText());
    assertEquals(
        "Nobody scored an answer here 2 weeks ago.", message.at("/embeds/0/description").asText());
  }

  private static Leaderboard.Standing standing(
      int rank, String user, int points, int days, int best) {
    return new Leaderboard.Standing(rank, new PersonId("discord", user), points, days, best);
  }

  private static JsonNode json(MessageCreateData data) {
    try {
      return JSON.readTree(data.toData().toString());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
