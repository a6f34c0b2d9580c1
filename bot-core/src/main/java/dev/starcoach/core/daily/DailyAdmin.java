package dev.starcoach.core.daily;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.store.DailySchedule;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PlaceId;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * Applies {@code daily} commands for a place. Who counts as an admin is the adapter's call (its
 * platform's roles); everyone may {@code show}, only admins may change or post.
 */
public final class DailyAdmin {

  /** What a daily command did, for the adapter to render. */
  public sealed interface Result {
    /** The schedule as it now stands and when it next posts (null when paused). */
    record Schedule(DailySchedule schedule, ZonedDateTime next, boolean changed)
        implements Result {}

    /** The place has no schedule yet. */
    record NoSchedule() implements Result {}

    /** Posted at once. */
    record Posted(DailyQuestionService.Outcome outcome) implements Result {}

    /** Refused: not an admin, or bad arguments. */
    record Refused(String message) implements Result {}
  }

  private final DailyScheduleStore schedules;
  private final DailyQuestionService service;
  private final Clock clock;

  public DailyAdmin(DailyScheduleStore schedules, DailyQuestionService service, Clock clock) {
    this.schedules = schedules;
    this.service = service;
    this.clock = clock;
  }

  /** Applies a request from someone at a place. */
  public Result apply(PlaceId place, boolean isAdmin, DailyRequest request) {
    if (request instanceof DailyRequest.Invalid invalid) {
      return new Result.Refused(invalid.message());
    }
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

  private Result.Schedule shown(DailySchedule schedule, boolean changed) {
    ZonedDateTime next =
        schedule.enabled() ? DailyPlanner.nextAfter(schedule, clock.instant()) : null;
    return new Result.Schedule(schedule, next, changed);
  }
}
