package dev.starcoach.discord;

import dev.starcoach.core.engine.CoachEngine;
import java.util.Objects;

/**
 * What the Discord bot calls: the engine for everything a person does (practices, quizzes, daily
 * questions, channel settings, stats, leaderboards, daily answers), and the channels' listed daily
 * admins to tell the engine a member's authority.
 *
 * @param engine the one door for every command
 * @param placeAdmins the role or user ids each channel lists as daily admins ({@link PlaceAdmins})
 */
public record DiscordServices(CoachEngine engine, PlaceAdmins placeAdmins) {
  public DiscordServices {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(placeAdmins, "placeAdmins");
  }
}
