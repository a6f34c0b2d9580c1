package dev.starcoach.core.testing;

import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.store.AnswerHistory;
import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.PersonDataEraser;
import dev.starcoach.core.store.PersonSettings;
import dev.starcoach.core.store.PersonSettingsStore;
import dev.starcoach.core.store.QuizAttempt;
import dev.starcoach.core.store.QuizLog;
import dev.starcoach.core.store.ScoredAnswer;
import dev.starcoach.core.store.SessionStore;
import dev.starcoach.core.store.StaleSessionException;
import dev.starcoach.core.store.StorageUnavailableException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every store port in memory, with the same compare-and-set rules as the database stores. Can be
 * switched "offline" to simulate an unreachable database.
 */
public final class InMemoryStores
    implements SessionStore, AnswerHistory, QuizLog, PersonSettingsStore, PersonDataEraser {
  private final Map<String, PracticeSession> sessions = new LinkedHashMap<>();
  private final List<ScoredAnswer> answers = new ArrayList<>();
  private final List<QuizAttempt> quiz = new ArrayList<>();
  private final Map<PersonId, PersonSettings> settings = new LinkedHashMap<>();
  private final List<java.util.function.ToIntFunction<PersonId>> alsoForget =
      new java.util.concurrent.CopyOnWriteArrayList<>();
  private volatile boolean offline;
  private final InMemoryStoryStore stories = new InMemoryStoryStore(() -> offline);
  private final InMemoryLoopStore loops = new InMemoryLoopStore(() -> offline);

  /** Every store in memory; forgetting a person forgets their stories and loops too. */
  public InMemoryStores() {
    alsoForget(stories::forget);
    alsoForget(loops::forget);
  }

  /** All ports as one bundle for the engine. */
  public CoachStores bundle() {
    return new CoachStores(this, this, this, this, this, stories, loops);
  }

  /** The loop rehearsals, offline together with the other stores. */
  public InMemoryLoopStore loops() {
    return loops;
  }

  /** The story bank, offline together with the other stores. */
  public InMemoryStoryStore stories() {
    return stories;
  }

  /** Every session stored, open or closed, in the order they were first saved. */
  public synchronized List<PracticeSession> allSessions() {
    check();
    return List.copyOf(sessions.values());
  }

  /**
   * Adds a store of other person data (such as {@link InMemoryReminders}) that {@link #forget}
   * erases too, before the person's sessions go; it returns how many records it deleted.
   */
  public void alsoForget(java.util.function.ToIntFunction<PersonId> eraser) {
    alsoForget.add(eraser);
  }

  /** Makes every call fail as if the database were unreachable (or reachable again). */
  public void setOffline(boolean offline) {
    this.offline = offline;
  }

  private void check() {
    if (offline) {
      throw new StorageUnavailableException("in-memory store is offline", null);
    }
  }

  @Override
  public synchronized Optional<PracticeSession> findOpen(SessionKey key) {
    check();
    return sessions.values().stream().filter(s -> s.key().equals(key) && s.isOpen()).findFirst();
  }

  @Override
  public synchronized PracticeSession save(PracticeSession session, List<ScoredAnswer> newAnswers) {
    check();
    PracticeSession stored = sessions.get(session.id());
    if (session.version() == 0) {
      if (stored != null || findOpen(session.key()).isPresent()) {
        throw new StaleSessionException("an open session exists for " + session.key());
      }
    } else if (stored == null || stored.version() != session.version()) {
      throw new StaleSessionException("session " + session.id() + " moved on");
    }
    PracticeSession next = session.withVersion(session.version() + 1);
    sessions.put(session.id(), next);
    answers.addAll(newAnswers);
    return next;
  }

  @Override
  public synchronized List<PracticeSession> sessionsOf(PersonId person) {
    check();
    return sessions.values().stream().filter(s -> s.key().person().equals(person)).toList();
  }

  @Override
  public synchronized List<ScoredAnswer> answersOf(PersonId person) {
    check();
    return answers.stream().filter(a -> a.key().person().equals(person)).toList();
  }

  @Override
  public synchronized List<ScoredAnswer> answersInPlaces(
      String platform, String placePrefix, java.time.Instant from, java.time.Instant to) {
    check();
    return answers.stream()
        .filter(a -> a.key().person().platform().equals(platform))
        .filter(
            a ->
                a.key().place().equals(placePrefix)
                    || a.key().place().startsWith(placePrefix + "#"))
        .filter(a -> !a.answeredAt().isBefore(from) && a.answeredAt().isBefore(to))
        .toList();
  }

  @Override
  public synchronized List<String> recentQuestionIds(PersonId person, int limit) {
    check();
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    for (int i = answers.size() - 1; i >= 0 && ids.size() < limit; i--) {
      if (answers.get(i).key().person().equals(person)) {
        ids.add(answers.get(i).questionId());
      }
    }
    return List.copyOf(ids);
  }

  @Override
  public synchronized void record(QuizAttempt attempt) {
    check();
    quiz.add(attempt);
  }

  @Override
  public synchronized List<QuizAttempt> attemptsOf(PersonId person) {
    check();
    return quiz.stream().filter(q -> q.person().equals(person)).toList();
  }

  @Override
  public synchronized Optional<PersonSettings> find(PersonId person) {
    check();
    return Optional.ofNullable(settings.get(person));
  }

  @Override
  public synchronized void save(PersonSettings value) {
    check();
    settings.put(value.person(), value);
  }

  @Override
  public synchronized int forget(PersonId person) {
    check();
    int others = alsoForget.stream().mapToInt(e -> e.applyAsInt(person)).sum();
    int before = sessions.size() + answers.size() + quiz.size() + settings.size();
    sessions.values().removeIf(s -> s.key().person().equals(person));
    answers.removeIf(a -> a.key().person().equals(person));
    quiz.removeIf(q -> q.person().equals(person));
    settings.remove(person);
    return before - (sessions.size() + answers.size() + quiz.size() + settings.size()) + others;
  }
}
