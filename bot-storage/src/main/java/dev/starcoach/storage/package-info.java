/**
 * Durable stores over JDBC: SQLite by default, PostgreSQL for many instances, one set of
 * migrations.
 */
package dev.starcoach.storage;
