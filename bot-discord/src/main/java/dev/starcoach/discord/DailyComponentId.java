package dev.starcoach.discord;

import dev.starcoach.core.content.Level;
import java.util.Objects;
import java.util.Optional;

/**
 * The custom id of a daily question's buttons and answer form: {@code sd:<action>:<level>:<post
 * id>:<question id>}. Unlike a practice's {@link ComponentId} it belongs to nobody: every member
 * may press it. The post id names the message the buttons are on, which is also the id of the
 * answer thread Discord opened from it.
 *
 * @param action what it does
 * @param level the level the question was posted at
 * @param postId the id of the daily post, or 0 on the post's own buttons (known from the click)
 * @param questionId the posted question
 */
public record DailyComponentId(Action action, Level level, long postId, String questionId) {
  private static final String PREFIX = "sd";
  private static final int MAX_LENGTH = 100;

  /** What a daily component does. */
  public enum Action {
    /** Opens the answer form. */
    ANSWER("a"),
    /** Starts a private mock practice of the question. */
    PRACTICE("p"),
    /** The submitted answer form. */
    MODAL("m");

    private final String code;

    Action(String code) {
      this.code = code;
    }
  }

  public DailyComponentId {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(level, "level");
    if (questionId == null || !questionId.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException("bad question id " + questionId);
    }
    if (format(Action.MODAL, level, -1L, questionId).length() > MAX_LENGTH) {
      throw new IllegalArgumentException("question id too long for a button: " + questionId);
    }
  }

  /** The id of a button on a daily post. */
  public static DailyComponentId button(Action action, Level level, String questionId) {
    return new DailyComponentId(action, level, 0, questionId);
  }

  /** The answer form opened from the Answer button of the post {@code postId}. */
  public DailyComponentId modalFor(long postId) {
    return new DailyComponentId(Action.MODAL, level, postId, questionId);
  }

  /** The id as sent to Discord (at most 100 characters). */
  public String format() {
    return format(action, level, postId, questionId);
  }

  private static String format(Action action, Level level, long postId, String questionId) {
    return PREFIX
        + ':'
        + action.code
        + ':'
        + level.id()
        + ':'
        + Long.toUnsignedString(postId)
        + ':'
        + questionId;
  }

  /** True when the id looks like one of these (and not a practice's {@link ComponentId}). */
  public static boolean isDaily(String id) {
    return id != null && id.startsWith(PREFIX + ':');
  }

  /** Parses an id this bot sent; anything else is empty. */
  public static Optional<DailyComponentId> parse(String id) {
    if (!isDaily(id)) {
      return Optional.empty();
    }
    String[] parts = id.split(":", 5);
    if (parts.length != 5) {
      return Optional.empty();
    }
    Action action = null;
    for (Action a : Action.values()) {
      if (a.code.equals(parts[1])) {
        action = a;
      }
    }
    Optional<Level> level = Level.parse(parts[2]);
    if (action == null || level.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new DailyComponentId(action, level.get(), Long.parseUnsignedLong(parts[3]), parts[4]));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
