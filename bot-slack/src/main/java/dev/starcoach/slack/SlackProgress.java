package dev.starcoach.slack;

import com.slack.api.model.view.View;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.stats.Leaderboard;
import dev.starcoach.core.stats.PersonStats;
import dev.starcoach.core.stats.ProgressService;
import dev.starcoach.core.stats.TrendChart;
import dev.starcoach.core.store.PlaceId;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress on Slack: {@code /star stats} (with the trend chart uploaded to the member's DM), {@code
 * /star leaderboard} and the App Home tab. Runs on the work queue, after the acknowledgement.
 */
final class SlackProgress {
  private static final Logger LOG = LoggerFactory.getLogger(SlackProgress.class);
  static final String CHART_FILE = "star-trend.png";

  /** What {@code /star leaderboard} asked for; {@code channel} null means "pick for me". */
  record BoardRequest(Boolean channel, int weeksAgo) {
    static final int MAX_WEEKS_AGO = 520;

    /**
     * Reads {@code [channel|workspace] [weeks-ago]} in any order.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static BoardRequest parse(String args) {
      Boolean channel = null;
      int weeksAgo = 0;
      String text = args == null ? "" : args.strip().toLowerCase(Locale.ROOT);
      for (String w : text.isEmpty() ? new String[0] : text.split("\\s+")) {
        switch (w) {
          case "channel", "here" -> channel = Boolean.TRUE;
          case "workspace", "team", "all" -> channel = Boolean.FALSE;
          default -> weeksAgo = weeks(w);
        }
      }
      return new BoardRequest(channel, weeksAgo);
    }

    private static int weeks(String word) {
      int n;
      try {
        n = Integer.parseInt(word);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "'" + word + "' is not channel, workspace or a number of weeks ago", e);
      }
      if (n < 0 || n > MAX_WEEKS_AGO) {
        throw new IllegalArgumentException("weeks ago must be between 0 and " + MAX_WEEKS_AGO);
      }
      return n;
    }
  }

  private final PlaceServices places;
  private final SlackPoster poster;
  private final SlackDirectory directory;
  private final ProgressRenderer renderer;
  private final BiFunction<String, String, Optional<Destination>> direct;

  /**
   * @param direct opens the DM with a member: (team, user) to the DM, empty when it cannot be
   *     opened
   */
  SlackProgress(
      PlaceServices places,
      SlackPoster poster,
      SlackDirectory directory,
      ProgressRenderer renderer,
      BiFunction<String, String, Optional<Destination>> direct) {
    this.places = places;
    this.poster = poster;
    this.directory = directory;
    this.renderer = renderer;
    this.direct = direct;
  }

  /** {@code /star stats}: figures through the response URL, the trend chart to the DM. */
  void stats(String team, String user, String channel, String responseUrl) {
    PersonId person = new PersonId(SlackCoach.PLATFORM, user);
    PlaceId place = channelPlace(team, channel);
    ZoneId placeZone = places.zoneOf(place);
    Set<DayOfWeek> days = places.postingDaysOf(place);
    ProgressService progress = places.progress();
    PersonStats stats = progress.stats(person, placeZone, days);
    ZoneId zone = progress.zoneOf(person, placeZone);
    String chartNote = null;
    if (stats.answers() > 0) {
      Optional<Destination> dm = direct.apply(team, user);
      if (dm.isPresent()) {
        byte[] png = TrendChart.png(stats);
        poster
            .uploadPng(
                dm.get().channel(),
                png,
                CHART_FILE,
                "Your weekly average score",
                "Your weekly average score over the last " + stats.trend().size() + " weeks.")
            .whenComplete((r, e) -> SlackPoster.logged("files.uploadV2", r, e));
        chartNote = ":chart_with_upwards_trend: Your trend chart is in our DM (Messages tab).";
      } else {
        chartNote = "I could not open a DM with you to send your trend chart.";
      }
    }
    poster.respondAll(responseUrl, List.of(renderer.stats(stats, zone, chartNote)));
  }

  /** {@code /star leaderboard [channel|workspace] [weeks-ago]}. */
  void leaderboard(String team, String user, String channel, String args, String responseUrl) {
    BoardRequest request;
    try {
      request = BoardRequest.parse(args);
    } catch (IllegalArgumentException e) {
      poster.respondAll(responseUrl, List.of(SlackMessages.invalid(e.getMessage())));
      return;
    }
    PlaceId place = channelPlace(team, channel);
    boolean byChannel = request.channel() != null ? request.channel() : places.hasSchedule(place);
    if (byChannel && place == null) {
      poster.respondAll(
          responseUrl,
          List.of(SlackMessages.invalid("Run `/star leaderboard channel` in the channel itself.")));
      return;
    }
    String prefix =
        byChannel ? PlaceServices.dailyPlace(team, channel) : PlaceServices.workspacePrefix(team);
    ZoneId zone = places.zoneOf(place);
    Leaderboard.Week week =
        places.progress().leaderboard(SlackCoach.PLATFORM, prefix, zone, request.weeksAgo());
    PersonId me = new PersonId(SlackCoach.PLATFORM, user);
    Map<PersonId, String> names = new HashMap<>();
    for (Leaderboard.Standing s : week.standings()) {
      if (s.rank() <= ProgressRenderer.BOARD_SIZE || s.person().equals(me)) {
        directory.name(s.person().userId()).ifPresent(n -> names.put(s.person(), n));
      }
    }
    poster.respondAll(
        responseUrl,
        List.of(
            renderer.leaderboard(
                week,
                byChannel ? "channel" : "workspace",
                byChannel ? "this channel" : "the workspace",
                request.weeksAgo(),
                names,
                me)));
  }

  /** The App Home view: progress in the member's own zone and this week's workspace standing. */
  View home(String team, String user) {
    PersonId person = new PersonId(SlackCoach.PLATFORM, user);
    ProgressService progress = places.progress();
    PersonStats stats = progress.stats(person, null, null);
    ZoneId zone = progress.zoneOf(person, null);
    Optional<ProgressRenderer.Standing> standing = Optional.empty();
    try {
      Leaderboard.Week week =
          progress.leaderboard(SlackCoach.PLATFORM, PlaceServices.workspacePrefix(team), zone, 0);
      standing =
          week.standings().stream()
              .filter(s -> s.person().equals(person))
              .findFirst()
              .map(
                  s ->
                      new ProgressRenderer.Standing(
                          s.rank(), week.standings().size(), s.points(), s.daysAnswered()));
    } catch (RuntimeException e) {
      LOG.warn("Weekly standing for the App Home failed: {}", e.toString());
    }
    return renderer.home(stats, zone, standing);
  }

  private static PlaceId channelPlace(String team, String channel) {
    return channel == null || channel.startsWith("D") ? null : PlaceServices.place(team, channel);
  }
}
