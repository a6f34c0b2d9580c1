package dev.starcoach.discord;

import dev.starcoach.core.content.Step;
import java.util.Optional;

/**
 * The custom id of a story button or form: {@code st:<action>:<story>:<step>:<owner>:<server>}
 * ({@code d} for direct messages) and, for the step-by-step add form only, {@code :<title>} (the
 * form has no room for a title field next to the five steps). Like {@link ComponentId} it names
 * whose it is, so only the owner can use it; it never depends on a practice's prompt, so it does
 * not go stale.
 *
 * @param action what the component does
 * @param story the story's number, or 0 when it names none
 * @param step the step a form is for, or empty
 * @param owner the Discord user id of the person whose story it is
 * @param place the place the person acts in ({@link Places})
 * @param title the new story's title (the step-by-step add form), else empty
 */
public record StoryComponentId(
    Action action, int story, Optional<Step> step, long owner, String place, String title) {
  static final String PREFIX = "st";

  /** Discord's longest custom id. */
  static final int MAX_ID = 100;

  /** What a story component does. */
  public enum Action {
    /** Button: keep the last practised answer as a new story. */
    SAVE("s"),
    /** Button: put the last practised answer into story {@code story}. */
    UPDATE("u"),
    /** Button: open the form to write (or rewrite) one step of a story. */
    WRITE("w"),
    /** Form: one step's text of a story. */
    STEP_FORM("e"),
    /** Form: a new story, its title and the whole answer at once. */
    WHOLE_FORM("a"),
    /** Form: a new story, step by step (the title is carried in the id). */
    STEPS_FORM("p");

    private final String code;

    Action(String code) {
      this.code = code;
    }
  }

  public StoryComponentId {
    if (story < 0) {
      throw new IllegalArgumentException("a story number is not negative: " + story);
    }
    if (!Places.isValid(place)) {
      throw new IllegalArgumentException("bad place " + place);
    }
    title = title == null ? "" : title;
  }

  /** A component naming a story (or 0) and no step. */
  static StoryComponentId of(Action action, int story, DiscordRenderer.Owner owner) {
    return new StoryComponentId(action, story, Optional.empty(), owner.userId(), owner.place(), "");
  }

  /** A component for one step of a story. */
  static StoryComponentId step(Action action, int story, Step step, DiscordRenderer.Owner owner) {
    return new StoryComponentId(
        action, story, Optional.of(step), owner.userId(), owner.place(), "");
  }

  /** True when the id is a story component's (it may still fail to parse). */
  static boolean isStory(String id) {
    return id != null && id.startsWith(PREFIX + ":");
  }

  /** The id as sent to Discord: at most {@value #MAX_ID} characters, the title cut to fit. */
  public String format() {
    String base =
        PREFIX
            + ':'
            + action.code
            + ':'
            + story
            + ':'
            + step.map(Step::id).orElse("-")
            + ':'
            + Long.toUnsignedString(owner)
            + ':'
            + compact(place);
    if (title.isEmpty()) {
      return base;
    }
    String withTitle = base + ':' + title;
    return withTitle.length() <= MAX_ID ? withTitle : withTitle.substring(0, MAX_ID);
  }

  /** The most characters of a title the step-by-step form's id can carry for this owner. */
  static int titleRoom(DiscordRenderer.Owner owner) {
    return MAX_ID
        - new StoryComponentId(
                Action.STEPS_FORM, 0, Optional.empty(), owner.userId(), owner.place(), "")
            .format()
            .length()
        - 1;
  }

  /** The place in the id: {@code d} for direct messages, else the server's id. */
  private static String compact(String place) {
    return Places.DM.equals(place) ? "d" : place.substring(place.indexOf(':') + 1);
  }

  private static String expand(String compact) {
    return "d".equals(compact) ? Places.DM : Places.guild(Long.parseUnsignedLong(compact));
  }

  /** Parses an id this bot sent; anything else is empty. */
  public static Optional<StoryComponentId> parse(String id) {
    if (!isStory(id)) {
      return Optional.empty();
    }
    String[] parts = id.split(":", 7);
    if (parts.length < 6) {
      return Optional.empty();
    }
    Action action = null;
    for (Action a : Action.values()) {
      if (a.code.equals(parts[1])) {
        action = a;
      }
    }
    if (action == null) {
      return Optional.empty();
    }
    try {
      int story = Integer.parseInt(parts[2]);
      Optional<Step> step = "-".equals(parts[3]) ? Optional.empty() : Step.parse(parts[3]);
      if (!"-".equals(parts[3]) && step.isEmpty()) {
        return Optional.empty();
      }
      long owner = Long.parseUnsignedLong(parts[4]);
      String title = parts.length == 7 ? parts[6] : "";
      return Optional.of(new StoryComponentId(action, story, step, owner, expand(parts[5]), title));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
