/** Storage benchmarks: answers persisted per second and heap per cached session. */
package dev.starcoach.bench.storage;
