package dev.starcoach.slack;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mention a daily post may carry: {@code <!here>} or one user group ({@code <!subteam^ID>}).
 * Nothing else a member typed is ever posted unescaped.
 */
final class Mentions {
  static final String HERE = "<!here>";

  private static final Pattern SUBTEAM =
      Pattern.compile("<!subteam\\^(S[A-Z0-9]{2,30})(?:\\|[^>]*)?>");
  private static final Pattern GROUP_ID = Pattern.compile("S[A-Z0-9]{6,30}");
  private static final Pattern USER = Pattern.compile("<@([UW][A-Z0-9]{2,30})(?:\\|[^>]*)?>");
  private static final Pattern PERSON_OR_GROUP_ID = Pattern.compile("[UWS][A-Z0-9]{2,30}");
  private static final Pattern SAFE = Pattern.compile("<!here>|<!subteam\\^S[A-Z0-9]{2,30}>");

  private Mentions() {}

  /** The outcome of reading a {@code --mention} value. */
  sealed interface Parsed {
    /** The mention to store; empty text clears it. */
    record Mention(String text) implements Parsed {}

    /** Not usable; the message says why. */
    record Refused(String message) implements Parsed {}
  }

  /**
   * Reads what an admin typed after {@code --mention}: {@code here}, {@code @here}, {@code
   * <!here>}, a user group as Slack escapes it, its id ({@code S0123ABCD}), its {@code @handle}
   * (looked up with {@code groupByHandle}), or {@code none} to clear it.
   */
  static Parsed parse(String typed, Function<String, Optional<String>> groupByHandle) {
    String t = typed == null ? "" : typed.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || lower.equals("none") || lower.equals("off")) {
      return new Parsed.Mention("");
    }
    if (lower.equals("here") || lower.equals("@here") || lower.startsWith("<!here")) {
      return new Parsed.Mention(HERE);
    }
    if (lower.contains("channel") || lower.contains("everyone")) {
      return new Parsed.Refused(
          "Daily posts do not mention the whole channel; use @here or a user group.");
    }
    Matcher subteam = SUBTEAM.matcher(t);
    if (subteam.matches()) {
      return new Parsed.Mention(group(subteam.group(1)));
    }
    if (GROUP_ID.matcher(t).matches()) {
      return new Parsed.Mention(group(t));
    }
    if (t.startsWith("@") && t.length() > 1) {
      Optional<String> id = groupByHandle.apply(t.substring(1));
      return id.<Parsed>map(g -> new Parsed.Mention(group(g)))
          .orElseGet(() -> new Parsed.Refused("I found no user group called " + t + "."));
    }
    return new Parsed.Refused(
        "--mention takes @here, a user group (@handle or its id S…), or none.");
  }

  /**
   * Reads who is meant by {@code daily admins add|remove WHO}: a person as Slack escapes them
   * ({@code <@U…|name>}), a user group ({@code <!subteam^S…|@handle>}), a bare member or group id
   * ({@code U…}, {@code W…}, {@code S…}), or a user group's {@code @handle}. A {@link
   * Parsed.Mention} then holds the bare id to store.
   */
  static Parsed adminId(String typed, Function<String, Optional<String>> groupByHandle) {
    String t = typed == null ? "" : typed.strip();
    Matcher user = USER.matcher(t);
    if (user.matches()) {
      return new Parsed.Mention(user.group(1));
    }
    Matcher subteam = SUBTEAM.matcher(t);
    if (subteam.matches()) {
      return new Parsed.Mention(subteam.group(1));
    }
    if (PERSON_OR_GROUP_ID.matcher(t).matches()) {
      return new Parsed.Mention(t);
    }
    if (t.startsWith("@") && t.length() > 1 && !t.contains(" ")) {
      Optional<String> id = groupByHandle.apply(t.substring(1));
      if (id.isPresent()) {
        return new Parsed.Mention(id.get());
      }
      return new Parsed.Refused(
          "I found no user group called "
              + t
              + ". For a person, give their member ID (in their profile: ⋮ then Copy member ID),"
              + " e.g. daily admins add U0123ABCD.");
    }
    return new Parsed.Refused(
        "daily admins add and remove take a person (@name or their member ID U…) or a user group"
            + " (@handle or its id S…), e.g. daily admins add U0123ABCD.");
  }

  /** How to show a stored admin id without mentioning anyone. */
  static String describeAdmin(String id) {
    if (id.startsWith("S")) {
      return "user group " + id;
    }
    if (id.startsWith("U") || id.startsWith("W")) {
      return "person " + id;
    }
    return id;
  }

  /** The stored mention if it is one a daily post may carry, else empty. */
  static Optional<String> safe(String stored) {
    return stored != null && SAFE.matcher(stored).matches()
        ? Optional.of(stored)
        : Optional.empty();
  }

  /** How to show a stored mention without mentioning anyone. */
  static String describe(String stored) {
    if (stored == null) {
      return "none";
    }
    if (HERE.equals(stored)) {
      return "@here";
    }
    Matcher m = SUBTEAM.matcher(stored);
    return m.matches() ? "user group " + m.group(1) : "unusable (" + stored + ")";
  }

  private static String group(String id) {
    return "<!subteam^" + id + ">";
  }
}
