package dev.starcoach.discord;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.daily.DailyAdmin.Authority;
import dev.starcoach.core.daily.DailyRequest;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.place.LeaderboardRange;
import dev.starcoach.core.place.PlaceId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the {@code /daily} and {@code /leaderboard} options to the engine's requests and events, and
 * tells a member's authority over a channel's daily question from their Discord roles. Pure
 * functions: no JDA objects.
 */
public final class DailyMapping {
  /** The {@code /daily} subcommands. */
  public static final String SET = "set";

  public static final String SHOW = "show";
  public static final String OFF = "off";
  public static final String NOW = "now";
  public static final String ADMINS = "admins";
  public static final String ZONE = "zone";

  /** The {@code /daily admins} actions. */
  public static final String ADD = "add";

  public static final String REMOVE = "remove";
  public static final String LIST = "list";

  /** The {@code /leaderboard} scopes. */
  public static final String SCOPE_SERVER = "server";

  public static final String SCOPE_CHANNEL = "channel";

  private static final Pattern ROLE = Pattern.compile("<@&(\\d{1,20})>");
  private static final Set<String> NO_MENTION = Set.of("none", "off", "no", "-");

  private DailyMapping() {}

  /**
   * The request of a {@code /daily} subcommand. {@code set} takes {@code time}, {@code zone} and
   * optionally {@code days}, {@code principle} (absent: rotate through all 16), {@code level} and
   * {@code mention} (a role, {@code @here}, {@code @everyone}, or {@code none} to clear it; absent:
   * keep the current one). {@code admins} takes {@code action} (add, remove or list, the default)
   * and {@code role}; {@code zone} takes {@code zone} (absent: show it).
   */
  public static DailyRequest request(String subcommand, Map<String, String> options) {
    String name = subcommand == null ? SHOW : subcommand;
    return switch (name) {
      case SHOW -> new DailyRequest.Show();
      case OFF -> new DailyRequest.Off();
      case NOW -> new DailyRequest.Now();
      case SET -> set(options);
      case ADMINS -> admins(options);
      case ZONE -> zone(options);
      default -> new DailyRequest.Invalid("Unknown /daily subcommand \"" + name + "\".");
    };
  }

