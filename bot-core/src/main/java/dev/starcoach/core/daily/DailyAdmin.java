package dev.starcoach.core.daily;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceCalendar;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.place.PlaceSettings;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PlaceSettingsStore;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Applies {@code daily} commands for a place. Who counts as an admin is the adapter's call (its
 * platform's roles, told as an {@link Authority}). Everyone may {@code show}, list the place's
 * admins and see its time zone; admins may change the schedule, post, and set the zone; only the
 * platform's own administrators may change who else is an admin.
 */
public final class DailyAdmin {

  /** How much say the person has at the place. */
  public enum Authority {
    /** An ordinary member: may look, not change. */
    MEMBER,
    /** Listed in the place's {@link PlaceSettings#admins()}: may change the schedule and zone. */
    PLACE_ADMIN,
    /**
     * An administrator of the platform (Discord Manage Server, Slack workspace admin or owner): may
     * also change the place's admin list.
     */
    PLATFORM_ADMIN;

    /** True for place and platform admins. */
    public boolean isAdmin() {
      return this != MEMBER;
    }
  }

  /**
   * What a daily command did, for the adapter to render. Renderers implement {@link
   * Result.Visitor}, so a new kind of result is a compile error until every platform shows it.
   */
  public sealed interface Result {
    /** Hands this result to the visitor's method for its kind. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of result.
     *
     * @param <R> what the renderer makes of a result
     */
    interface Visitor<R> {
      R schedule(Schedule result);

      R noSchedule(NoSchedule result);

      R posted(Posted result);

      R placeShown(PlaceShown result);

      R refused(Refused result);
    }

    /** The schedule as it now stands and when it next posts (null when paused). */
    record Schedule(DailySchedule schedule, ZonedDateTime next, boolean changed) implements Result {
      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.schedule(this);
      }
    }

