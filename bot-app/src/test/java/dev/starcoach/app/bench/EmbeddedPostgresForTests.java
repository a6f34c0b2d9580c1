package dev.starcoach.app.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL (zonky's linux-amd64 binaries, offline) for the whole test JVM, started on
 * first use and stopped at exit. Unlike zonky's default it commits synchronously, so what the tests
 * and the bench see is what a durable server does.
 */
public final class EmbeddedPostgresForTests {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private EmbeddedPostgresForTests() {}

  /** The running server. */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server =
            EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("synchronous_commit", "on")
                .start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      // the JVM is exiting; the temporary cluster goes with it
                    }
                  }));
    }
    return server;
  }

  /** Creates a new empty database and returns its JDBC URL (user postgres, no password). */
  public static String newDatabase(String label) {
    String name = label + "_" + DATABASES.incrementAndGet();
    admin("CREATE DATABASE " + name);
    return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
  }

  /** Runs one statement as the superuser on the maintenance database. */
  public static void admin(String sql) {
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("admin statement failed: " + sql, e);
    }
  }
}
