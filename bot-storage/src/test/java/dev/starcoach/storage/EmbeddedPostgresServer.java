package dev.starcoach.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL (from zonky's linux-amd64 binaries jar) for the whole test JVM, started on
 * first use and stopped at exit. Each test class gets its own database in it.
 */
final class EmbeddedPostgresServer {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres server;

  private EmbeddedPostgresServer() {}

  static synchronized EmbeddedPostgres get() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
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
                      // the JVM is exiting; the temp cluster is removed with it
                    }
                  }));
    }
    return server;
  }

  /** A new empty database; returns its settings (user postgres, no password). */
  static StorageSettings newDatabase(String label) {
    String name =
        (label + "_" + DATABASES.incrementAndGet()).toLowerCase(Locale.ROOT).replace('-', '_');
    try (Connection c = get().getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return StorageSettings.postgres(
        "jdbc:postgresql://localhost:" + get().getPort() + "/" + name, "postgres", null);
  }

  /** Runs one statement as the superuser on the maintenance database. */
  static void admin(String sql) {
    try (Connection c = get().getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("admin statement failed: " + sql, e);
    }
  }
}
