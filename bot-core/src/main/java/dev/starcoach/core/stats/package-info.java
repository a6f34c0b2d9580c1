/** Progress from the answer history: per-person stats, streaks and weekly leaderboards. */
package dev.starcoach.core.stats;
