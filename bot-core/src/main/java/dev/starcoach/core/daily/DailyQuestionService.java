package dev.starcoach.core.daily;

import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.place.DailySchedule;
import dev.starcoach.core.place.PlaceId;
import dev.starcoach.core.store.DailyScheduleStore;
import dev.starcoach.core.store.PostAttempt;
import dev.starcoach.core.store.PostAttempt.State;
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
 *
 * <p>Each attempt is recorded with its outcome ({@link PostAttempt}). A post the platform refused
 * ({@link DailyPostRefused}) is tried again after a back-off (1, 2, 4 ... 30 minutes) by whichever
 * instance ticks first, until the catch-up window closes. A post that failed without a clear answer
 * (a timeout), or whose poster died while posting, may have gone out: the publisher is asked
 * ({@link DailyPublisher#check}) and it is posted again only when it is certainly not there.
 */
public final class DailyQuestionService {
  private static final Logger LOG = Logger.getLogger(DailyQuestionService.class.getName());

  /** What a tick did for one place. */
  public enum Action {
    POSTED,
    CAUGHT_UP,
    SKIPPED_TOO_LATE,
    CLAIMED_ELSEWHERE,
    /**
     * It did not go out: refused and tried again after a back-off, given up when the catch-up
     * window closed, or possibly out and not checkable (the detail says which).
     */
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

  /** A post being made for longer than this is taken to have lost its poster. */
  static final Duration ATTEMPT_LEASE = Duration.ofMinutes(5);

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
    Duration late = Duration.between(due.get().toInstant(), now);
    boolean tooLate = late.compareTo(catchUpWindow) > 0;
    Optional<PostClaim> last = schedules.lastClaim(place);
    if (last.isPresent() && last.get().occurrence().isAfter(occurrence)) {
      handled.put(place, occurrence);
      return Optional.empty();
    }
    if (last.isPresent() && last.get().occurrence().equals(occurrence)) {
      return again(schedule, occurrence, now, tooLate);
    }
    if (tooLate && last.isEmpty()) {
      handled.put(place, occurrence);
      return Optional.empty();
    }
    String claimant = tooLate ? instanceId + " (skipped)" : instanceId;
    if (!schedules.claimPost(place, occurrence, claimant, now)) {
      return Optional.of(new Outcome(place, occurrence, Action.CLAIMED_ELSEWHERE, null));
    }
    if (tooLate) {
      handled.put(place, occurrence);
      schedules.recordOutcome(place, occurrence, 1, State.SKIPPED, null, null, now);
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
    return Optional.of(attempt(schedule, occurrence, 1, catchUp, due.get().toInstant()));
  }

  /** A post claimed before: retried when it was refused, checked when its poster died. */
  private Optional<Outcome> again(
      DailySchedule schedule, LocalDate occurrence, Instant now, boolean tooLate) {
    PlaceId place = schedule.place();
    Optional<PostAttempt> found = schedules.attempt(place, occurrence);
    if (found.isEmpty() || found.get().state().isFinal()) {
      handled.put(place, occurrence);
      return Optional.empty();
    }
    PostAttempt a = found.get();
    Instant due = DailyPlanner.latestDue(schedule, now).orElseThrow().toInstant();
    if (a.state() == State.ATTEMPTING && a.updatedAt().plus(ATTEMPT_LEASE).isAfter(now)) {
      return Optional.empty(); // being posted right now, by this or another instance
    }
    if (a.state() == State.RETRY && a.retryAt() != null && a.retryAt().isAfter(now)) {
      return Optional.empty(); // backing off
    }
    if (!schedules.retakePost(place, occurrence, a.attempts(), instanceId, now)) {
      return Optional.of(new Outcome(place, occurrence, Action.CLAIMED_ELSEWHERE, null));
    }
    int attempt = a.attempts() + 1;
    if (a.state() == State.ATTEMPTING) {
      // its poster died mid-post: it may have gone out, so ask before posting again
      DailyPost post = new DailyPost(schedule, questionFor(schedule, occurrence), occurrence, true);
      Optional<Outcome> settled = settleUnclear(post, attempt, "its poster stopped", now);
      if (settled.isPresent()) {
        return settled;
      }
    }
    if (tooLate) {
      schedules.recordOutcome(place, occurrence, attempt, State.GAVE_UP, null, a.lastError(), now);
      handled.put(place, occurrence);
      LOG.warning(
          () ->
              "daily post for "
                  + place
                  + " on "
                  + occurrence
                  + " did not go out in "
                  + a.attempts()
                  + " attempts before the catch-up window closed: given up ("
                  + a.lastError()
                  + ")");
      return Optional.of(
          new Outcome(place, occurrence, Action.FAILED, null, "given up: " + a.lastError()));
    }
    boolean catchUp = Duration.between(due, now).compareTo(Duration.ofMinutes(5)) > 0;
    return Optional.of(attempt(schedule, occurrence, attempt, catchUp, due));
  }

  /** Posts a place's question now, outside the schedule ({@code daily now}); no claim. */
  public Outcome postNow(DailySchedule schedule) {
    LocalDate today = clock.instant().atZone(schedule.zone()).toLocalDate();
    Question question = questionFor(schedule, today);
    try {
      publisher.publish(new DailyPost(schedule, question, today, false));
      return new Outcome(schedule.place(), today, Action.POSTED, question.id());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "daily post for " + schedule.place() + " on " + today + " failed: " + e.getMessage());
      return new Outcome(
          schedule.place(), today, Action.FAILED, question.id(), String.valueOf(e.getMessage()));
    }
  }

  /** Makes attempt number {@code attempt} (already claimed) and records how it ended. */
  private Outcome attempt(
      DailySchedule schedule, LocalDate occurrence, int attempt, boolean catchUp, Instant due) {
    PlaceId place = schedule.place();
    Question question = questionFor(schedule, occurrence);
    DailyPost post = new DailyPost(schedule, question, occurrence, catchUp);
    try {
      publisher.publish(post);
    } catch (DailyPostRefused e) {
      return refused(post, attempt, String.valueOf(e.getMessage()), clock.instant(), due);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "daily post for " + place + " on " + occurrence + " failed: " + e.getMessage());
      return settleUnclear(post, attempt, String.valueOf(e.getMessage()), clock.instant())
          .orElseGet(
              () -> refused(post, attempt, String.valueOf(e.getMessage()), clock.instant(), due));
    }
    Instant now = clock.instant();
    schedules.recordOutcome(place, occurrence, attempt, State.POSTED, null, null, now);
    handled.put(place, occurrence);
    return new Outcome(
        place, occurrence, catchUp ? Action.CAUGHT_UP : Action.POSTED, question.id());
  }

  /**
   * After a failure that may have posted: asks the platform. Posted: recorded as posted. Not
   * posted: empty (the caller tries again). Cannot tell: recorded as uncertain and not retried.
   */
  private Optional<Outcome> settleUnclear(DailyPost post, int attempt, String reason, Instant now) {
    PlaceId place = post.schedule().place();
    LocalDate occurrence = post.occurrence();
    DailyPublisher.Check check;
    try {
      check = publisher.check(post);
    } catch (RuntimeException e) {
      check = DailyPublisher.Check.UNKNOWN;
    }
    switch (check) {
      case POSTED:
        schedules.recordOutcome(place, occurrence, attempt, State.POSTED, null, reason, now);
        handled.put(place, occurrence);
        return Optional.of(
            new Outcome(place, occurrence, Action.POSTED, post.question().id(), "found posted"));
      case NOT_POSTED:
        return Optional.empty();
      default:
        schedules.recordOutcome(place, occurrence, attempt, State.UNCERTAIN, null, reason, now);
        handled.put(place, occurrence);
        LOG.warning(
            () ->
                "daily post for "
                    + place
                    + " on "
                    + occurrence
                    + " may have gone out ("
                    + reason
                    + ") and cannot be checked: not posted again");
        return Optional.of(
            new Outcome(
                place,
                occurrence,
                Action.FAILED,
                post.question().id(),
                "may have gone out, not posted again: " + reason));
    }
  }

  /** A post that did not go out: retried after a back-off, unless that is past the window. */
  private Outcome refused(DailyPost post, int attempt, String reason, Instant now, Instant due) {
    PlaceId place = post.schedule().place();
    LocalDate occurrence = post.occurrence();
    Instant retryAt = now.plus(backOff(attempt));
    boolean inWindow = !retryAt.isAfter(due.plus(catchUpWindow));
    State state = inWindow ? State.RETRY : State.GAVE_UP;
    schedules.recordOutcome(
        place, occurrence, attempt, state, inWindow ? retryAt : null, reason, now);
    if (!inWindow) {
      handled.put(place, occurrence);
    }
    LOG.log(
        Level.WARNING,
        "daily post for "
            + place
            + " on "
            + occurrence
            + " was refused (attempt "
            + attempt
            + "): "
            + reason
            + (inWindow ? "; trying again at " + retryAt : "; the catch-up window is over"));
    return new Outcome(
        place,
        occurrence,
        Action.FAILED,
        post.question().id(),
        reason + (inWindow ? " (retry at " + retryAt + ")" : " (given up)"));
  }

  /** 1, 2, 4, 8, 16 then 30 minutes between attempts. */
  static Duration backOff(int attempt) {
    long minutes = 1L << Math.min(Math.max(attempt - 1, 0), 5);
    return Duration.ofMinutes(Math.min(minutes, 30));
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
