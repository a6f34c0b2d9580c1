package dev.starcoach.app.faults;

import dev.starcoach.core.loop.Loop;
import dev.starcoach.core.loop.LoopStore;
import dev.starcoach.core.session.PersonId;
import dev.starcoach.core.session.SessionKey;
import java.util.List;
import java.util.Optional;

/** The real loop store behind the switches of {@link SwitchableStores}. */
final class SwitchableLoops implements LoopStore {
  private final LoopStore real;
  private final Runnable read;
  private final Runnable write;

  SwitchableLoops(LoopStore real, Runnable read, Runnable write) {
    this.real = real;
    this.read = read;
    this.write = write;
  }

  @Override
  public Optional<Loop> findOpen(SessionKey key) {
    read.run();
    return real.findOpen(key);
  }

  @Override
  public Loop save(Loop loop) {
    write.run();
    return real.save(loop);
  }

  @Override
  public List<Loop> loopsOf(PersonId person) {
    read.run();
    return real.loopsOf(person);
  }

  @Override
  public int forget(PersonId person) {
    write.run();
    return real.forget(person);
  }
}
