/** Tests of places: keys, calendars, leaderboard ranges. */
package dev.starcoach.core.place;
