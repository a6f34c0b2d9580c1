package dev.starcoach.app.faults;

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
import dev.starcoach.core.store.StorageUnavailableException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Real stores behind a switch: while the database is "down" every call fails the way the JDBC
 * stores fail when the database cannot be reached; while only "writes are down", reads work and
 * saves fail (the database went away between the read and the write). The story bank is switched
 * with the rest.
 */
final class SwitchableStores
    implements SessionStore, AnswerHistory, QuizLog, PersonSettingsStore, PersonDataEraser {
  private final CoachStores real;
  private volatile boolean down;
  private volatile boolean writesDown;

  SwitchableStores(CoachStores real) {
    this.real = real;
  }

  CoachStores bundle() {
    return new CoachStores(
        this,
        this,
        this,
        this,
        this,
        new SwitchableStories(real.stories(), this::read, this::write),
        new SwitchableLoops(real.loops(), this::read, this::write));
  }

  void setDown(boolean down) {
    this.down = down;
  }

  void setWritesDown(boolean writesDown) {
    this.writesDown = writesDown;
  }

  private void read() {
    if (down) {
      throw new StorageUnavailableException("database unreachable (test switch)", null);
    }
  }

  private void write() {
    read();
    if (writesDown) {
      throw new StorageUnavailableException("database went away mid-request (test switch)", null);
    }
  }

  @Override
  public Optional<PracticeSession> findOpen(SessionKey key) {
    read();
    return real.sessions().findOpen(key);
  }

  @Override
  public PracticeSession save(PracticeSession session, List<ScoredAnswer> newAnswers) {
    write();
    return real.sessions().save(session, newAnswers);
  }

  @Override
  public List<PracticeSession> sessionsOf(PersonId person) {
    read();
    return real.sessions().sessionsOf(person);
  }

  @Override
  public List<ScoredAnswer> answersOf(PersonId person) {
    read();
    return real.history().answersOf(person);
  }

  @Override
  public List<ScoredAnswer> answersInPlaces(
      String platform, String placePrefix, Instant from, Instant to) {
    read();
    return real.history().answersInPlaces(platform, placePrefix, from, to);
  }

  @Override
  public List<String> recentQuestionIds(PersonId person, int limit) {
    read();
    return real.history().recentQuestionIds(person, limit);
  }

  @Override
  public void record(QuizAttempt attempt) {
    write();
    real.quiz().record(attempt);
  }

  @Override
  public List<QuizAttempt> attemptsOf(PersonId person) {
    read();
    return real.quiz().attemptsOf(person);
  }

  @Override
  public Optional<PersonSettings> find(PersonId person) {
    read();
    return real.settings().find(person);
  }

  @Override
  public void save(PersonSettings settings) {
    write();
    real.settings().save(settings);
  }

  @Override
  public int forget(PersonId person) {
    write();
    return real.eraser().forget(person);
  }
}
