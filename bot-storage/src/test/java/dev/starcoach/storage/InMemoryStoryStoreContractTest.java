package dev.starcoach.storage;

import dev.starcoach.core.store.PersonDataEraser;
import dev.starcoach.core.story.StoryStore;
import dev.starcoach.core.testing.InMemoryStores;

/** The story contract on bot-core's in-memory fake, so engine tests see the database's rules. */
class InMemoryStoryStoreContractTest extends StoryStoreContractTest {
  private final InMemoryStores memory = new InMemoryStores();

  @Override
  StoryStore stories() {
    return memory.stories();
  }

  @Override
  PersonDataEraser eraser() {
    return memory;
  }
}
