package dev.starcoach.core.daily;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.store.DailySchedule;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PlaceId;
import dev.starcoach.core.store.PostClaim;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts each place's daily question exactly once. Every run ({@link #tick}) looks at each enabled
 * schedule's latest due post; the database claim decides which instance posts it. A post missed
 * while the bot was down is caught up once if it is still within the catch-up window, otherwise it
 * is skipped (and claimed as skipped, so it is not retried) and logged.
 */
public final class DailyQuestionService {
  private static final Logger LOG = Logger.getLogger(DailyQuestionService.class.getName());

  /** What a tick did for one place. */
  public enum Action {
    POSTED,
    CAUGHT_UP,
    SKIPPED_TOO_LATE,
    CLAIMED_ELSEWHERE,
    FAILED
  }

  /**
   * One place's outcome of a tick.
   *
   * @param detail why a post failed (the platform's reason), or null
   */
  public record Outcome(
      PlaceId place, LocalDate occurrence, Action action, String questionId, String detail) {
    /** An outcome with no detail. */
    public Outcome(PlaceId place, LocalDate occurrence, Action action, String questionId) {
      this(place, occurrence, action, questionId, null);
    }
  }

  private final QuestionBank bank;
  private final DailyScheduleStore schedules;
  private final DailyPublisher publisher;
  private final Clock clock;
  private final String instanceId;
  private final Duration catchUpWindow;
  private final Map<PlaceId, LocalDate> handled = new ConcurrentHashMap<>();
  private final Predicate<PlaceId> servedHere;

  /** A service that posts for every place (one process serves every platform and shard). */
  public DailyQuestionService(
      QuestionBank bank,
      DailyScheduleStore schedules,
      DailyPublisher publisher,
      Clock clock,
      String instanceId,
      Duration catchUpWindow) {
    this(bank, schedules, publisher, clock, instanceId, catchUpWindow, place -> true);
  }

  /**
   * A service that only claims posts for places this process can reach ({@code servedHere}): with
   * Discord shards split across processes, each claims only its own guilds' posts, so no process
   * wins a claim it cannot post.
   */
  public DailyQuestionService(
      QuestionBank bank,
      DailyScheduleStore schedules,
      DailyPublisher publisher,
      Clock clock,
      String instanceId,
      Duration catchUpWindow,
      Predicate<PlaceId> servedHere) {
    this.servedHere = Objects.requireNonNull(servedHere, "servedHere");
    this.bank = Objects.requireNonNull(bank, "bank");
    this.schedules = Objects.requireNonNull(schedules, "schedules");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
    this.catchUpWindow = Objects.requireNonNull(catchUpWindow, "catchUpWindow");
  }

  /** Posts every due post not yet claimed; returns what happened, one entry per place acted on. */
  public List<Outcome> tick() {
    Instant now = clock.instant();
    List<Outcome> outcomes = new ArrayList<>();
    for (DailySchedule schedule : schedules.allEnabled()) {
      if (!servedHere.test(schedule.place())) {
        continue;
      }
      dueOutcome(schedule, now).ifPresent(outcomes::add);
    }
    return outcomes;
  }

  private Optional<Outcome> dueOutcome(DailySchedule schedule, Instant now) {
    Optional<ZonedDateTime> due = DailyPlanner.latestDue(schedule, now);
    if (due.isEmpty()) {
      return Optional.empty();
    }
    LocalDate occurrence = due.get().toLocalDate();
    PlaceId place = schedule.place();
    if (occurrence.equals(handled.get(place))) {
      return Optional.empty();
    }
    Optional<PostClaim> last = schedules.lastClaim(place);
    if (last.isPresent() && !last.get().occurrence().isBefore(occurrence)) {
      handled.put(place, occurrence);
      return Optional.empty();
    }
    Duration late = Duration.between(due.get().toInstant(), now);
    boolean tooLate = late.compareTo(catchUpWindow) > 0;
    if (tooLate && last.isEmpty()) {
      handled.put(place, occurrence);
      return Optional.empty();
    }
    String claimant = tooLate ? instanceId + " (skipped)" : instanceId;
    if (!schedules.claimPost(place, occurrence, claimant, now)) {
      handled.put(place, occurrence);
      return Optional.of(new Outcome(place, occurrence, Action.CLAIMED_ELSEWHERE, null));
    }
    handled.put(place, occurrence);
    if (tooLate) {
      LOG.warning(
          () ->
              "daily post for "
                  + place
                  + " on "
                  + occurrence
                  + " was missed by "
                  + late.toMinutes()
                  + " min, beyond the catch-up window of "
                  + catchUpWindow.toMinutes()
                  + " min: skipped");
      return Optional.of(new Outcome(place, occurrence, Action.SKIPPED_TOO_LATE, null));
    }
    boolean catchUp = late.compareTo(Duration.ofMinutes(5)) > 0;
    return Optional.of(post(schedule, occurrence, catchUp));
  }

  /** Posts a place's question now, outside the schedule ({@code daily now}); no claim. */
  public Outcome postNow(DailySchedule schedule) {
    LocalDate today = clock.instant().atZone(schedule.zone()).toLocalDate();
    return post(schedule, today, false);
  }

  private Outcome post(DailySchedule schedule, LocalDate occurrence, boolean catchUp) {
    Question question = questionFor(schedule, occurrence);
    try {
      publisher.publish(new DailyPost(schedule, question, occurrence, catchUp));
      return new Outcome(
          schedule.place(), occurrence, catchUp ? Action.CAUGHT_UP : Action.POSTED, question.id());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "daily post for "
              + schedule.place()
              + " on "
              + occurrence
              + " failed: "
              + e.getMessage());
      return new Outcome(
          schedule.place(),
          occurrence,
          Action.FAILED,
          question.id(),
          String.valueOf(e.getMessage()));
    }
  }

  /** The question of a date: of the date's principle, varied by place and date. */
  public Question questionFor(DailySchedule schedule, LocalDate occurrence) {
    Principle principle = DailyPlanner.principleFor(schedule, occurrence);
    List<Question> candidates = bank.byPrinciple(principle);
    if (candidates.isEmpty()) {
      candidates = bank.all();
    }
    if (candidates.isEmpty()) {
      throw new IllegalStateException("no questions are loaded");
    }
    int spread =
        Math.floorMod(
            Objects.hash(schedule.place(), occurrence.toEpochDay() / 16), candidates.size());
    return candidates.get(spread);
  }
}