  private static DailyRequest set(Map<String, String> options) {
    String time = option(options, "time");
    String zone = option(options, "zone");
    if (time == null || zone == null) {
      return new DailyRequest.Invalid(
          "/daily set needs a time and a time zone, e.g. time:09:00 zone:Europe/Berlin.");
    }
    StringBuilder text = new StringBuilder("set ").append(time).append(' ').append(zone);
    String days = option(options, "days");
    if (days != null) {
      text.append(' ').append(days.replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
    }
    String level = option(options, "level");
    if (level != null) {
      text.append(" --level ").append(level);
    }
    if (time.contains(" ") || zone.contains(" ") || (level != null && level.contains(" "))) {
      return new DailyRequest.Invalid(
          "Write the time as HH:MM and the zone as one IANA name, e.g. 09:00 and Europe/Berlin.");
    }
    DailyRequest parsed = DailyRequest.parse(text.toString());
    if (!(parsed instanceof DailyRequest.SetSchedule s)) {
      return parsed;
    }
    Principle principle = null;
    String principleText = option(options, "principle");
    if (principleText != null) {
      Optional<Principle> found = Principle.parse(principleText);
      if (found.isEmpty()) {
        return new DailyRequest.Invalid(
            "\"" + principleText + "\" is not one of the 16 Leadership Principles.");
      }
      principle = found.get();
    }
    String mentionText = option(options, "mention");
    String mention = null;
    if (mentionText != null) {
      Optional<String> checked = mention(mentionText);
      if (checked.isEmpty()) {
        return new DailyRequest.Invalid(
            "\""
                + mentionText
                + "\" cannot be mentioned: pick a role (type @ and choose it), @here, @everyone,"
                + " or none to mention nobody.");
      }
      mention = checked.get();
    }
    return new DailyRequest.SetSchedule(
        s.time(), s.zone(), s.weekdays(), principle, s.level(), mention);
  }

  private static DailyRequest admins(Map<String, String> options) {
    String action = option(options, "action");
    String name = action == null ? LIST : action.toLowerCase(Locale.ROOT);
    if (name.equals(LIST)) {
      return new DailyRequest.Admins(DailyRequest.AdminAction.LIST, null);
    }
    if (!name.equals(ADD) && !name.equals(REMOVE)) {
      return new DailyRequest.Invalid(
          "Unknown action \"" + action + "\": choose add, remove or list.");
    }
    String roleText = option(options, "role");
    if (roleText == null) {
      return new DailyRequest.Invalid(
          "Pick the role to " + name + ", e.g. /daily admins action:" + name + " role:@Mentors.");
    }
    Optional<Long> role = roleId(roleText);
    if (role.isEmpty()) {
      return new DailyRequest.Invalid(
          "\"" + roleText + "\" is not a role: type @ in the role option and pick one.");
    }
    return DailyRequest.parse("admins " + name + " " + Long.toUnsignedString(role.get()));
  }

  private static DailyRequest zone(Map<String, String> options) {
    String zone = option(options, "zone");
    if (zone != null && zone.contains(" ")) {
      return new DailyRequest.Invalid(
          "\"" + zone + "\" is not an IANA time zone: pick one such as Europe/Berlin.");
    }
    DailyRequest parsed = DailyRequest.parse(zone == null ? "zone" : "zone " + zone);
    if (parsed instanceof DailyRequest.Invalid) {
      return new DailyRequest.Invalid(
          "\""
              + zone
              + "\" is not an IANA time zone: pick one from the list, such as Europe/Berlin or"
              + " America/New_York.");
    }
    return parsed;
  }

  /** A role id from a role option's value: its id, or a role mention ({@code <@&id>}). */
  static Optional<Long> roleId(String text) {
    String t = text.strip();
    Matcher role = ROLE.matcher(t);
    if (role.matches()) {
      t = role.group(1);
    }
    if (t.isEmpty() || t.length() > 20 || !t.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseUnsignedLong(t));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * A mention as stored in the schedule: {@code <@&id>}, {@code @here} or {@code @everyone}; an
   * empty string for "none" (clears it); empty when it is not something a post may mention.
   */
  public static Optional<String> mention(String text) {
    String t = text.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (NO_MENTION.contains(lower)) {
      return Optional.of("");
    }
    if (lower.equals("@here") || lower.equals("here")) {
      return Optional.of("@here");
    }
    if (lower.equals("@everyone") || lower.equals("everyone")) {
      return Optional.of("@everyone");
    }
    Matcher role = ROLE.matcher(t);
    if (role.matches()) {
      return Optional.of(t);
    }
    if (t.chars().allMatch(Character::isDigit) && !t.isEmpty() && t.length() <= 20) {
      return Optional.of("<@&" + t + ">");
    }
    return Optional.empty();
  }

  /** The role id of a stored role mention ({@code <@&id>}), if it is one. */
  public static Optional<Long> mentionedRole(String mention) {
    if (mention == null) {
      return Optional.empty();
    }
    Matcher role = ROLE.matcher(mention);
    return role.matches() ? Optional.of(Long.parseUnsignedLong(role.group(1))) : Optional.empty();
  }

  /**
   * How much say a member has over a channel's daily question: {@link Authority#PLATFORM_ADMIN}
   * with Manage Server (which may also change the admin roles), {@link Authority#PLACE_ADMIN} when
   * they hold a role (or are a user) the channel lists ({@link PlaceAdmins}), else {@link
   * Authority#MEMBER}.
   */
  public static Authority authority(
      boolean manageServer, long userId, Collection<Long> roleIds, Set<String> configuredAdmins) {
    if (manageServer) {
      return Authority.PLATFORM_ADMIN;
    }
    return configured(userId, roleIds, configuredAdmins) ? Authority.PLACE_ADMIN : Authority.MEMBER;
  }

  private static boolean configured(
      long userId, Collection<Long> roleIds, Set<String> configuredAdmins) {
    for (String admin : configuredAdmins) {
      String id = admin.strip().replaceAll("[<@&!>]", "");
      if (id.equals(Long.toUnsignedString(userId))) {
        return true;
      }
      for (long role : roleIds) {
        if (id.equals(Long.toUnsignedString(role))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The board asked for with {@code scope} ({@code server}, the default, or {@code channel}) and
   * {@code weeks_ago} (0 to {@link LeaderboardRange#MAX_WEEKS_AGO}), from a channel.
   *
   * @param channel the channel it was asked in (a thread's parent): its zone sets the week, and its
   *     daily answers make the channel's board
   * @throws IllegalArgumentException with a message for the member when an option is wrong
   */
  public static CoachEvent.ShowLeaderboard board(Map<String, String> options, PlaceId channel) {
    String scope = option(options, "scope");
    boolean channelOnly;
    if (scope == null || scope.equals(SCOPE_SERVER)) {
      channelOnly = false;
    } else if (scope.equals(SCOPE_CHANNEL)) {
      channelOnly = true;
    } else {
      throw new IllegalArgumentException(
          "Unknown scope \"" + scope + "\": choose server or channel.");
    }
    String weeks = option(options, "weeks_ago");
    int weeksAgo =
        LeaderboardRange.parse(weeks)
            .orElseThrow(
                () -> new IllegalArgumentException("weeks_ago " + LeaderboardRange.problem(weeks)));
    return new CoachEvent.ShowLeaderboard(Optional.of(channel), channelOnly, weeksAgo);
  }

  private static String option(Map<String, String> options, String key) {
    String value = options.get(key);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