    /** The place has no schedule yet. */
    record NoSchedule() implements Result {
      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.noSchedule(this);
      }
    }

    /** Posted at once. */
    record Posted(DailyQuestionService.Outcome outcome) implements Result {
      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.posted(this);
      }
    }

    /**
     * The place's settings (admins and zone) as they now stand.
     *
     * @param effectiveZone the zone its leaderboard uses: the settings' zone, else the daily
     *     schedule's, else null (UTC)
     */
    record PlaceShown(PlaceSettings settings, ZoneId effectiveZone, boolean changed)
        implements Result {
      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.placeShown(this);
      }
    }

    /** Refused: not an admin, or bad arguments. */
    record Refused(String message) implements Result {
      @Override
      public <R> R accept(Visitor<R> visitor) {
        return visitor.refused(this);
      }
    }
  }

  private final DailyScheduleStore schedules;
  private final DailyQuestionService service;
  private final PlaceSettingsStore settings;
  private final Clock clock;
  private final PlaceCalendar calendar;

  /**
   * @param settings the places' admins and time zones
   */
  public DailyAdmin(
      DailyScheduleStore schedules,
      DailyQuestionService service,
      PlaceSettingsStore settings,
      Clock clock) {
    this.schedules = Objects.requireNonNull(schedules, "schedules");
    this.service = Objects.requireNonNull(service, "service");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.calendar = new PlaceCalendar(settings, schedules);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Applies a request from someone at a place; {@code isAdmin} true counts as {@link
   * Authority#PLACE_ADMIN}.
   */
  public Result apply(PlaceId place, boolean isAdmin, DailyRequest request) {
    return apply(place, isAdmin ? Authority.PLACE_ADMIN : Authority.MEMBER, request);
  }

  /** Applies a request from someone at a place with the given authority there. */
  public Result apply(PlaceId place, Authority authority, DailyRequest request) {
    if (request instanceof DailyRequest.Invalid invalid) {
      return new Result.Refused(invalid.message());
    }
    if (request instanceof DailyRequest.Admins admins) {
      return admins(place, authority, admins);
    }
    if (request instanceof DailyRequest.Zone zone) {
      return zone(place, authority, zone);
    }
    boolean isAdmin = authority.isAdmin();
    if (request instanceof DailyRequest.Show) {
      return schedules
          .find(place)
          .<Result>map(s -> shown(s, false))
          .orElse(new Result.NoSchedule());
    }
    if (!isAdmin) {
      return new Result.Refused(
          "Only admins can change the daily question here (server managers, workspace admins,"
              + " or the roles an admin added). You can still see it with: daily show");
    }
    if (request instanceof DailyRequest.Off) {
      Optional<DailySchedule> current = schedules.find(place);
      if (current.isEmpty()) {
        return new Result.NoSchedule();
      }
      DailySchedule paused = current.get().withEnabled(false);
      schedules.save(paused);
      return shown(paused, true);
    }
    if (request instanceof DailyRequest.Now) {
      Optional<DailySchedule> current = schedules.find(place);
      if (current.isEmpty()) {
        return new Result.NoSchedule();
      }
      return new Result.Posted(service.postNow(current.get()));
    }
    DailyRequest.SetSchedule set = (DailyRequest.SetSchedule) request;
    Optional<DailySchedule> current = schedules.find(place);
    DailySchedule schedule =
        new DailySchedule(
            place,
            set.time(),
            set.zone(),
            set.weekdays(),
            set.mention() != null
                ? set.mention()
                : current.map(DailySchedule::mention).orElse(null),
            set.principle(),
            set.level() != null
                ? set.level()
                : current.map(DailySchedule::level).orElse(Level.SDE2),
            true);
    schedules.save(schedule);
    return shown(schedule, true);
  }

  private Result admins(PlaceId place, Authority authority, DailyRequest.Admins request) {
    PlaceSettings current = settings.find(place).orElse(PlaceSettings.defaults(place));
    if (request.action() == DailyRequest.AdminAction.LIST) {
      return placeShown(current, false);
    }
    if (authority != Authority.PLATFORM_ADMIN) {
      return new Result.Refused(
          authority == Authority.PLACE_ADMIN
              ? "Only server managers and workspace admins can change who is an admin here; an"
                  + " admin added to this channel cannot add or remove others. See the list"
                  + " with: daily admins"
              : "Only server managers and workspace admins can change who is an admin here. See"
                  + " the list with: daily admins");
    }
    String id = request.id() == null ? "" : request.id().strip();
    if (id.isEmpty()) {
      return new Result.Refused("Say who: daily admins add ID or daily admins remove ID");
    }
    Set<String> admins = new LinkedHashSet<>(current.admins());
    boolean changed;
    if (request.action() == DailyRequest.AdminAction.ADD) {
      changed = admins.add(id);
    } else {
      changed = admins.remove(id);
      if (!changed) {
        return new Result.Refused(
            id + " is not on this channel's admin list. See the list with: daily admins");
      }
    }
    PlaceSettings updated = new PlaceSettings(place, admins, current.zone());
    if (changed) {
      settings.save(updated);
    }
    return placeShown(updated, changed);
  }

  private Result zone(PlaceId place, Authority authority, DailyRequest.Zone request) {
    PlaceSettings current = settings.find(place).orElse(PlaceSettings.defaults(place));
    if (request.zone() == null) {
      return placeShown(current, false);
    }
    if (!authority.isAdmin()) {
      return new Result.Refused(
          "Only admins can change this channel's time zone (server managers, workspace admins,"
              + " or the roles an admin added). You can still see it with: daily zone");
    }
    if (request.zone().equals(current.zone())) {
      return placeShown(current, false);
    }
    PlaceSettings updated = new PlaceSettings(place, current.admins(), request.zone());
    settings.save(updated);
    return placeShown(updated, true);
  }

  private Result.PlaceShown placeShown(PlaceSettings place, boolean changed) {
    ZoneId effective = calendar.configuredZone(place.place()).orElse(null);
    return new Result.PlaceShown(place, effective, changed);
  }

  private Result.Schedule shown(DailySchedule schedule, boolean changed) {
    ZonedDateTime next =
        schedule.enabled() ? DailyPlanner.nextAfter(schedule, clock.instant()) : null;
    return new Result.Schedule(schedule, next, changed);
  }
}
