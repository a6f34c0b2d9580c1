/** The storage ports the engine needs; bot-storage implements them over JDBC. */
package dev.starcoach.core.store;
