package dev.starcoach.bench;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.content.Principle;
import dev.starcoach.core.content.Step;
import dev.starcoach.core.scoring.AnswerKind;
import dev.starcoach.core.scoring.Assessment;
import dev.starcoach.core.scoring.ScoreRequest;
import dev.starcoach.core.scoring.Scorer;
import dev.starcoach.core.session.Phase;
import dev.starcoach.core.session.PracticeSession;
import dev.starcoach.core.session.RecordedAnswer;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.core.store.CoachStores;
import dev.starcoach.core.store.ScoredAnswer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Stored answers per second through the session store alone (no engine, no scoring): each person
 * opens a drill session and saves it once per answer with the scored answer appended, exactly the
 * write the engine makes, five answers per session, with compare-and-set on the version.
 */
public final class StoreBench {
  /**
   * The figures.
   *
   * @param answers answers stored
   * @param answersPerSecond answers stored per second (each its own transaction)
   * @param cpuMsPerAnswer this process's CPU time per stored answer, in milliseconds
   */
  public record Result(
      long answers, double seconds, double answersPerSecond, double cpuMsPerAnswer) {}

  private final CoachStores stores;
  private final String platform;
  private final String runId;
  private final Map<Step, Assessment> assessments = new EnumMap<>(Step.class);

  public StoreBench(CoachStores stores, Scorer scorer, String platform, String runId) {
    this.stores = stores;
    this.platform = platform;
    this.runId = runId;
    for (Step step : Step.values()) {
      assessments.put(
          step,
          scorer.assess(
              ScoreRequest.of(AnswerKind.of(step), BenchTexts.stepAnswer(step), Level.SDE2)));
    }
  }

  /** Runs {@code people} writers with {@code answersEach} answers each on {@code workers}. */
  public Result run(int people, int answersEach, int workers) throws InterruptedException {
    List<Writer> writers = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      writers.add(new Writer(i, answersEach));
    }
    Crowd.Timing timing = Crowd.run(writers, workers, 900);
    long answers = (long) people * answersEach;
    return new Result(
        answers, timing.seconds(), answers / timing.seconds(), timing.cpuMsPer(answers));
  }

  /** Deletes the writers' data (for runs on a shared database). */
  public void forgetPeople(int people) {
    for (int i = 0; i < people; i++) {
      stores.eraser().forget(key(i).person());
    }
  }

  private SessionKey key(int index) {
    return SessionKey.of(platform, "store-channel-" + (index % 20), runId + "-s" + index);
  }

  private static String newId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return new UUID(r.nextLong(), r.nextLong()).toString();
  }

  private final class Writer implements Crowd.Member {
    private final SessionKey key;
    private final int answersEach;
    private PracticeSession session;
    private int written;

    Writer(int index, int answersEach) {
      this.key = key(index);
      this.answersEach = answersEach;
    }

    @Override
    public boolean turn() {
      Instant now = Instant.now();
      if (session == null) {
        session =
            stores
                .sessions()
                .save(
                    new PracticeSession(
                        newId(),
                        key,
                        SessionMode.DRILL,
                        "bench-question",
                        Level.SDE2,
                        Phase.STEPS,
                        0,
                        List.of(),
                        List.of(),
                        0,
                        now,
                        now,
                        now,
                        0),
                    List.of());
        return true;
      }
      Step step = Step.values()[session.position()];
      Assessment a = assessments.get(step);
      String text =
          BenchTexts.stepAnswer(step) + " [" + key.person().userId() + "." + written + "]";
      PracticeSession answered =
          session.withAnswer(
              RecordedAnswer.scored(
                  AnswerKind.of(step), session.position(), step.label(), text, a, 1_000, now));
      boolean last = session.position() + 1 == Step.values().length;
      PracticeSession next =
          answered.advance(last ? Phase.FINISHED : Phase.STEPS, session.position() + 1, now);
      ScoredAnswer scored =
          new ScoredAnswer(
              newId(),
              session.id(),
              key,
              "bench-question",
              Principle.OWNERSHIP,
              SessionMode.DRILL,
              AnswerKind.of(step),
              Level.SDE2,
              text,
              a.score(),
              a.spokenSeconds(),
              step.defaultTargetSeconds(),
              1_000,
              a.findings(),
              now);
      PracticeSession saved = stores.sessions().save(next, List.of(scored));
      session = last ? null : saved;
      written++;
      return written < answersEach;
    }
  }
}
