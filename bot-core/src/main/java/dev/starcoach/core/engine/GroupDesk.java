package dev.starcoach.core.engine;

import dev.starcoach.core.engine.CoachReply.ErrorCode;
import dev.starcoach.core.engine.CoachReply.ErrorNotice;
import dev.starcoach.core.place.LeaderboardRange;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceKeys;
import dev.starcoach.core.place.PlaceServices;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.stats.Leaderboard;
import dev.starcoach.core.stats.PersonStats;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** Group commands through the engine's door: daily questions, channel settings, stats, boards. */
final class GroupDesk {
  private final PlaceServices places;

  GroupDesk(PlaceServices places) {
    this.places = places;
  }

  void daily(CoachEvent.DailyCommand command, Turn turn) {
    turn.say(
        new CoachReply.DailyShown(
            places.daily().apply(command.channel(), command.authority(), command.request())));
  }

  void stats(SessionKey key, Optional<PlaceId> channel, Turn turn) {
    ZoneId placeZone = places.calendar().configuredZone(channel).orElse(null);
    Set<DayOfWeek> days = places.calendar().postingDaysOf(channel);
    PersonStats stats = places.progress().stats(key.person(), placeZone, days);
    turn.say(
        new CoachReply.StatsCard(stats, places.progress().zoneOf(key.person(), placeZone), days));
  }

  void leaderboard(SessionKey key, CoachEvent.ShowLeaderboard ask, Turn turn) {
    if (LeaderboardRange.check(ask.weeksAgo()).isEmpty()) {
      turn.say(
          new ErrorNotice(
              ErrorCode.INVALID_COMMAND, LeaderboardRange.problem(String.valueOf(ask.weeksAgo()))));
      return;
    }
    if (ask.channelOnly() && ask.channel().isEmpty()) {
      turn.say(
          new ErrorNotice(
              ErrorCode.INVALID_COMMAND,
              "A channel's leaderboard is asked for in the channel itself."));
      return;
    }
    String workspace = PlaceKeys.workspaceOf(key.place());
    String prefix =
        ask.channelOnly() ? PlaceKeys.channel(workspace, ask.channel().get().channel()) : workspace;
    Leaderboard.Week week =
        places
            .progress()
            .leaderboard(
                key.person().platform(),
                prefix,
                places.calendar().zoneOf(ask.channel()),
                ask.weeksAgo());
    turn.say(new CoachReply.LeaderboardCard(week, ask.channelOnly(), ask.weeksAgo()));
  }
}
