package dev.starcoach.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.starcoach.core.testing.InMemoryStores;
import dev.starcoach.core.testing.SteppingClock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.SessionController;
import org.junit.jupiter.api.Test;

/** Starts the real shard manager against the local REST stub, without any gateway connection. */
class DiscordBotTest {

  @Test
  void givenAShardRange_whenStarted_thenThisProcessRunsExactlyThoseShardsOfTheTotal()
      throws Exception {
    try (DiscordStub stub = new DiscordStub()) {
      // GIVEN shards 2..3 of 4 and the stub as Discord's REST API
      DiscordSettings settings =
          new DiscordSettings("not-a-real-token", 4, 2, 3, null, stub.baseUrl());
      ExecutorService workers = Executors.newSingleThreadExecutor();
      SteppingClock clock = SteppingClock.monday9am();
      InMemoryStores stores = new InMemoryStores();
      DiscordBot bot =
          new DiscordBot(
              settings, TestServices.services(TestServices.engine(stores, clock, 1)), workers);

      // WHEN started
      bot.start(new NoGateway());
      try {
        // THEN the shard manager knows the total and builds only this range (the first shard at
        // once, the others in the background)
        assertEquals(4, bot.shards().getShardsTotal());
        assertEquals(List.of(2, 3), shardIdsOnceBuilt(bot, 2));
      } finally {
        bot.close();
      }
      // AND closing stops the workers
      assertTrue(workers.isShutdown());
    }
  }

  private static List<Integer> shardIdsOnceBuilt(DiscordBot bot, int expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    List<Integer> ids = List.of();
    while (System.nanoTime() < deadline) {
      ids =
          bot.shards().getShardCache().stream()
              .map(jda -> jda.getShardInfo().getShardId())
              .sorted()
              .toList();
      if (ids.size() >= expected && bot.shards().getShardsQueued() == 0) {
        return ids;
      }
      Thread.sleep(50);
    }
    return ids;
  }

  /** Never connects shards to the gateway. */
  private static final class NoGateway implements SessionController {
    @Override
    public void appendSession(SessionConnectNode node) {}

    @Override
    public void removeSession(SessionConnectNode node) {}

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
      return new ShardedGateway("ws://127.0.0.1:9", 4);
    }
  }
}
