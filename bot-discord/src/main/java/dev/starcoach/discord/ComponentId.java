package dev.starcoach.discord;

import java.util.Optional;

/**
 * The custom id of a button or modal the bot sends: {@code sc:<action>:<prompt>:<owner>:<place>}.
 * It names whose practice the component belongs to, the prompt it was sent with (so a stale button
 * cannot act on a later step), and the place of the session (a practice moved to DMs still belongs
 * to its server).
 *
 * @param action what the component does
 * @param option the quiz option (1-based) for {@link Action#OPTION}, else 0
 * @param prompt the prompt tag ({@link PromptTag}) or {@link PromptTag#NONE}
 * @param owner the Discord user id of the person whose practice it is
 * @param place the session's place ({@link Places})
 */
public record ComponentId(Action action, int option, String prompt, long owner, String place) {
  private static final String PREFIX = "sc";

  /** What a component does. */
  public enum Action {
    ANSWER("a"),
    HINT("h"),
    SKIP("s"),
    STOP("x"),
    OPTION("o"),
    FORGET("f"),
    KEEP("k"),
    MODAL("m");

    private final String code;

    Action(String code) {
      this.code = code;
    }

    String code() {
      return code;
    }
  }

  public ComponentId {
    if (action == Action.OPTION && (option < 1 || option > 9)) {
      throw new IllegalArgumentException("quiz option must be 1-9, got " + option);
    }
    if (!PromptTag.isValid(prompt)) {
      throw new IllegalArgumentException("bad prompt tag " + prompt);
    }
    if (!Places.isValid(place)) {
      throw new IllegalArgumentException("bad place " + place);
    }
  }

  /** A component without an option number. */
  public static ComponentId of(Action action, String prompt, long owner, String place) {
    return new ComponentId(action, 0, prompt, owner, place);
  }

  /** The id as sent to Discord (at most 100 characters). */
  public String format() {
    String code = action == Action.OPTION ? action.code() + option : action.code();
    return PREFIX + ':' + code + ':' + prompt + ':' + Long.toUnsignedString(owner) + ':' + place;
  }

  /** Parses an id this bot sent; anything else is empty. */
  public static Optional<ComponentId> parse(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String[] parts = id.split(":", 5);
    if (parts.length != 5 || !PREFIX.equals(parts[0]) || parts[1].isEmpty()) {
      return Optional.empty();
    }
    try {
      Action action = null;
      int option = 0;
      for (Action a : Action.values()) {
        if (parts[1].startsWith(a.code())) {
          action = a;
        }
      }
      if (action == null) {
        return Optional.empty();
      }
      if (action == Action.OPTION) {
        option = Integer.parseInt(parts[1].substring(1));
      } else if (parts[1].length() != 1) {
        return Optional.empty();
      }
      long owner = Long.parseUnsignedLong(parts[3]);
      return Optional.of(new ComponentId(action, option, parts[2], owner, parts[4]));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
