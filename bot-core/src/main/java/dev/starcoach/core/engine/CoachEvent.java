package dev.starcoach.core.engine;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.daily.DailyAdmin;
import dev.starcoach.core.daily.DailyRequest;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.session.SessionMode;
import java.util.Optional;

/** Something a person did, already parsed from the platform's event by an adapter. */
public sealed interface CoachEvent {

  /**
   * Start a practice.
   *
   * @param mode the mode, or null for drill
   * @param selector a question id or a principle, or null for a question not practised recently
   * @param level the level, or null for the person's own
   */
  record StartPractice(SessionMode mode, String selector, Level level, boolean sampleProbes)
      implements CoachEvent {
    /** A start without sample-story probes: a mock probes the person's own answer. */
    public StartPractice(SessionMode mode, String selector, Level level) {
      this(mode, selector, level, false);
    }
  }

  /**
   * A line the person typed, not yet known to be an answer or a command: the engine decides, by one
   * rule for every platform ({@link TypedLines}). Adapters strip only their own prefix (such as
   * Slack's {@code /star}).
   */
  record TypedLine(String text, Optional<OpenPractice> answering) implements CoachEvent {
    /** A line typed with no record of what the person saw. */
    public TypedLine(String text) {
      this(text, Optional.empty());
    }
  }

  /** An answer to whatever the open session is waiting for. */
  record SubmitAnswer(String text) implements CoachEvent {}

  /** Ask for a hint on the current step. */
  record RequestHint() implements CoachEvent {}

  /** Skip the current step or probe. */
  record SkipStep() implements CoachEvent {}

  /** End the open session now, with a summary of what was done. */
  record StopSession() implements CoachEvent {}

  /**
   * Start a quiz.
   *
   * @param selector a question id or principle, or null for the last practised question
   */
  record StartQuiz(String selector) implements CoachEvent {}

  /** Choose a quiz option, numbered from 1. */
  record ChooseOption(int option) implements CoachEvent {}

  /**
   * Show how to retell the current or last story for another principle.
   *
   * @param principle the principle to retell for, or null to list the lenses
   */
  record ShowLens(String principle) implements CoachEvent {}

  /** List questions, optionally of one principle. */
  record ListQuestions(String principle) implements CoachEvent {}

  /** Show the level ({@code level} null) or change it. */
  record ChangeLevel(Level level) implements CoachEvent {}

  /** Show ({@code zone} null) or set the person's time zone, an IANA id such as Europe/Berlin. */
  record ChangeTimeZone(String zone) implements CoachEvent {}

  /**
   * Show ({@code on} null) or turn on or off the reminder of a practice left unfinished for a day.
   */
  record SetReminders(Boolean on) implements CoachEvent {}

  /** The person is back (a new process, a reconnect): resume the open session if any. */
  record Reconnect() implements CoachEvent {}

  /** Export the person's data as a JSON document. */
  record ExportData() implements CoachEvent {}

  /** Delete the person's data; without {@code confirmed} the engine asks first. */
  record ForgetData(boolean confirmed) implements CoachEvent {}

  /**
   * A daily-question or channel-settings command ({@code daily set 09:00 Europe/Berlin}, {@code
   * daily admins}, {@code daily zone}) at a channel, with the person's authority there (the
   * adapter's call from its platform's roles).
   */
  record DailyCommand(PlaceId channel, DailyAdmin.Authority authority, DailyRequest request)
      implements CoachEvent {}

  /**
   * The person's own stats: averages per step, streak and weekly trend.
   *
   * @param channel where they asked, whose zone and posting days the streak counts in
   */
  record ShowStats(Optional<PlaceId> channel) implements CoachEvent {}

  /**
   * The weekly leaderboard of the person's server or workspace (the session key's place), or of one
   * channel's daily answers.
   *
   * @param channel where it was asked, whose zone sets the week
   * @param channelOnly true for the channel's board alone (needs {@code channel})
   * @param weeksAgo 0 for this week, up to {@link
   *     dev.starcoach.core.place.LeaderboardRange#MAX_WEEKS_AGO}
   */
  record ShowLeaderboard(Optional<PlaceId> channel, boolean channelOnly, int weeksAgo)
      implements CoachEvent {}

  /** A story-bank command. */
  record StoryCommand(StoryRequest request) implements CoachEvent {}

  /**
   * Start a practice aimed at the person's weakest principle and step (fewest usable stories,
   * lowest recent step scores, longest since practised), saying why.
   */
  record PracticeNext(Optional<Level> level) implements CoachEvent {}

  /**
   * Start a loop rehearsal: four or five mock questions across different principles in one sitting,
   * one per interviewer, ending with a debrief.
   */
  record StartLoop(Optional<Level> level) implements CoachEvent {}
}
