/** Crash, outage and bad-setup tests: what holds when things go wrong. */
package dev.starcoach.app.faults;
