package dev.starcoach.core.remind;

import dev.starcoach.core.content.Question;
import dev.starcoach.core.content.QuestionBank;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.ReminderStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reminds people who opted in of a practice they started and left open for longer than a set time
 * (a day by default). Every run ({@link #tick}) looks for such sessions; the store's claim decides
 * which instance sends each reminder, so a session is reminded of once at most, across instances
 * and restarts. A reminder whose send failed is logged and not retried.
 */
public final class ReminderService {
  private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());

  /** The default idle time before a reminder: one day. */
  public static final Duration DEFAULT_AFTER = Duration.ofHours(24);

  /** The most sessions one tick looks at. */
  public static final int BATCH = 500;

  /** What a tick did for one session. */
  public enum Action {
    SENT,
    CLAIMED_ELSEWHERE,
    /** The session's question is no longer loaded: claimed, so it is not looked at again. */
    SKIPPED_NO_QUESTION,
    FAILED
  }

  /**
   * One session's outcome of a tick.
   *
   * @param detail why a send failed (the platform's reason), or null
   */
  public record Outcome(SessionKey key, String sessionId, Action action, String detail) {}

  private final QuestionBank bank;
  private final ReminderStore store;
  private final ReminderPublisher publisher;
  private final Clock clock;
  private final Duration after;
  private final Predicate<SessionKey> servedHere;

  /** A service that reminds everyone (one process serves every platform). */
  public ReminderService(
      QuestionBank bank,
      ReminderStore store,
      ReminderPublisher publisher,
      Clock clock,
      Duration after) {
    this(bank, store, publisher, clock, after, key -> true);
  }

  /**
   * A service that only claims reminders this process can deliver ({@code servedHere}, such as the
   * platforms it is connected to), so no process wins a claim it cannot send.
   *
   * @param after how long a session must have been idle; positive
   */
  public ReminderService(
      QuestionBank bank,
      ReminderStore store,
      ReminderPublisher publisher,
      Clock clock,
      Duration after,
      Predicate<SessionKey> servedHere) {
    this.bank = Objects.requireNonNull(bank, "bank");
    this.store = Objects.requireNonNull(store, "store");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.after = Objects.requireNonNull(after, "after");
    this.servedHere = Objects.requireNonNull(servedHere, "servedHere");
    if (after.isNegative() || after.isZero()) {
      throw new IllegalArgumentException("after must be positive, was " + after);
    }
  }

  /** How long a session must be idle before its person is reminded. */
  public Duration after() {
    return after;
  }

  /** Sends every due reminder not yet claimed; returns what happened, one entry per session. */
  public List<Outcome> tick() {
    Instant now = clock.instant();
    List<Outcome> outcomes = new ArrayList<>();
    for (PracticeSession session : store.unfinishedSince(now.minus(after), BATCH)) {
      if (!session.isOpen() || !servedHere.test(session.key())) {
        continue;
      }
      outcomes.add(remind(session, now));
    }
    return outcomes;
  }

  private Outcome remind(PracticeSession session, Instant now) {
    if (!store.claimReminder(session.id(), now)) {
      return outcome(session, Action.CLAIMED_ELSEWHERE, null);
    }
    Optional<Question> question = bank.byId(session.questionId());
    if (question.isEmpty()) {
      LOG.info(
          () ->
              "no reminder for session "
                  + session.id()
                  + ": its question "
                  + session.questionId()
                  + " is no longer loaded");
      return outcome(session, Action.SKIPPED_NO_QUESTION, null);
    }
    try {
      publisher.publish(new Reminder(session, question.get(), stepLabel(session)));
      return outcome(session, Action.SENT, null);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "reminder for session "
              + session.id()
              + " on "
              + session.key().person().platform()
              + " failed: "
              + e.getMessage());
      return outcome(session, Action.FAILED, String.valueOf(e.getMessage()));
    }
  }

  private static Outcome outcome(PracticeSession session, Action action, String detail) {
    return new Outcome(session.key(), session.id(), action, detail);
  }

  /** Where an open session stands, for people: "the Action step", "probe 2 of 3". */
  public static String stepLabel(PracticeSession session) {
    Step[] steps = Step.values();
    return switch (session.phase()) {
      case STEPS ->
          "the " + steps[Math.min(session.position(), steps.length - 1)].label() + " step";
      case FULL_ANSWER -> "the full answer";
      case PROBES -> "probe " + (session.position() + 1) + " of " + session.probePlan().size();
      case QUIZ -> "quiz question " + (session.position() + 1);
      case FINISHED, STOPPED -> "the end";
    };
  }
}
