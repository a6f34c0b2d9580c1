package dev.starcoach.storage;

import dev.starcoach.core.loop.LoopStore;
import dev.starcoach.core.store.PersonDataEraser;
import dev.starcoach.core.testing.InMemoryStores;

/** The loop contract on bot-core's in-memory fake, so engine tests see the database's rules. */
class InMemoryLoopStoreContractTest extends LoopStoreContractTest {
  private final InMemoryStores memory = new InMemoryStores();

  @Override
  LoopStore loops() {
    return memory.loops();
  }

  @Override
  PersonDataEraser eraser() {
    return memory;
  }
}
