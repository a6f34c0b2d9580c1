package dev.starcoach.slack;

import java.util.Objects;

/**
 * What the Slack bot calls, handed over by the composition root: the engine for everything a member
 * does (practices, quizzes, daily questions and channel settings, stats, leaderboards, the App
 * Home, daily answers), and the channels' listed daily admins to tell the engine a member's
 * authority.
 *
 * <p>The engine's daily service must post the daily questions of places with platform {@code slack}
 * through {@link SlackBot#dailyPublisher()}: build it with a publisher that routes by {@code
 * post.schedule().place().platform()} and is bound to the bot once it exists.
 *
 * @param coach the engine, usually {@code CoachPort.of(engine)}
 * @param placeAdmins the member and user-group ids each channel lists as daily admins ({@link
 *     PlaceAdmins})
 */
public record SlackServices(CoachPort coach, PlaceAdmins placeAdmins) {
  public SlackServices {
    Objects.requireNonNull(coach, "coach");
    Objects.requireNonNull(placeAdmins, "placeAdmins");
  }
}
