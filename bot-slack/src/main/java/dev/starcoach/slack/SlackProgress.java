package dev.starcoach.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.Outcome;
import dev.starcoach.core.engine.StoryRequest;
import dev.starcoach.core.place.LeaderboardRange;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.session.SessionKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * Progress on Slack through the engine's door: {@code /star stats} (the trend chart uploaded to the
 * member's DM), {@code /star leaderboard} and the App Home tab. The engine works out the channel's
 * zone and posting days, picks the board and answers storage outages; this class parses, calls and
 * renders. Runs on the work queue, after the acknowledgement.
 */
final class SlackProgress {

  /**
   * What {@code /star leaderboard} asked for: the channel's board ({@code channel}) or the
   * workspace's (the default), and how many weeks back.
   */
  record BoardRequest(boolean channel, int weeksAgo) {
    /**
     * Reads {@code [channel|workspace] [weeks-ago]} in any order; weeks back are 0 to {@link
     * LeaderboardRange#MAX_WEEKS_AGO}, read by the core's {@link LeaderboardRange}.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static BoardRequest parse(String args) {
      boolean channel = false;
      int weeksAgo = 0;
      String text = args == null ? "" : args.strip().toLowerCase(Locale.ROOT);
      for (String w : text.isEmpty() ? new String[0] : text.split("\\s+")) {
        switch (w) {
          case "channel", "here" -> channel = true;
          case "workspace", "team", "all" -> channel = false;
          default -> weeksAgo = weeks(w);
        }
      }
      return new BoardRequest(channel, weeksAgo);
    }

    private static int weeks(String word) {
      if (!word.matches("[-+]?\\d+")) {
        throw new IllegalArgumentException(
            "'" + word + "' is not channel, workspace or a number of weeks ago");
      }
      return LeaderboardRange.parse(word)
          .orElseThrow(() -> new IllegalArgumentException(LeaderboardRange.problem(word)));
    }

    /** The engine's event, asked in {@code channel} (empty in a DM). */
    CoachEvent.ShowLeaderboard event(Optional<PlaceId> at) {
      return new CoachEvent.ShowLeaderboard(at, channel, weeksAgo);
    }
  }

  private final CoachPort coach;
  private final SlackPoster poster;
  private final ReplyRenderer replies;
  private final ProgressRenderer renderer;
  private final BiFunction<String, String, CompletableFuture<Optional<Destination>>> direct;

  /**
   * @param replies renders the engine's replies, finding members' names
   * @param direct opens the DM with a member: (team, user) to the DM, empty when it cannot be
   *     opened
   */
  SlackProgress(
      CoachPort coach,
      SlackPoster poster,
      ReplyRenderer replies,
      ProgressRenderer renderer,
      BiFunction<String, String, CompletableFuture<Optional<Destination>>> direct) {
    this.coach = coach;
    this.poster = poster;
    this.replies = replies;
    this.renderer = renderer;
    this.direct = direct;
  }

  /** {@code /star stats}: the figures through the response URL, the trend chart to the DM. */
  void stats(String team, String user, String channel, String responseUrl) {
    Outcome outcome =
        coach.handle(
            SlackCoach.key(team, user),
            new CoachEvent.ShowStats(SlackPlaces.channel(team, channel)));
    List<SlackPost> answer = new ArrayList<>();
    for (SlackPost post : replies.forMember(user).renderAll(outcome.replies())) {
      answer.add(post.file().isPresent() ? sendFile(team, user, post, responseUrl) : post);
    }
    poster.respondAll(responseUrl, answer);
  }

  /**
   * Uploads a post's file (the trend chart) to the member's DM; the post itself, without the file,
   * says where it went.
   */
  private SlackPost sendFile(String team, String user, SlackPost post, String responseUrl) {
    SlackFile file = post.file().orElseThrow();
    CompletableFuture<Optional<Destination>> opening = direct.apply(team, user);
    Optional<Destination> known = opening.getNow(null);
    if (known != null && known.isEmpty()) {
      return post.withoutFile(file.notSentNote());
    }
    // never waits for Slack: a DM still being opened gets the chart when it is open, and the
    // person is told through the response URL if it cannot be
    opening.thenAccept(
        dm -> {
          if (dm.isPresent()) {
            poster
                .upload(dm.get(), file)
                .whenComplete((r, e) -> SlackPoster.logged("files.uploadV2", r, e));
          } else if (known == null) {
            poster.respondAll(responseUrl, List.of(SlackMessages.plain(file.notSentNote())));
          }
        });
    return post.withoutFile(":chart_with_upwards_trend: " + file.sentNote());
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
    Outcome outcome =
        coach.handle(SlackCoach.key(team, user), request.event(SlackPlaces.channel(team, channel)));
    poster.respondAll(responseUrl, replies.forMember(user).renderAll(outcome.replies()));
  }

  /**
   * The App Home view: the member's stats in their own zone, their standing on this week's
   * workspace board and their stories with the gaps in their coverage, as the engine tells them (a
   * problem it reports is shown once).
   */
  View home(String team, String user) {
    SessionKey key = SlackCoach.key(team, user);
    List<SlackPost> parts = new ArrayList<>();
    ReplyRenderer home = replies.forMember(user).forHome();
    for (CoachEvent event :
        List.<CoachEvent>of(
            new CoachEvent.ShowStats(Optional.empty()),
            new CoachEvent.ShowLeaderboard(Optional.empty(), false, 0),
            new CoachEvent.StoryCommand(new StoryRequest.Coverage()))) {
      coach.handle(key, event).replies().forEach(r -> parts.add(home.render(r)));
    }
    List<LayoutBlock> body = new ArrayList<>();
    Set<String> shown = new HashSet<>();
    for (SlackPost part : parts) {
      if (shown.add(part.text())) {
        body.addAll(part.blocks());
      }
    }
    return renderer.home(body);
  }
}
