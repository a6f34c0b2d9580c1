package dev.starcoach.discord;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import net.dv8tion.jda.api.interactions.commands.Command;

/** Autocomplete for time zones ({@code /timezone}, {@code /daily set}) and posting days. */
public final class ScheduleChoices {
  /** Zones offered before anything is typed, and first among matches. */
  public static final List<String> COMMON_ZONES =
      List.of(
          "UTC",
          "Europe/London",
          "Europe/Berlin",
          "Europe/Paris",
          "Europe/Madrid",
          "Europe/Warsaw",
          "Europe/Kyiv",
          "America/New_York",
          "America/Chicago",
          "America/Denver",
          "America/Los_Angeles",
          "America/Toronto",
          "America/Sao_Paulo",
          "Asia/Kolkata",
          "Asia/Dubai",
          "Asia/Singapore",
          "Asia/Shanghai",
          "Asia/Tokyo",
          "Asia/Seoul",
          "Australia/Sydney",
          "Pacific/Auckland",
          "Africa/Lagos",
          "Africa/Johannesburg");

  /** Day lists offered for {@code days}. */
  public static final List<String> DAY_LISTS =
      List.of("mon-fri", "mon-sun", "sun-thu", "mon,wed,fri", "tue,thu", "mon-sat");

  private static final Set<String> ALL_ZONES = new TreeSet<>(ZoneId.getAvailableZoneIds());

  private ScheduleChoices() {}

  /** IANA zones containing every typed word, common ones first, at most 25. */
  public static List<Command.Choice> zones(String typed) {
    String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    Set<String> found = new LinkedHashSet<>();
    for (String zone : COMMON_ZONES) {
      if (matches(zone, wanted)) {
        found.add(zone);
      }
    }
    if (!wanted.isEmpty()) {
      for (String zone : ALL_ZONES) {
        if (matches(zone, wanted)) {
          found.add(zone);
        }
      }
    }
    List<Command.Choice> choices = new ArrayList<>();
    for (String zone : found) {
      if (choices.size() == QuestionChoices.MAX) {
        break;
      }
      choices.add(new Command.Choice(zone, zone));
    }
    return choices;
  }

  /** Day lists starting with what was typed; what was typed itself when it is not one of them. */
  public static List<Command.Choice> days(String typed) {
    String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    List<Command.Choice> choices = new ArrayList<>();
    for (String days : DAY_LISTS) {
      if (days.startsWith(wanted)) {
        choices.add(new Command.Choice(days, days));
      }
    }
    if (!wanted.isEmpty() && choices.isEmpty() && wanted.length() <= 100) {
      choices.add(new Command.Choice(wanted, wanted));
    }
    return choices;
  }

  private static boolean matches(String zone, String wanted) {
    if (wanted.isEmpty()) {
      return true;
    }
    String z = zone.toLowerCase(Locale.ROOT).replace('_', ' ');
    for (String word : wanted.replace('_', ' ').split("[\\s/]+")) {
      if (!z.contains(word)) {
        return false;
      }
    }
    return true;
  }
}
