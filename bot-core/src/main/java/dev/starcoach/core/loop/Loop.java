package dev.starcoach.core.loop;

import dev.starcoach.core.content.Level;
import dev.starcoach.core.session.SessionKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The durable state of one loop rehearsal: its interviews in order, each a mock session of its own.
 * Immutable; the {@code version} is the one it was read at, and stores write it back with
 * compare-and-set, as they do sessions.
 *
 * @param key the person and the place the loop runs in (one open loop per person and place)
 * @param level the level every interview is asked at
 * @param interviews the interviewers, in the order they come
 */
public record Loop(
    String id,
    SessionKey key,
    Level level,
    List<Interview> interviews,
    LoopStatus status,
    Instant startedAt,
    Instant updatedAt,
    long version) {
  public Loop {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(level, "level");
    interviews = List.copyOf(interviews);
    if (interviews.isEmpty()) {
      throw new IllegalArgumentException("a loop has at least one interview");
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /** The index of the first interview without a result, or empty when all have one. */
  public Optional<Integer> current() {
    for (int i = 0; i < interviews.size(); i++) {
      if (!interviews.get(i).done()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** A copy with interview {@code index} replaced, changed at {@code now}. */
  public Loop with(int index, Interview interview, Instant now) {
    List<Interview> next = new ArrayList<>(interviews);
    next.set(index, interview);
    return new Loop(id, key, level, next, status, startedAt, now, version);
  }

  /** A copy that is finished or stopped at {@code now}. */
  public Loop closed(LoopStatus how, Instant now) {
    return new Loop(id, key, level, interviews, how, startedAt, now, version);
  }

  /** A copy at another version, as a store returns it after a write. */
  public Loop withVersion(long next) {
    return new Loop(id, key, level, interviews, status, startedAt, updatedAt, next);
  }

  /** True while it waits for the person. */
  public boolean isOpen() {
    return status.isOpen();
  }
}
