package dev.starcoach.storage;

import dev.starcoach.core.inbox.EventInbox;
import dev.starcoach.core.testing.InMemoryInbox;

/**
 * The inbox contract on bot-core's in-memory fake, so tests that use it see the database's rules.
 */
class InMemoryEventInboxContractTest extends EventInboxContractTest {
  private static final InMemoryInbox INBOX = new InMemoryInbox();

  @Override
  EventInbox inbox() {
    return INBOX;
  }
}
