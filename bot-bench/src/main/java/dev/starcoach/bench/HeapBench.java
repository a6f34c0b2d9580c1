package dev.starcoach.bench;

import dev.starcoach.core.engine.CoachEngine;
import dev.starcoach.core.engine.CoachEvent;
import dev.starcoach.core.engine.CoachReply;
import dev.starcoach.core.engine.Conversation;
import dev.starcoach.core.session.SessionKey;
import dev.starcoach.core.session.SessionMode;
import dev.starcoach.storage.Storage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap per open, idle session: the used heap after a full GC, before and after {@code sessions}
 * people each start a drill through the engine and leave it open (so the storage cache and the
 * engine hold them). Keys are shaped like Discord's (18-digit user, guild and channel ids).
 */
public final class HeapBench {
  /**
   * The figures.
   *
   * @param sessions sessions opened
   * @param cached sessions the storage cache held at the end
   * @param bytesPerSession heap growth divided by the sessions opened
   */
  public record Result(int sessions, long cached, long heapGrowthBytes, long bytesPerSession) {}

  private final CoachEngine engine;
  private final Storage storage;
  private final String runId;

  public HeapBench(CoachEngine engine, Storage storage, String runId) {
    this.engine = engine;
    this.storage = storage;
    this.runId = runId;
  }

  /** Opens the sessions on {@code workers} threads and measures. */
  public Result run(int sessions, int workers) throws InterruptedException {
    long before = usedHeapAfterGc();
    AtomicLong refused = new AtomicLong();
    Conversation quiet =
        reply -> {
          if (reply instanceof CoachReply.ErrorNotice) {
            refused.incrementAndGet();
          }
        };
    int perMember = 100;
    List<Crowd.Member> openers = new ArrayList<>();
    for (int from = 0; from < sessions; from += perMember) {
      int start = from;
      int end = Math.min(sessions, from + perMember);
      openers.add(
          new Crowd.Member() {
            private int next = start;

            @Override
            public boolean turn() {
              engine.handle(
                  key(next++), new CoachEvent.StartPractice(SessionMode.DRILL, null, null), quiet);
              return next < end;
            }
          });
    }
    Crowd.run(openers, workers, 1800);
    openers.clear();
    long after = usedHeapAfterGc();
    if (refused.get() > 0) {
      throw new IllegalStateException(refused.get() + " sessions could not be opened");
    }
    long cached = storage.cachedSessions();
    long growth = after - before;
    return new Result(sessions, cached, growth, Math.round((double) growth / sessions));
  }

  private SessionKey key(int i) {
    long user = 400_000_000_000_000_000L + i;
    long guild = 900_000_000_000_000_000L + (i % 50);
    long channel = 910_000_000_000_000_000L + (i % 500);
    return SessionKey.of("discord", guild + ":" + channel, runId + user);
  }

  /** The used heap after asking for full collections until it settles. */
  static long usedHeapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 6; i++) {
      System.gc();
      Thread.sleep(60);
      long now = memory.getHeapMemoryUsage().getUsed();
      if (Math.abs(used - now) < 64 * 1024) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
