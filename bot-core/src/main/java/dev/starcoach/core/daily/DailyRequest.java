package dev.starcoach.core.daily;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code daily} command, parsed from text shared by every adapter: {@code daily set 09:00
 * Europe/Berlin [mon-fri|mon,wed,fri] [--principle NAME] [--level L] [--mention TEXT]}, {@code
 * daily show}, {@code daily off}, {@code daily now}, {@code daily admins [add|remove ID]} and
 * {@code daily zone [ZONE]}.
 */
public sealed interface DailyRequest {

  /** Set (or replace) the place's schedule; null fields take their defaults. */
  record SetSchedule(
      LocalTime time,
      ZoneId zone,
      Set<DayOfWeek> weekdays,
      Principle principle,
      Level level,
      String mention)
      implements DailyRequest {}

  /** Show the schedule and the next post time. */
  record Show() implements DailyRequest {}

  /** Pause the schedule. */
  record Off() implements DailyRequest {}

  /** Post today's question at once. */
  record Now() implements DailyRequest {}

  /** What {@link Admins} does with the place's admin list. */
  enum AdminAction {
    ADD,
    REMOVE,
    LIST
  }

  /**
   * Show or change who, besides the platform's administrators, may change the place's daily
   * question.
   *
   * @param id the role, user or user-group id as the person wrote it (the adapter normalises it);
   *     null for {@link AdminAction#LIST}
   */
  record Admins(AdminAction action, String id) implements DailyRequest {}

  /**
   * Show or set the place's time zone (its leaderboard week and people's default streak days).
   *
   * @param zone the new zone; null to show the current one
   */
  record Zone(ZoneId zone) implements DailyRequest {}

  /** Wrong arguments; the message says what and how to write it. */
  record Invalid(String message) implements DailyRequest {}

  /** How to write the command, for help and errors. */
  String USAGE =
      "daily set HH:MM ZONE [mon-fri|mon,wed,fri] [--principle NAME] [--level sde1|sde2|senior]"
          + " [--mention TEXT] | daily show | daily off | daily now | daily admins [add|remove ID]"
          + " | daily zone [ZONE]";

  /** Parses the words after {@code daily}. */
  static DailyRequest parse(String args) {
    List<String> words =
        new ArrayList<>(Arrays.asList((args == null ? "" : args.strip()).split("\\s+")));
    words.removeIf(String::isEmpty);
    if (words.isEmpty()) {
      return new Show();
    }
    String verb = words.remove(0).toLowerCase(Locale.ROOT);
    return switch (verb) {
      case "show", "status" -> new Show();
      case "off", "pause", "stop" -> new Off();
      case "now", "post" -> new Now();
      case "set" -> parseSet(words);
      case "admins", "admin" -> parseAdmins(words);
      case "zone", "timezone", "tz" -> parseZone(words);
      default -> new Invalid("unknown daily command '" + verb + "'. Use: " + USAGE);
    };
  }

  private static DailyRequest parseSet(List<String> words) {
    if (words.size() < 2) {
      return new Invalid(
          "daily set needs a time and a time zone, e.g. daily set 09:00 Europe/Berlin");
    }
    LocalTime time;
    try {
      time = LocalTime.parse(words.get(0).length() == 4 ? "0" + words.get(0) : words.get(0));
    } catch (RuntimeException e) {
      return new Invalid("'" + words.get(0) + "' is not a time; write it as HH:MM, e.g. 09:00");
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(words.get(1));
    } catch (RuntimeException e) {
      return new Invalid(
          "'"
              + words.get(1)
              + "' is not an IANA time zone; write it like Europe/Berlin or America/New_York");
    }
    Set<DayOfWeek> days = null;
    Principle principle = null;
    Level level = null;
    String mention = null;
    for (int i = 2; i < words.size(); i++) {
      String w = words.get(i);
      String lower = w.toLowerCase(Locale.ROOT);
      if (lower.equals("--principle") || lower.equals("--level") || lower.equals("--mention")) {
        if (i + 1 >= words.size()) {
          return new Invalid(w + " needs a value");
        }
        if (lower.equals("--principle")) {
          StringBuilder name = new StringBuilder();
          while (i + 1 < words.size() && !words.get(i + 1).startsWith("--")) {
            name.append(name.length() == 0 ? "" : " ").append(words.get(++i));
          }
          principle = Principle.parse(name.toString()).orElse(null);
          if (principle == null) {
            return new Invalid("'" + name + "' is not one of the 16 Leadership Principles");
          }
        } else if (lower.equals("--level")) {
          String value = words.get(++i);
          level = Level.parse(value).orElse(null);
          if (level == null) {
            return new Invalid("unknown level '" + value + "' (expected sde1, sde2 or senior)");
          }
        } else {
          mention = words.get(++i);
        }
      } else if (days == null && !lower.startsWith("--")) {
        days = weekdays(lower);
        if (days == null) {
          return new Invalid("'" + w + "' is not a list of days; write mon-fri or mon,wed,fri");
        }
      } else {
        return new Invalid("unexpected '" + w + "'. Use: " + USAGE);
      }
    }
    return new SetSchedule(time, zone, days, principle, level, mention);
  }

  private static DailyRequest parseAdmins(List<String> words) {
    if (words.isEmpty()) {
      return new Admins(AdminAction.LIST, null);
    }
    String verb = words.remove(0).toLowerCase(Locale.ROOT);
    AdminAction action =
        switch (verb) {
          case "add" -> AdminAction.ADD;
          case "remove", "rm", "delete" -> AdminAction.REMOVE;
          case "list", "show" -> AdminAction.LIST;
          default -> null;
        };
    if (action == null) {
      return new Invalid(
          "unknown daily admins command '"
              + verb
              + "'. Use: daily admins (to list), daily admins add ID, daily admins remove ID");
    }
    if (action == AdminAction.LIST) {
      return words.isEmpty()
          ? new Admins(AdminAction.LIST, null)
          : new Invalid("daily admins list takes nothing after it");
    }
    if (words.isEmpty()) {
      return new Invalid(
          "daily admins "
              + verb
              + " needs who: a role, a person or a user group (or its id), e.g. daily admins "
              + verb
              + " @mentors");
    }
    return new Admins(action, String.join(" ", words));
  }

  private static DailyRequest parseZone(List<String> words) {
    if (words.isEmpty()) {
      return new Zone(null);
    }
    if (words.size() > 1) {
      return new Invalid(
          "'"
              + String.join(" ", words)
              + "' is not an IANA time zone; write one name like Europe/Berlin or"
              + " America/New_York");
    }
    try {
      return new Zone(ZoneId.of(words.get(0)));
    } catch (RuntimeException e) {
      return new Invalid(
          "'"
              + words.get(0)
              + "' is not an IANA time zone; write it like Europe/Berlin or America/New_York");
    }
  }

  private static Set<DayOfWeek> weekdays(String text) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String part : text.split(",")) {
      String[] range = part.split("-");
      DayOfWeek from = day(range[0]);
      DayOfWeek to = range.length > 1 ? day(range[1]) : from;
      if (from == null || to == null || range.length > 2) {
        return null;
      }
      for (DayOfWeek d = from; ; d = d.plus(1)) {
        days.add(d);
        if (d == to) {
          break;
        }
      }
    }
    return days.isEmpty() ? null : days;
  }

  private static DayOfWeek day(String text) {
    if (text.length() < 2) {
      return null;
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).startsWith(text)) {
        return d;
      }
    }
    return null;
  }
}
