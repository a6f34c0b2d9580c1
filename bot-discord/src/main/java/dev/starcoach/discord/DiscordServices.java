package dev.starcoach.discord;

import dev.starcoach.core.engine.CoachEngine;
import java.util.Objects;

/**
 * What the Discord bot calls: the engine for everything a person does (practices, quizzes, daily
 * questions, channel settings, stats, leaderboards, daily answers, stories), the channels' listed
 * daily admins to tell the engine a member's authority, and the person's story titles for
 * autocomplete and the edit form.
 *
 * @param engine the one door for every command
 * @param placeAdmins the role or user ids each channel lists as daily admins ({@link PlaceAdmins})
 * @param storyTitles a person's own stories, read-only ({@link StoryTitles})
 */
public record DiscordServices(
    CoachEngine engine, PlaceAdmins placeAdmins, StoryTitles storyTitles) {
  public DiscordServices {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(placeAdmins, "placeAdmins");
    Objects.requireNonNull(storyTitles, "storyTitles");
  }

  /** Services whose story option offers no titles (tests and tools without a story store). */
  public DiscordServices(CoachEngine engine, PlaceAdmins placeAdmins) {
    this(engine, placeAdmins, StoryTitles.none());
  }
}
