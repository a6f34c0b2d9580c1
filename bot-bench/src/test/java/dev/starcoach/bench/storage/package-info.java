/** Launches the storage benchmark on SQLite and on an embedded PostgreSQL. */
package dev.starcoach.bench.storage;
